// A session read back from a file: its runs put into batches as they were run, and their story
// told again, as the runs told it while they went.
#include "engine/session.h"

#include "report/analysis.h"
#include "report/narrative.h"

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace Lab {

bool Session::open(const QList<RunResultPtr>& runs, const MachineInfo& machine)
{
    if (m_running)
        return false;
    clear();
    m_results = runs;
    m_openedMachine = machine;
    std::set<int> batches;
    for (const RunResultPtr& r : runs)
        batches.insert(r->config.batch);
    for (int b : batches)
        openBatch(b);
    m_batchNumber = batches.empty() ? 0 : *batches.rbegin();
    m_batch.clear();
    for (const FinishedRun& run : m_finished.value(m_batchNumber)) {
        m_batch.append(finishedRun(run.result));
        m_batch.last().reused = run.reused;
        m_batch.last().rounds = run.rounds;
        m_batch.last().roundsPlanned = std::max<int>(1, int(run.rounds.size()));
    }
    // clear() told the charts, which asked for the empty session's figures: work them out again.
    m_suspicions.reset();
    m_summaries.reset();
    Q_EMIT shownChanged();
    Q_EMIT updated();
    Q_EMIT opened();
    return true;
}

namespace {

int countedRounds(const QList<RunResultPtr>& runs, const RunConfig& kind)
{
    return int(std::count_if(runs.cbegin(), runs.cend(), [&](const RunResultPtr& r) {
        return !r->config.warmup && sameKind(r->config, kind);
    }));
}

} // namespace

// Batch `batch`'s kinds in the order they first ran, each shown by its median round; a batch whose
// one-at-a-time run is an earlier batch's shows that one again, as Baselines::Reuse did.
void Session::openBatch(int batch)
{
    QList<qsizetype> ofBatch;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i)->config.batch == batch)
            ofBatch.append(i);
    }
    const bool repeated = std::any_of(ofBatch.cbegin(), ofBatch.cend(), [this](qsizetype i) {
        return m_results.at(i)->config.repeat > 0 || m_results.at(i)->config.warmup;
    });
    QList<FinishedRun>& finished = m_finished[batch];
    for (qsizetype i : std::as_const(ofBatch)) {
        const RunResultPtr& r = m_results.at(i);
        const auto kind = std::find_if(finished.begin(), finished.end(), [&](const FinishedRun& k) {
            return sameKind(k.result->config, r->config);
        });
        FinishedRun& run = kind == finished.end() ? finished.emplace_back(FinishedRun{r, {}, false}) : *kind;
        if (!r->config.warmup)
            run.rounds.append(r);
        run.result = run.rounds.size() > 1 ? Noise::medianRun(run.rounds) : run.rounds.value(0, r);
        QString heading = Narrative::runHeading(r->config);
        if (repeated)
            heading = tr("%1 · %2").arg(heading,
                                        Narrative::roundOf(r->config, countedRounds(m_results, r->config)));
        Q_EMIT narrative(QStringList{QString(), u"== %1 =="_s.arg(heading)} + retold(*r) + toldAtEnd(i));
    }
    const bool hasBaseline = std::any_of(finished.cbegin(), finished.cend(), [](const FinishedRun& f) {
        return f.result->config.strategy == Strategy::Sequential;
    });
    if (!repeated && !hasBaseline && !ofBatch.isEmpty()) {
        const RunConfig& firstRun = m_results.at(ofBatch.first())->config;
        const auto earlier = Analysis::baselineOf(m_results, firstRun, ofBatch.first());
        if (earlier && !earlier->ofItsBatch)
            finished.prepend({m_results.at(earlier->index), {}, true});
    }
    if (repeated)
        Q_EMIT narrative(Narrative::repeatsSummary(m_results, batch));
}

// The lines of its tasks' starts and ends, in the order they happened, as many as a run tells.
QStringList Session::retold(const RunResult& run) const
{
    struct Event {
        qint64 tNs;
        bool finished;
        int task;
    };
    std::vector<Event> events;
    for (const TaskSpan& span : run.spans) {
        if (span.worker < 0)
            continue;
        events.push_back({span.startNs, false, span.task});
        if (span.status != TaskStatus::NotStarted)
            events.push_back({span.endNs, true, span.task});
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return a.tNs < b.tNs || (a.tNs == b.tNs && !a.finished && b.finished);
    });
    QStringList lines;
    for (const Event& e : events) {
        if (lines.size() >= m_taskLineLimit) {
            if (m_taskLineLimit > 0)
                lines.append(Narrative::moreTasks(int(run.tasks.size()) - m_taskLineLimit / 2));
            break;
        }
        const TaskSpan& span = run.spans.at(std::size_t(e.task));
        const TaskSpec& task = run.tasks.at(e.task);
        const WorkerInfo& worker = run.workers.at(span.worker);
        lines.append(e.finished ? Narrative::taskFinished(task, worker, span)
                                : Narrative::taskStarted(task, worker));
    }
    return lines;
}

} // namespace Lab
