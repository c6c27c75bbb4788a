#include "measure/threadsampler.h"

#include "platform/process.h"
#include "taskstate.h"

#include <algorithm>

namespace Lab {

double ThreadSamplerCost::percentOfCoreAt(std::chrono::microseconds interval) const
{
    if (sweeps <= 0 || interval.count() <= 0)
        return 0;
    const double perSweepNs = double(cpuNs) / double(sweeps);
    return 100.0 * perSweepNs / double(std::chrono::nanoseconds(interval).count());
}

ThreadSampler::ThreadSampler(std::chrono::microseconds interval)
    : m_interval(std::max(interval, std::chrono::microseconds(100))) // a sweep takes tens of µs
{
}

ThreadSampler::~ThreadSampler()
{
    stop();
}

void ThreadSampler::watchProcess(qint64 pid)
{
    std::lock_guard lock(m_mutex);
    m_requests.emplace_back(pid, 0);
}

void ThreadSampler::watchThread(qint64 pid, qint64 tid)
{
    std::lock_guard lock(m_mutex);
    m_requests.emplace_back(pid, tid);
}

void ThreadSampler::start()
{
    if (!m_thread.joinable())
        m_thread = std::jthread([this](const std::stop_token& stop) { run(stop); });
}

ThreadSamples ThreadSampler::stop()
{
    if (!m_thread.joinable())
        return {};
    m_thread.request_stop(); // wakes its wait at once
    m_thread.join();
    return std::exchange(m_samples, {});
}

void ThreadSampler::run(const std::stop_token& stop)
{
    const qint64 cpuAtStart = Platform::threadCpuNs();
    const qint64 startNs = monotonicNs();
    const auto interval = std::chrono::nanoseconds(m_interval).count();
    const auto rescanNs = std::chrono::nanoseconds(rescanEvery).count();
    qint64 dueNs = startNs;
    qint64 rescanDueNs = startNs;
    while (!stop.stop_requested() && m_samples.fullAtNs == 0) {
        const qint64 now = monotonicNs();
        takeRequests(now);
        if (now >= rescanDueNs) {
            rescan(now);
            rescanDueNs = now + rescanNs;
        }
        sweep(now);
        // The next sweep is due on the grid; a late one skips what it missed.
        dueNs += interval;
        if (const qint64 after = monotonicNs(); dueNs <= after)
            dueNs += ((after - dueNs) / interval + 1) * interval;
        std::unique_lock lock(m_mutex);
        m_wake.wait_until(lock, stop, std::chrono::steady_clock::time_point(std::chrono::nanoseconds(dueNs)),
                          [] { return false; });
    }
    const qint64 endNs = monotonicNs();
    for (const auto& [tid, watched] : m_watched)
        m_samples.threads[watched.track].endNs = endNs;
    m_watched.clear(); // closes every file
    m_processes.clear();
    m_kept = 0;
    m_samples.cost.cpuNs = Platform::threadCpuNs() - cpuAtStart;
    m_samples.cost.wallNs = endNs - startNs;
}

void ThreadSampler::takeRequests(qint64 now)
{
    std::vector<std::pair<qint64, qint64>> requests;
    {
        std::lock_guard lock(m_mutex);
        requests.swap(m_requests);
    }
    for (const auto& [pid, tid] : requests) {
        if (tid != 0) {
            addThread(pid, tid, now);
        } else if (std::find(m_processes.cbegin(), m_processes.cend(), pid) == m_processes.cend()) {
            m_processes.push_back(pid);
            for (qint64 t : ProcStat::listThreads(pid))
                addThread(pid, t, now);
        }
    }
}

// New threads of the watched processes (a pool's, started as tasks come); a process that has
// gone has no threads left to look for.
void ThreadSampler::rescan(qint64 now)
{
    std::erase_if(m_processes, [this, now](qint64 pid) {
        const QList<qint64> tids = ProcStat::listThreads(pid);
        for (qint64 tid : tids)
            addThread(pid, tid, now);
        return tids.isEmpty();
    });
}

void ThreadSampler::addThread(qint64 pid, qint64 tid, qint64 now)
{
    if (m_watched.contains(tid))
        return;
    // Two descriptors a thread: a quarter of the process's allowance at most, so that the run's pipes
    // and files never go short for them (a CPython run rarely has more than a few dozen threads).
    static const size_t mostWatched =
        size_t(std::max<qint64>(8, Platform::openFileLimit().value_or(1024) / 8));
    if (m_watched.size() >= mostWatched)
        return;
    ProcStat::ThreadProbe probe(pid, tid);
    if (!probe.isOpen())
        return; // gone already, or no file left to open it with
    m_samples.threads.push_back({pid, tid, {}, now});
    m_watched.emplace(tid, Watched{std::move(probe), m_samples.threads.size() - 1});
}

void ThreadSampler::sweep(qint64 now)
{
    ++m_samples.cost.sweeps;
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        ThreadTrack& track = m_samples.threads[it->second.track];
        track.endNs = now;
        const std::optional<ProcStat::ThreadLook> look = it->second.probe.look();
        ++m_samples.cost.looks;
        if (!look) { // it has ended: a later thread may get its id
            it = m_watched.erase(it);
            continue;
        }
        if (track.looks.empty() || !(track.looks.back().look == *look)) {
            track.looks.push_back({now, *look});
            if (++m_kept >= maxLooks)
                m_samples.fullAtNs = now;
        }
        ++it;
    }
}

} // namespace Lab
