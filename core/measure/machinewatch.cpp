#include "measure/machinewatch.h"

#include "engine/recorder.h"
#include "platform/process.h"

namespace Lab {

namespace {

std::optional<ProcStat::CoreTicks> readMachine()
{
    const QList<ProcStat::CoreTicks> cores = ProcStat::SystemStat().read();
    return cores.isEmpty() ? std::nullopt : std::optional(cores.first()); // the "cpu" line: all cores
}

} // namespace

MachineWatch::MachineWatch()
    : m_machineAtStart(readMachine()), m_startNs(monotonicNs()), m_ownAtStartNs(ownAndChildrenNs())
{
}

MachineCpu MachineWatch::machine() const
{
    const auto now = readMachine();
    if (!m_machineAtStart || !now)
        return {};
    return ProcStat::machineCpuBetween(*m_machineAtStart, *now, elapsedNs());
}

qint64 MachineWatch::elapsedNs() const
{
    return monotonicNs() - m_startNs;
}

qint64 MachineWatch::ownCpuNs() const
{
    return ownAndChildrenNs() - m_ownAtStartNs;
}

qint64 MachineWatch::ownAndChildrenNs()
{
    return Platform::ownCpuTimes().totalNs() + Platform::childrenCpuTimes().totalNs();
}

} // namespace Lab
