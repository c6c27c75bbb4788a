#pragma once

#include "platform/procstat.h"

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Lab {

// One sampled thread: what it was found doing, kept as the changes only (a thread that sleeps for a
// second is one look, not a thousand). Each look holds from its time to the next one's, the last
// to endNs. Times are absolute monotonicNs() values; every thread seen in one sweep gets the
// sweep's time, so that the looks of different threads line up.
struct ThreadTrack {
    struct Look {
        qint64 atNs = 0;
        ProcStat::ThreadLook look;
    };
    qint64 pid = 0;
    qint64 tid = 0;
    std::vector<Look> looks;
    qint64 endNs = 0; // when it was found gone, or sampling stopped
};

// What the sampling cost its own thread.
struct ThreadSamplerCost {
    qint64 cpuNs = 0;  // the sampler thread's CPU time
    qint64 wallNs = 0; // from its start to its stop
    qint64 sweeps = 0; // looks at every watched thread
    qint64 looks = 0;  // threads looked at, over all sweeps
    // The CPU of one sweep, as a share of one core at one sweep per `interval`.
    double percentOfCoreAt(std::chrono::microseconds interval) const;
};

struct ThreadSamples {
    std::vector<ThreadTrack> threads;
    ThreadSamplerCost cost;
    // When it stopped for having kept ThreadSampler::maxLooks looks; 0: it did not.
    qint64 fullAtNs = 0;
};

// Looks at other processes' threads every `interval` from a thread of its own, through
// /proc/<pid>/task/<tid>/{stat,syscall} kept open: for a CPython run, its interpreter and its pool's
// processes. Sweeps are due at absolute times (start + k × interval); one that comes late does not
// move the ones after it, and those missed are skipped, not made up. Stops at once when asked.
// Thread-safe: watch() from any thread; what it finds is handed over once, by stop().
class ThreadSampler {
public:
    explicit ThreadSampler(std::chrono::microseconds interval = std::chrono::milliseconds(1));
    ~ThreadSampler();
    ThreadSampler(const ThreadSampler&) = delete;
    ThreadSampler& operator=(const ThreadSampler&) = delete;

    // Every thread of `pid` from now on: those there now, and new ones within rescanEvery.
    void watchProcess(qint64 pid);
    // One thread, from its next sweep; its process's other threads are not looked for.
    void watchThread(qint64 pid, qint64 tid);
    void start();
    bool isRunning() const { return m_thread.joinable(); }
    std::chrono::microseconds interval() const { return m_interval; }
    // Ends sampling within one look and hands over every thread seen; nothing on a second call.
    ThreadSamples stop();

    static constexpr std::chrono::milliseconds rescanEvery{10};
    // About 100 MB of looks (hours of a CPython run whose 8 threads take turns on the GIL): it
    // stops there rather than fill the memory.
    static constexpr qint64 maxLooks = 4'000'000;

private:
    struct Watched {
        ProcStat::ThreadProbe probe;
        size_t track = 0; // index into m_samples.threads
    };
    void run(const std::stop_token& stop);
    void takeRequests(qint64 now);
    void rescan(qint64 now);
    void addThread(qint64 pid, qint64 tid, qint64 now);
    void sweep(qint64 now);

    const std::chrono::microseconds m_interval;
    // Shared with watch(): what to look at next.
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::vector<std::pair<qint64, qint64>> m_requests; // (pid, tid); tid 0: the whole process
    // The sampler thread's alone until stop() has joined it.
    std::vector<qint64> m_processes;
    std::unordered_map<qint64, Watched> m_watched; // by tid
    ThreadSamples m_samples;
    qint64 m_kept = 0; // looks in m_samples
    std::jthread m_thread;
};

} // namespace Lab
