#pragma once

#include "runresult.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

// Pure parsers of Linux's /proc files, and small readers around them.
namespace Lab::ProcStat {

struct CoreTicks {
    quint64 busy = 0;
    quint64 total = 0;
};

// /proc/stat: the "cpu" line first, then "cpu0", "cpu1", …
QList<CoreTicks> parseStat(QByteArrayView text);

// /proc/<pid>/stat: utime and stime, found after the last ')' since a command name may hold ')'.
std::optional<CpuTimes> parsePidStat(QByteArrayView text);

// Busy % of each pair of readings; an empty result when the cores do not match.
QList<float> busyPercent(const QList<CoreTicks>& before, const QList<CoreTicks>& after);

std::optional<CpuTimes> readProcessCpu(qint64 pid);
// One thread of this process, from /proc/self/task/<tid>/stat.
std::optional<CpuTimes> readThreadCpu(qint64 tid);

} // namespace Lab::ProcStat
