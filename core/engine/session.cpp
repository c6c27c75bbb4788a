#include "engine/session.h"

#include "engine/engine.h"
#include "report/analysis.h"
#include "report/narrative.h"

using namespace Qt::StringLiterals;

namespace Lab {

namespace {
constexpr qint64 progressLineEveryNs = 1'000'000'000;
constexpr int resultsTold = 10;
} // namespace

void LiveRun::apply(const RunProgress& p)
{
    workers = p.workers;
    samples += p.samples;
    elapsedNs = p.elapsedNs;
    done = p.done;
    for (const TaskEvent& e : p.events) {
        TaskSpan& span = spans[std::size_t(e.task)];
        span.worker = e.worker;
        span.startNs = e.startNs;
        if (e.kind == TaskEvent::Kind::Finished) {
            span.endNs = e.tNs;
            span.status = e.status;
            span.text = e.text;
        }
    }
}

Session::Session(QObject* parent) : QObject(parent), m_engine(new Engine(this))
{
    connect(m_engine, &Engine::progress, this, &Session::onProgress);
    connect(m_engine, &Engine::runFinished, this, &Session::onRunFinished);
}

Session::~Session() = default;

bool Session::start(const QList<RunConfig>& batch)
{
    if (m_running || batch.isEmpty())
        return false;
    m_batch.clear();
    for (const RunConfig& config : batch) {
        LiveRun run;
        run.config = config;
        run.tasks = makeTasks(config);
        run.spans.resize(std::size_t(run.tasks.size()));
        for (int i = 0; i < int(run.spans.size()); ++i)
            run.spans[std::size_t(i)].task = i;
        m_batch.append(std::move(run));
    }
    m_running = true;
    m_cancelled = false;
    m_current = -1;
    Q_EMIT batchStarted();
    startNext();
    return true;
}

void Session::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT narrative({tr("Cancelling…")});
    m_engine->cancel();
}

void Session::startNext()
{
    if (m_cancelled || m_current + 1 >= m_batch.size()) {
        m_running = false;
        m_current = -1;
        Q_EMIT batchFinished();
        return;
    }
    ++m_current;
    m_linesTold = 0;
    m_toldHidden = false;
    m_lastProgressLineNs = 0;
    const RunConfig& config = m_batch.at(m_current).config;
    Q_EMIT narrative({QString(), u"== %1 =="_s.arg(Narrative::runHeading(config))});
    m_engine->start(config);
    Q_EMIT runStarted(m_current);
}

void Session::onProgress(const Lab::RunProgress& p)
{
    if (m_current < 0)
        return;
    m_batch[m_current].apply(p);
    QStringList lines;
    tell(p, lines);
    if (!lines.isEmpty())
        Q_EMIT narrative(lines);
    Q_EMIT updated();
}

void Session::tell(const RunProgress& p, QStringList& lines)
{
    const LiveRun& run = m_batch.at(m_current);
    for (const TaskEvent& e : p.events) {
        if (m_linesTold >= m_taskLineLimit) {
            if (!m_toldHidden && m_taskLineLimit > 0)
                lines.append(Narrative::moreTasks(int(run.tasks.size()) - m_linesTold / 2));
            m_toldHidden = true;
            break;
        }
        const TaskSpec& task = run.tasks.at(e.task);
        const WorkerInfo& worker = run.workers.at(e.worker);
        if (e.kind == TaskEvent::Kind::Started)
            lines.append(Narrative::taskStarted(task, worker));
        else
            lines.append(Narrative::taskFinished(task, worker,
                                                 {e.task, e.worker, e.startNs, e.tNs, e.status, e.text}));
        ++m_linesTold;
    }
    if (m_toldHidden && m_taskLineLimit > 0 && p.elapsedNs - m_lastProgressLineNs >= progressLineEveryNs) {
        m_lastProgressLineNs = p.elapsedNs;
        lines.append(Narrative::progressLine(p.done, p.total, p.elapsedNs));
    }
}

void Session::onRunFinished(const Lab::RunResultPtr& result)
{
    LiveRun& run = m_batch[m_current];
    run.result = result;
    run.spans = result->spans;
    run.workers = result->workers;
    run.samples = result->samples;
    run.elapsedNs = result->wallNs;
    run.done = int(result->spans.size());
    m_results.append(result);
    QStringList told{Narrative::results(*result, resultsTold)};
    if (const auto failed = Narrative::failures(*result))
        told.append(*failed);
    told.append(Narrative::total(*result, Analysis::expectedWallNs(result->config, m_results),
                                 Analysis::idealSpeedup(result->config)));
    if (const auto guess = result->config.predictionMs)
        told.append(Narrative::guessedAndMeasured(*guess, result->wallNs));
    Q_EMIT narrative(told);
    Q_EMIT runFinished(result);
    Q_EMIT updated();
    startNext();
}

} // namespace Lab
