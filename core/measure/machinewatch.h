#pragma once

#include "platform/procstat.h"
#include "runresult.h"

#include <optional>

namespace Lab {

// The whole machine's CPU from the moment the watch is made, beside this process's own: what a
// measurement made meanwhile shared the machine with. A run reads its machine through one (and
// counts its own CPU itself); the benchmark watches its child processes and short repeats.
class MachineWatch {
public:
    MachineWatch();

    // Since the watch was made; all zero when /proc/stat could not be read.
    MachineCpu machine() const;
    qint64 elapsedNs() const;
    // This process's threads, and the children it has waited for meanwhile (with theirs): a child
    // is ours once it has been waited for, so read this after the wait.
    qint64 ownCpuNs() const;

private:
    static qint64 ownAndChildrenNs();

    std::optional<ProcStat::CoreTicks> m_machineAtStart; // none: /proc/stat could not be read
    qint64 m_startNs = 0;
    qint64 m_ownAtStartNs = 0;
};

} // namespace Lab
