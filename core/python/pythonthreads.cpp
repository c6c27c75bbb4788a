#include "python/pythonthreads.h"

#include "engine/recorder.h"
#include "measure/sampledstates.h"

#include <algorithm>

namespace Lab {

void PythonThreads::begin(qint64 interpreterPid)
{
    if (interpreterPid <= 0 || m_sampler.isRunning())
        return;
    m_pid = interpreterPid;
    m_sampler.watchProcess(interpreterPid);
    m_sampler.start();
}

void PythonThreads::addWorker(qint64 pid, qint64 tid, const QString& name)
{
    if (pid <= 0 || tid <= 0)
        return;
    m_names.insert(tid, name);
    if (m_sampler.isRunning()) {
        m_sampler.watchProcess(pid); // once for each process: the sampler knows those it watches
        m_sampler.watchThread(pid, tid);
    }
}

void PythonThreads::end()
{
    if (m_sampler.isRunning())
        m_samples = m_sampler.stop();
}

void PythonThreads::handOver(Recorder& recorder, bool freeThreaded)
{
    end();
    if (m_samples.threads.empty())
        return;
    SampledRun run;
    run.originNs = recorder.startNs();
    run.endNs = recorder.workEndNs().value_or(monotonicNs());
    run.interpreterPid = m_pid;
    run.freeThreaded = freeThreaded;
    run.spans = recorder.spans();
    if (m_samples.fullAtNs > 0) // what came after the last look is not known
        run.endNs = std::min(run.endNs, m_samples.fullAtNs);
    run.workers = recorder.workers();
    run.names = m_names;
    SampledStates states = sampledStates(m_samples.threads, run);
    for (auto& [task, slices] : states.tasks) {
        const bool knownToItsEnd =
            m_samples.fullAtNs == 0 || run.spans[size_t(task)].endNs <= run.endNs - run.originNs;
        if (knownToItsEnd)
            recorder.setStates(task, slices);
    }
    recorder.setThreads(std::move(states.threads), std::move(states.gilHolder));
    m_samples = {};
}

} // namespace Lab
