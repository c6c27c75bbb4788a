#pragma once

#include "runresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

#include <ctime>

// Pure parsers of Linux's /proc files, and small readers around them.
namespace Lab::ProcStat {

struct CoreTicks {
    quint64 busy = 0; // every field but idle and iowait, steal among them
    quint64 total = 0;
    quint64 steal = 0; // the hypervisor ran another machine while this one wanted the core
};

// /proc/stat: the "cpu" line first, then "cpu0", "cpu1", …
QList<CoreTicks> parseStat(QByteArrayView text);

// /proc/<pid>/stat: utime and stime, found after the last ')' since a command name may hold ')'.
std::optional<CpuTimes> parsePidStat(QByteArrayView text);

// /proc/stat, read at each sample through one descriptor: the kernel writes it anew on every
// read from offset 0. Reads nothing when it cannot be opened.
class SystemStat {
public:
    SystemStat();
    ~SystemStat();
    SystemStat(const SystemStat&) = delete;
    SystemStat& operator=(const SystemStat&) = delete;

    QList<CoreTicks> read() const;

private:
    int m_fd = -1;
};

// Busy % of each pair of readings; an empty result when the cores do not match.
QList<float> busyPercent(const QList<CoreTicks>& before, const QList<CoreTicks>& after);

// The whole machine between two readings of its "cpu" line `elapsedNs` apart.
MachineCpu machineCpuBetween(const CoreTicks& before, const CoreTicks& after, qint64 elapsedNs);

std::optional<CpuTimes> readProcessCpu(qint64 pid);
// One thread of this process, from /proc/self/task/<tid>/stat.
std::optional<CpuTimes> readThreadCpu(qint64 tid);

// /proc/<pid>/task/*/schedstat: nanoseconds on a CPU of the process's live threads, without the
// 10 ms ticks of /proc/<pid>/stat.
std::optional<qint64> parseSchedstat(QByteArrayView text);
std::optional<qint64> readProcessRunNs(qint64 pid);

// /proc/cpuinfo: the first "model name"; empty where there is none (many ARM kernels).
QString parseCpuModel(QByteArrayView text);
QString readCpuModel();

// A thread of ours whose CPU is not a run's: the front end that draws the window or prints.
struct FrontEndThread {
    qint64 tid = 0;
    clockid_t clock = 0; // its CPU-time clock, in nanoseconds
    bool valid = false;
    static FrontEndThread current(); // the calling thread
    qint64 cpuNs() const;
};

} // namespace Lab::ProcStat
