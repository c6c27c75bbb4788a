#include "python/pythonthreads.h"

#include "engine/recorder.h"
#include "measure/sampledstates.h"

#include <algorithm>

namespace Lab {

namespace {

// Said what it did from its start on (lab 7's tasks: computing, timed by the script).
bool toldItsStates(const TaskSpan& s)
{
    return std::any_of(s.states.cbegin(), s.states.cend(),
                       [&s](const StateSlice& slice) { return slice.startNs >= s.startNs; });
}

} // namespace

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
    const qint64 lookNs = std::chrono::nanoseconds(m_sampler.interval()).count();
    for (auto& [task, slices] : states.tasks) {
        const TaskSpan& span = run.spans[size_t(task)];
        const bool knownToItsEnd = m_samples.fullAtNs == 0 || span.endNs <= run.endNs - run.originNs;
        // Shorter than the time between two looks, it was most likely not seen: the look before it
        // found what its thread did before it began. One that told what it did keeps its word.
        const bool unseen = span.endNs - span.startNs < lookNs && toldItsStates(span);
        if (knownToItsEnd && !unseen)
            recorder.setStates(task, slices);
    }
    recorder.setThreads(std::move(states.threads), std::move(states.gilHolder));
    m_samples = {};
}

} // namespace Lab
