#include "report/analysis.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>
#include <queue>

namespace Lab::Analysis {

namespace {

// Sizes of the tasks of a run in its own unit (ms of waiting, or n).
QList<qint64> taskSizes(const RunConfig& config)
{
    if (config.workload == Workload::Squares)
        return config.squaresN;
    if (config.workload == Workload::Counter)
        return QList<qint64>(taskCountOf(config), config.counterAdds);
    return QList<qint64>(taskCountOf(config), config.delayMs);
}

qint64 greedyMakespan(QList<qint64> sizes, int slots)
{
    std::sort(sizes.begin(), sizes.end(), std::greater<>());
    std::vector<qint64> load(std::size_t(slots), 0);
    for (qint64 s : sizes)
        *std::min_element(load.begin(), load.end()) += s;
    return *std::max_element(load.begin(), load.end());
}

void search(const QList<qint64>& sizes, qsizetype i, std::vector<qint64>& load, qint64& best)
{
    if (i == sizes.size()) {
        best = std::min(best, *std::max_element(load.begin(), load.end()));
        return;
    }
    for (std::size_t s = 0; s < load.size(); ++s) {
        if (load[s] + sizes[i] >= best)
            continue;
        if (s > 0 && load[s] == load[s - 1])
            continue; // same as putting it on the previous, equally loaded worker
        load[s] += sizes[i];
        search(sizes, i + 1, load, best);
        load[s] -= sizes[i];
    }
}

} // namespace

std::optional<Baseline> baselineOf(const QList<RunResultPtr>& runs, const RunConfig& config, qsizetype index)
{
    const auto fits = [&config](const RunResult& r) {
        return !r.cancelled && r.error.isEmpty() && isBaselineFor(r.config, config);
    };
    std::optional<qsizetype> partner; // of the same round of the batch
    std::optional<qsizetype> ofItsBatch;
    std::optional<qsizetype> earlier;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const RunResult& r = *runs.at(i);
        if (!fits(r))
            continue;
        if (r.config.batch == config.batch) {
            if (i == index)
                return Baseline{i, true}; // a sequential run is its own baseline
            if (r.config.repeat == config.repeat && r.config.warmup == config.warmup)
                partner = partner.value_or(i);
            else if (!r.config.warmup)
                ofItsBatch = i; // when its partner failed: another round's
        } else if (i < index && !r.config.warmup) {
            earlier = i; // the newest before it
        }
    }
    if (partner || ofItsBatch)
        return Baseline{partner ? *partner : *ofItsBatch, true};
    if (earlier)
        return Baseline{*earlier, false};
    return std::nullopt;
}

std::optional<double> speedupVsSequential(const QList<RunResultPtr>& runs, qsizetype index)
{
    const RunResult& run = *runs.at(index);
    // A deadlock's time is when the app ended it, not the work's.
    if (run.cancelled || !run.error.isEmpty() || !run.deadlock.isEmpty() || run.wallNs <= 0)
        return std::nullopt;
    const auto baseline = baselineOf(runs, run.config, index);
    if (!baseline)
        return std::nullopt;
    return double(runs.at(baseline->index)->wallNs) / double(run.wallNs);
}

std::optional<double> cpuUtilisationPct(const RunResult& run)
{
    // A process's CPU time in /proc is counted in clock ticks of 10 ms: a share of a shorter run
    // is mostly that rounding, and the CPU spent starting and ending around it.
    constexpr qint64 shortestShareNs = 10'000'000;
    if (run.wallNs < shortestShareNs)
        return std::nullopt;
    return 100.0 * double(run.appCpu.totalNs() + run.workersCpu.totalNs()) / double(run.wallNs);
}

qint64 optimalMakespan(const QList<qint64>& sizes, int slots)
{
    if (sizes.isEmpty() || slots <= 0)
        return 0;
    slots = std::min<int>(slots, int(sizes.size()));
    if (std::all_of(sizes.begin(), sizes.end(), [&](qint64 s) { return s == sizes.first(); }))
        return (sizes.size() + slots - 1) / slots * sizes.first();
    qint64 best = greedyMakespan(sizes, slots);
    if (sizes.size() > 16) // the greedy schedule is within 4/3 of the best; exact search is for small labs
        return best;
    QList<qint64> sorted = sizes;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    std::vector<qint64> load(std::size_t(slots), 0);
    ++best; // let the search find a schedule equal to the greedy one
    search(sorted, 0, load, best);
    return best;
}

qint64 inOrderMakespan(const QList<qint64>& sizes, int slots)
{
    if (sizes.isEmpty() || slots <= 0)
        return 0;
    // Free times of the workers, earliest on top.
    std::priority_queue<qint64, std::vector<qint64>, std::greater<>> freeAt;
    for (int i = 0; i < std::min<int>(slots, int(sizes.size())); ++i)
        freeAt.push(0);
    qint64 end = 0;
    for (qint64 size : sizes) {
        const qint64 finish = freeAt.top() + size;
        freeAt.pop();
        freeAt.push(finish);
        end = std::max(end, finish);
    }
    return end;
}

int parallelSlots(const RunConfig& config)
{
    const int workers = std::max(1, config.workers);
    switch (config.strategy) {
    case Strategy::Sequential:
        return 1;
    case Strategy::Coroutines:                    // waits overlap on the loop; blocking work does not
        if (config.variant == Variant::Offloaded) // blocking waits in a pool of threads
            return std::min(workers, taskCountOf(config));
        return config.workload == Workload::Weather && config.variant != Variant::Blocking
                   ? taskCountOf(config)
                   : 1;
    case Strategy::Threads:
        if (config.workload == Workload::Squares || config.workload == Workload::Counter)
            return config.gil ? 1 : std::min(workers, cpuCores());
        return workers;
    case Strategy::Processes:
    case Strategy::Cluster: // a local cluster's workers share this machine's cores, as a pool's do
        return config.workload == Workload::Squares ? std::min(workers, cpuCores()) : workers;
    }
    return 1;
}

namespace {

double speedupOf(const RunConfig& config, qint64 (*schedule)(const QList<qint64>&, int))
{
    const QList<qint64> sizes = taskSizes(config);
    const qint64 total = std::accumulate(sizes.begin(), sizes.end(), qint64(0));
    const qint64 span = schedule(sizes, parallelSlots(config));
    return span > 0 ? double(total) / double(span) : 1.0;
}

} // namespace

double idealSpeedup(const RunConfig& config)
{
    return speedupOf(config, inOrderMakespan);
}

double bestSpeedupAnyOrder(const RunConfig& config)
{
    return speedupOf(config, optimalMakespan);
}

std::optional<qint64> expectedWallNs(const RunConfig& config, const QList<RunResultPtr>& runs,
                                     qsizetype index)
{
    const QList<qint64> sizes = taskSizes(config);
    // A counter's and the locks' time is what the machine makes of them; a deadlock has none.
    if (config.workload == Workload::Counter || config.workload == Workload::Locks)
        return std::nullopt;
    if (config.workload != Workload::Squares)
        return inOrderMakespan(sizes, parallelSlots(config)) * 1'000'000;
    if (config.strategy == Strategy::Sequential)
        return std::nullopt;
    const auto baseline = baselineOf(runs, config, index < 0 ? runs.size() : index);
    if (!baseline)
        return std::nullopt;
    return qint64(double(runs.at(baseline->index)->wallNs) / idealSpeedup(config));
}

QList<ThreadShare> gilWaitShares(const RunResult& run)
{
    const GilKind kind = run.gilKind();
    if (kind != GilKind::Simulated && kind != GilKind::Real)
        return {};
    QSet<qint64> ranTasks;
    for (const TaskSpan& span : run.spans) {
        if (span.worker >= 0)
            ranTasks.insert(run.workers.at(span.worker).tid);
    }
    QList<ThreadShare> shares;
    for (const ThreadStates& t : run.threads) {
        const qint64 busy = t.totals.totalNs() - t.totals[TaskState::Idle];
        if (ranTasks.contains(t.tid) && busy > 0)
            shares.append({t.label, double(t.totals[TaskState::Gil]) / double(busy)});
    }
    return shares;
}

} // namespace Lab::Analysis
