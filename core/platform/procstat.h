#pragma once

#include "runresult.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>

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

// --- A thread seen from outside: what CPython's threads are doing, without touching the interpreter.

// What a look at a thread found: on a CPU (or ready for one), blocked in a futex wait (a lock, a
// condition, CPython's GIL) on an address, or blocked in anything else (a sleep, a read, a poll).
enum class ThreadActivity : quint8 { Running, Futex, Blocked };
struct ThreadLook {
    ThreadActivity activity = ThreadActivity::Running;
    quint64 futex = 0; // the futex word's address in the thread's process, for Futex
    bool operator==(const ThreadLook&) const = default;
};

// /proc/<pid>/task/<tid>/stat: the state letter after the last ')' ('R', 'S', 'D', 'Z', …); 0 when
// there is none.
char parseTaskState(QByteArrayView text);
// /proc/<pid>/task/<tid>/syscall of a thread that is not running: "running" (it has just woken), or
// the call's number and arguments; the first argument of a futex call is its word's address.
ThreadLook parseSyscall(QByteArrayView text);
// The ids of a process's threads (/proc/<pid>/task); empty when it has gone.
QList<qint64> listThreads(qint64 pid);

// One thread, looked at through its files in /proc/<pid>/task/<tid>, opened once and read again
// from offset 0 at each look (a sampler looks a thousand times a second):
//  - syscall: "running" for a thread on a CPU or ready for one (what stat calls R), else the call
//    it is blocked in; stat says nothing more;
//  - before it, schedstat (its time on a CPU, its wait for one, how often it got one), the
//    cheaper read: while it is unchanged the thread has not been on a CPU since the last look, so
//    it is still where it was then. A thread woken but not yet on a CPU is still where it waited.
// Without the right to read the syscall file (another user's process), through its stat file: a
// thread that is not running then counts as Blocked.
class ThreadProbe {
public:
    ThreadProbe(qint64 pid, qint64 tid);

    bool isOpen() const { return m_syscall.fd() >= 0 || m_stat.fd() >= 0; }
    // None when the thread has ended (gone, or a zombie).
    std::optional<ThreadLook> look();

private:
    // A descriptor, closed with its owner.
    class File {
    public:
        explicit File(int fd = -1) : m_fd(fd) {}
        ~File() { reset(); }
        File(File&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
        File& operator=(File&& other) noexcept;
        File(const File&) = delete;
        File& operator=(const File&) = delete;
        int fd() const { return m_fd; }
        void reset();

    private:
        int m_fd;
    };
    std::optional<ThreadLook> lookThroughStat() const;
    bool hasNotRunSince(QByteArrayView schedstat);

    File m_syscall;
    File m_schedstat;
    File m_stat;
    std::array<char, 64> m_lastRun{}; // schedstat at the last look that read syscall
    qsizetype m_lastRunSize = -1;     // -1: none to compare with
    std::optional<ThreadLook> m_last;
};

} // namespace Lab::ProcStat
