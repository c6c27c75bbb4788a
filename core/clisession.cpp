#include "clisession.h"

#include "analysis.h"
#include "engine.h"
#include "jsonexport.h"
#include "narrative.h"

using namespace Qt::StringLiterals;

namespace Lab {

namespace {
constexpr int maxTaskLines = 40; // beyond that, a progress line now and then
constexpr qint64 progressEveryNs = 1'000'000'000;
constexpr int resultsShown = 10;
} // namespace

CliSession::CliSession(CliOptions options, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_out(out), m_err(err), m_engine(new Engine(this))
{
    connect(m_engine, &Engine::progress, this, &CliSession::onProgress);
    connect(m_engine, &Engine::runFinished, this, &CliSession::onRunFinished);
}

CliSession::~CliSession() = default;

void CliSession::say(const QString& line)
{
    // With --json - the JSON alone goes to standard output.
    QTextStream& stream = m_options.jsonPath == u"-"_s ? m_err : m_out;
    stream << line << Qt::endl;
}

void CliSession::start()
{
    startNext();
}

void CliSession::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    say(tr("Cancelling…"));
    m_engine->cancel();
}

void CliSession::startNext()
{
    if (m_cancelled || m_next >= m_options.runs.size()) {
        finish();
        return;
    }
    const RunConfig& config = m_options.runs.at(m_next++);
    m_tasks = makeTasks(config);
    m_workers.clear();
    m_linesShown = 0;
    m_toldHidden = false;
    m_lastProgressNs = 0;
    say(QString());
    say(u"== %1 =="_s.arg(Narrative::runHeading(config)));
    m_engine->start(config);
}

void CliSession::onProgress(const Lab::RunProgress& p)
{
    if (m_options.quiet)
        return;
    m_workers = p.workers;
    for (const TaskEvent& e : p.events) {
        if (m_linesShown >= maxTaskLines) {
            if (!m_toldHidden)
                say(Narrative::moreTasks(int(m_tasks.size()) - m_linesShown / 2));
            m_toldHidden = true;
            break;
        }
        const TaskSpec& task = m_tasks.at(e.task);
        const WorkerInfo& worker = m_workers.at(e.worker);
        if (e.kind == TaskEvent::Kind::Started)
            say(Narrative::taskStarted(task, worker));
        else
            say(Narrative::taskFinished(task, worker,
                                        {e.task, e.worker, e.startNs, e.tNs, e.status, e.text}));
        ++m_linesShown;
    }
    if (m_toldHidden && p.elapsedNs - m_lastProgressNs >= progressEveryNs) {
        m_lastProgressNs = p.elapsedNs;
        say(Narrative::progressLine(p.done, p.total, p.elapsedNs));
    }
}

void CliSession::onRunFinished(const Lab::RunResultPtr& result)
{
    m_results.append(result);
    say(Narrative::results(*result, resultsShown));
    say(Narrative::total(*result, Analysis::expectedWallNs(result->config, m_results),
                         Analysis::idealSpeedup(result->config)));
    startNext();
}

void CliSession::finish()
{
    say(QString());
    say(Narrative::comparisonTable(m_results));
    int code = 0;
    for (const RunResultPtr& r : m_results) {
        if (!r->allOk())
            code = 1;
    }
    if (m_cancelled)
        code = 1;
    if (!m_options.jsonPath.isEmpty()) {
        const QByteArray json = Export::sessionJson(m_results, currentMachine());
        if (m_options.jsonPath == u"-"_s) {
            m_out << QString::fromUtf8(json) << Qt::flush;
        } else if (const auto error = Export::writeFile(m_options.jsonPath, json)) {
            m_err << *error << Qt::endl;
            code = 1;
        } else {
            say(tr("Wrote %1").arg(m_options.jsonPath));
        }
    }
    Q_EMIT done(code);
}

} // namespace Lab
