#include "labtypes.h"

#include "platform/process.h"

#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab {

QString workloadId(Workload w)
{
    return idOf(workloadIds, w);
}

QString strategyId(Strategy s)
{
    return idOf(strategyIds, s);
}

QString runtimeId(Runtime r)
{
    return idOf(runtimeIds, r);
}

QString variantId(Variant v)
{
    return idOf(variantIds, v);
}

std::optional<Variant> variantFromId(const QString& id)
{
    return fromId(variantIds, id);
}

std::optional<Workload> workloadFromId(const QString& id)
{
    return fromId(workloadIds, id);
}

std::optional<Strategy> strategyFromId(const QString& id)
{
    return fromId(strategyIds, id);
}

std::optional<Runtime> runtimeFromId(const QString& id)
{
    return fromId(runtimeIds, id);
}

QStringList defaultCities()
{
    return {u"Bangkok"_s, u"Tokyo"_s, u"London"_s};
}

QStringList worldCities()
{
    return {u"Bangkok"_s, u"Tokyo"_s,  u"London"_s,    u"New York"_s, u"Paris"_s,   u"Chiang Mai"_s,
            u"Seoul"_s,   u"Sydney"_s, u"Singapore"_s, u"Hanoi"_s,    u"Jakarta"_s, u"Berlin"_s,
            u"Cairo"_s,   u"Lima"_s,   u"Nairobi"_s,   u"Toronto"_s,  u"Phuket"_s,  u"Khon Kaen"_s};
}

QStringList expandCities(const QStringList& cities, int count)
{
    QStringList out;
    if (cities.isEmpty())
        return out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString& city = cities.at(i % cities.size());
        const int round = i / int(cities.size());
        out.append(round == 0 ? city : u"%1 %2"_s.arg(city).arg(round + 1));
    }
    return out;
}

int cpuCores()
{
    return std::max(1, QThread::idealThreadCount());
}

int maxWorkers(Strategy s)
{
    const int byCores = std::max(8, cpuCores() * 4);
    if (s != Strategy::Processes)
        return byCores;
    // Each worker holds three pipes (six descriptors, three on our side); keep half the limit free.
    const auto files = Platform::openFileLimit();
    if (!files)
        return byCores;
    const auto byFiles = static_cast<int>(std::min<qint64>(*files / 2 / 3, 1 << 20));
    return std::max(1, std::min(byCores, byFiles));
}

int defaultWorkers(Strategy s, int taskCount)
{
    switch (s) {
    case Strategy::Sequential:
    case Strategy::Coroutines:
        return 1;
    case Strategy::Threads: // what Python's ThreadPoolExecutor picks
        return std::clamp(std::min(32, cpuCores() + 4), 1, std::max(1, std::min(taskCount, maxWorkers(s))));
    case Strategy::Processes: // what Python's ProcessPoolExecutor picks; and Dask's LocalCluster
    case Strategy::Cluster:
        return std::clamp(cpuCores(), 1, std::max(1, std::min(taskCount, maxWorkers(s))));
    }
    return 1;
}

int taskCountOf(const RunConfig& c)
{
    switch (c.workload) {
    case Workload::Weather:
        return int(c.cities.size());
    case Workload::Logs:
    case Workload::Counter:
    case Workload::Locks:
        return c.taskCount;
    case Workload::Squares:
        return int(c.squaresN.size());
    }
    return 0;
}

qint64 taskTimeoutFor(const RunConfig& c, int delayMs, qint64 n)
{
    if (c.taskTimeoutMs >= 0) // any negative value is automatic
        return c.taskTimeoutMs;
    return 60'000 + 2 * qint64(delayMs) + n / 100'000;
}

bool sameWork(const RunConfig& a, const RunConfig& b)
{
    if (a.workload != b.workload)
        return false;
    switch (a.workload) {
    case Workload::Weather:
        return a.cities == b.cities && a.delayMs == b.delayMs;
    case Workload::Logs:
    case Workload::Locks:
        return a.taskCount == b.taskCount && a.delayMs == b.delayMs;
    case Workload::Squares:
        return a.squaresN == b.squaresN;
    case Workload::Counter:
        return a.taskCount == b.taskCount && a.counterAdds == b.counterAdds;
    }
    return false;
}

bool isBaselineFor(const RunConfig& sequential, const RunConfig& run)
{
    return sequential.strategy == Strategy::Sequential && sequential.runtime == run.runtime &&
           (run.runtime != Runtime::Python || sequential.python == run.python) && sameWork(sequential, run);
}

bool sameKind(const RunConfig& a, const RunConfig& b)
{
    return a.batch == b.batch && a.strategy == b.strategy && a.workers == b.workers && a.gil == b.gil &&
           a.variant == b.variant && a.batchSize == b.batchSize && a.runtime == b.runtime &&
           a.python == b.python && a.labNumber == b.labNumber && sameWork(a, b);
}

} // namespace Lab
