#include "engine/session.h"

#include "engine/engine.h"
#include "report/analysis.h"
#include "report/narrative.h"
#include "report/noise.h"

#include <algorithm>
#include <functional>

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

bool Session::start(const QList<RunConfig>& batch, Baselines baselines)
{
    if (m_running || batch.isEmpty())
        return false;
    m_batch.clear();
    m_queue.clear();
    m_suspicions.reset();
    m_shownBatches.clear();
    m_shown.clear();
    ++m_batchNumber;
    m_repeated =
        std::any_of(batch.begin(), batch.end(), [](const RunConfig& c) { return c.repeat > 0 || c.warmup; });
    for (const RunConfig& config : batch) {
        RunConfig ofThisBatch = config;
        ofThisBatch.batch = m_batchNumber; // none of the results: the newest earlier one
        // Another round of a kind the batch has; the same run twice in one round is two kinds.
        const auto slot = std::find_if(m_batch.begin(), m_batch.end(), [&](const LiveRun& run) {
            const int at = int(&run - m_batch.data());
            return sameKind(run.config, ofThisBatch) &&
                   std::none_of(m_queue.cbegin(), m_queue.cend(), [&](const Queued& q) {
                       return q.slot == at && q.config.repeat == config.repeat &&
                              q.config.warmup == config.warmup;
                   });
        });
        if (slot != m_batch.end()) {
            if (!slot->reused) {
                m_queue.append({ofThisBatch, int(slot - m_batch.begin())});
                slot->roundsPlanned += !config.warmup;
            }
            continue;
        }
        if (baselines == Baselines::Reuse && !m_repeated && config.strategy == Strategy::Sequential) {
            if (const auto earlier = Analysis::baselineOf(m_results, ofThisBatch, m_results.size())) {
                m_batch.append(finishedRun(m_results.at(earlier->index)));
                m_batch.last().reused = true;
                m_batch.last().config.predictionMs = config.predictionMs; // this batch's guess of it
                continue;
            }
        }
        m_queue.append({ofThisBatch, int(m_batch.size())});
        m_batch.append(freshRun(ofThisBatch));
        m_batch.last().roundsPlanned = !config.warmup;
    }
    m_running = true;
    m_cancelled = false;
    m_current = -1;
    Q_EMIT batchStarted();
    for (const LiveRun& run : std::as_const(m_batch)) {
        if (run.reused)
            Q_EMIT narrative(
                {QString(), u"== %1 =="_s.arg(Narrative::runHeading(run.config)),
                 tr("Not run again: the run at %1 did this work (%2)")
                     .arg(Narrative::baselineTime(*run.result), Narrative::seconds(run.result->wallNs))});
    }
    startNext();
    return true;
}

const QList<LiveRun>& Session::shown() const
{
    return m_shownBatches.isEmpty() ? m_batch : m_shown;
}

QList<RunResultPtr> Session::shownResults() const
{
    QList<RunResultPtr> runs;
    for (const LiveRun& run : shown()) {
        if (run.result)
            runs.append(run.result);
    }
    return runs;
}

void Session::showBatches(QList<int> batches)
{
    if (m_running)
        return;
    std::sort(batches.begin(), batches.end(), std::greater<>());
    batches.erase(std::unique(batches.begin(), batches.end()), batches.end());
    batches.removeIf([this](int b) { return !m_finished.contains(b); });
    if (batches.size() == 1 && batches.first() == m_batchNumber)
        batches.clear(); // the last batch is what is shown anyway
    // Not QList's ==: Qt 6.4 hands memcmp the null data of two empty lists (UBSan).
    if (std::ranges::equal(batches, m_shownBatches))
        return;
    m_shownBatches = batches;
    m_suspicions.reset();
    m_shown.clear();
    for (int b : std::as_const(m_shownBatches)) {
        for (const FinishedRun& run : m_finished.value(b)) {
            m_shown.append(finishedRun(run.result));
            m_shown.last().reused = run.reused;
            m_shown.last().rounds = run.rounds;
            m_shown.last().roundsPlanned = int(run.rounds.size());
        }
    }
    Q_EMIT shownChanged();
}

const QList<Noise::Summary>& Session::summaries() const
{
    if (!m_summaries)
        m_summaries = Noise::summarize(m_results);
    return *m_summaries;
}

const QList<QStringList>& Session::suspicions() const
{
    if (m_suspicions)
        return *m_suspicions;
    QList<QStringList>& out = m_suspicions.emplace();
    for (const LiveRun& run : shown()) {
        QStringList why;
        if (run.rounds.size() > 1) {
            const qsizetype first = m_results.indexOf(run.rounds.first());
            for (const Noise::Summary& s : summaries()) {
                if (s.runs.contains(first))
                    why = Narrative::suspicions(s);
            }
        } else if (const qsizetype at = m_results.indexOf(run.result); at >= 0) {
            why = Narrative::suspicions(m_results, at);
        }
        out.append(why);
    }
    return out;
}

QStringList Session::suspectNotes() const
{
    QStringList notes;
    const QList<QStringList>& why = suspicions();
    for (qsizetype i = 0; i < why.size(); ++i) {
        if (!why.at(i).isEmpty())
            notes.append(Narrative::suspectNote(shown().at(i).config, why.at(i)));
    }
    return notes;
}

void Session::clear()
{
    if (m_running)
        return;
    m_results.clear();
    m_openedMachine.reset();
    m_batch.clear();
    m_suspicions.reset();
    m_summaries.reset();
    m_cancelled = false;
    m_finished.clear();
    m_shownBatches.clear();
    m_shown.clear();
    Q_EMIT cleared();
    Q_EMIT shownChanged();
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
    if (m_cancelled || m_current + 1 >= m_queue.size()) {
        endBatch();
        return;
    }
    ++m_current;
    m_linesTold = 0;
    m_toldHidden = false;
    m_lastProgressLineNs = 0;
    const Queued& next = m_queue.at(m_current);
    LiveRun& slot = m_batch[next.slot];
    if (slot.finished()) { // the next round of its kind: drawn afresh, its earlier rounds kept
        LiveRun fresh = freshRun(next.config);
        fresh.rounds = std::move(slot.rounds);
        fresh.roundsPlanned = slot.roundsPlanned;
        slot = std::move(fresh);
        m_suspicions.reset();
        Q_EMIT shownChanged(); // a finished run gives way to the next of its kind
    }
    slot.config = next.config;
    QString heading = Narrative::runHeading(next.config);
    if (m_repeated)
        heading = tr("%1 · %2").arg(heading, Narrative::roundOf(next.config, slot.roundsPlanned));
    Q_EMIT narrative({QString(), u"== %1 =="_s.arg(heading)});
    m_engine->start(next.config);
    Q_EMIT runStarted(next.slot);
}

// Each repeated kind is shown by its run of the median time; the results alone are kept: the runs'
// copies of their spans are made again only to be shown.
void Session::endBatch()
{
    m_running = false;
    m_current = -1;
    QList<FinishedRun>& finished = m_finished[m_batchNumber];
    bool replaced = false;
    for (LiveRun& run : m_batch) {
        if (!run.finished())
            continue;
        if (run.rounds.size() > 1) {
            const RunResultPtr median = Noise::medianRun(run.rounds);
            if (median && median != run.result) {
                LiveRun shown = finishedRun(median);
                shown.rounds = std::move(run.rounds);
                shown.roundsPlanned = run.roundsPlanned;
                run = std::move(shown);
                replaced = true;
            }
        }
        finished.append({run.result, run.rounds, run.reused});
    }
    if (m_repeated)
        Q_EMIT narrative(Narrative::repeatsSummary(m_results, m_batchNumber));
    if (replaced) {
        m_suspicions.reset();
        Q_EMIT shownChanged(); // the charts draw the median runs now
    }
    Q_EMIT batchFinished();
}

void Session::onProgress(const Lab::RunProgress& p)
{
    if (m_current < 0)
        return;
    m_batch[m_queue.at(m_current).slot].apply(p);
    QStringList lines;
    tell(p, lines);
    if (!lines.isEmpty())
        Q_EMIT narrative(lines);
    Q_EMIT updated();
}

void Session::tell(const RunProgress& p, QStringList& lines)
{
    const LiveRun& run = m_batch.at(m_queue.at(m_current).slot);
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

// What a run's end tells: its results, its total, and what it shows. Only the runs before it are
// looked at, as when it had just finished.
QStringList Session::toldAtEnd(qsizetype index) const
{
    const QList<RunResultPtr> before = m_results.first(index + 1);
    const RunResult& result = *before.last();
    QStringList told;
    if (result.count(TaskStatus::Ok) > 0) // a deadlock has none to tell
        told.append(Narrative::results(result, resultsTold));
    if (const auto failed = Narrative::failures(result))
        told.append(*failed);
    told.append(Narrative::total(result, Analysis::expectedWallNs(result.config, before, index),
                                 Analysis::idealSpeedup(result.config)));
    if (const auto turns = Narrative::gilTurns(result))
        told.append(*turns);
    if (const auto mistake = Narrative::mistakeLine(result))
        told.append(*mistake);
    if (const auto cost = Narrative::lockCost(before, index))
        told.append(*cost);
    if (const auto guess = result.config.predictionMs)
        told.append(Narrative::guessedAndMeasured(*guess, result.wallNs));
    if (const auto why = Narrative::suspicion(before, index))
        told.append(*why);
    return told;
}

LiveRun Session::finishedRun(const RunResultPtr& result)
{
    LiveRun run;
    run.config = result->config;
    run.tasks = result->tasks;
    run.result = result;
    run.spans = result->spans;
    run.workers = result->workers;
    run.samples = result->samples;
    run.elapsedNs = result->wallNs;
    run.done = int(result->spans.size());
    return run;
}

LiveRun Session::freshRun(const RunConfig& config)
{
    LiveRun run;
    run.config = config;
    run.tasks = makeTasks(config);
    run.spans.resize(std::size_t(run.tasks.size()));
    for (int i = 0; i < int(run.spans.size()); ++i)
        run.spans[std::size_t(i)].task = i;
    return run;
}

void Session::onRunFinished(const Lab::RunResultPtr& result)
{
    LiveRun& slot = m_batch[m_queue.at(m_current).slot];
    LiveRun finished = finishedRun(result);
    finished.rounds = std::move(slot.rounds);
    finished.roundsPlanned = slot.roundsPlanned;
    if (!result->config.warmup)
        finished.rounds.append(result);
    slot = std::move(finished);
    m_results.append(result);
    m_suspicions.reset();
    m_summaries.reset();
    const QStringList told = toldAtEnd(m_results.size() - 1);
    Q_EMIT narrative(told);
    Q_EMIT runFinished(result);
    Q_EMIT updated();
    startNext();
}

} // namespace Lab
