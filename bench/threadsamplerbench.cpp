// The CPython thread sampler's own cost (measure/threadsampler.h): threads of ours looked at every
// millisecond, as a CPython run's are. Most of a run's threads wait for long stretches (its main
// thread on a join, a pool's idle threads on their queue); those that take turns on the GIL change
// what they wait in every few ms, and each change costs the sampler a full look (the call a thread
// waits in and its futex word) where an unchanged thread costs it one small read.
#include "benchcontext.h"

#include "measure/threadsampler.h"
#include "platform/process.h"

#include <condition_variable>
#include <latch>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace Lab::Bench {

namespace {

constexpr int sampledThreads = 8;
constexpr int turnTakers = 2; // of them
constexpr std::chrono::milliseconds interval{1};

// Threads that each tell their id, then wait until it goes: on a condition variable all along, or
// (the turn-takers) 3 ms on it and 2 ms in a sleep, over and over, using next to no CPU.
class SampledThreads {
public:
    SampledThreads() : m_ready(sampledThreads), m_tids(sampledThreads)
    {
        for (size_t i = 0; i < m_tids.size(); ++i) {
            m_threads.emplace_back([this, i] {
                m_tids[i] = Platform::currentTid();
                m_ready.count_down();
                i < turnTakers ? takeTurns() : waitAllAlong();
            });
        }
        m_ready.wait();
    }
    ~SampledThreads()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
    }
    SampledThreads(const SampledThreads&) = delete;
    SampledThreads& operator=(const SampledThreads&) = delete;

    const std::vector<qint64>& tids() const { return m_tids; }

private:
    void waitAllAlong()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_done; });
    }
    void takeTurns()
    {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, std::chrono::milliseconds(3), [this] { return m_done; })) {
            lock.unlock();
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            lock.lock();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::latch m_ready;
    std::vector<qint64> m_tids;          // each written once, before m_ready counts it down
    std::vector<std::jthread> m_threads; // last: they go (joined) before what they use
};

// One repeat: `tids` (of ours) looked at every interval for `ms`; the CPU of a sweep, % of a core.
std::optional<double> samplerCost(const Context& x, const std::vector<qint64>& tids, int ms)
{
    ThreadSampler sampler(interval);
    for (qint64 tid : tids)
        sampler.watchThread(Platform::currentPid(), tid);
    sampler.start();
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    const ThreadSamplerCost cost = sampler.stop().cost;
    if (cost.looks != cost.sweeps * qint64(tids.size())) {
        x.say(u"thread sampler: %1 looks in %2 sweeps, not %3 each"_s.arg(cost.looks)
                  .arg(cost.sweeps)
                  .arg(tids.size()));
        return std::nullopt;
    }
    // Per sweep, at one sweep an interval: sweeps a busy machine made late are not made up, and
    // would otherwise make the sampler look cheaper than it is.
    return cost.percentOfCoreAt(interval);
}

} // namespace

// Beside it, the sampler looking at nothing: what waking a thousand times a second costs on this
// machine alone (a few µs a wake on bare metal, far more in some virtual machines).
void threadSampler(Context& x)
{
    const int ms = x.options.quick ? 500 : 2000;
    x.say(
        u"thread sampler: %1 blocked threads looked at every %2 ms for %3 ms, then none"_s.arg(sampledThreads)
            .arg(interval.count())
            .arg(ms));
    const SampledThreads threads;
    Series cpu;
    Series wakeUps;
    x.rounds([&](bool counted) {
        const MachineWatch watch;
        const std::optional<double> looking = samplerCost(x, threads.tids(), ms);
        const std::optional<double> waking = samplerCost(x, {}, ms);
        if (!counted || !looking || !waking)
            return;
        const auto machine = disturbanceOf(watch, {});
        cpu.add(*looking, machine);
        wakeUps.add(*waking, machine);
    });
    Figure f =
        figure(u"thread_sampler_cpu_pct"_s,
               u"thread sampler: CPU looking at %1 threads every %2 ms (% of one core)"_s.arg(sampledThreads)
                   .arg(interval.count()),
               u"%"_s, cpu);
    f.target = bound(3, false, f.unit);
    x.add(f);
    x.add(figure(
        u"thread_sampler_wakeups_cpu_pct"_s,
        u"thread sampler: CPU of its wake-ups alone, every %1 ms (% of one core)"_s.arg(interval.count()),
        u"%"_s, wakeUps));
}

} // namespace Lab::Bench
