#include "platform/process.h"

#include <algorithm>
#include <csignal>
#include <cstring>
#include <ctime>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace Lab::Platform {

namespace {

qint64 nanoseconds(const timeval& t)
{
    return qint64(t.tv_sec) * 1'000'000'000 + qint64(t.tv_usec) * 1000;
}

} // namespace

qint64 currentPid()
{
    return ::getpid();
}

qint64 currentTid()
{
    return ::gettid();
}

CpuTimes ownCpuTimes()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return {nanoseconds(usage.ru_utime), nanoseconds(usage.ru_stime)};
}

CpuTimes childrenCpuTimes()
{
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    return {nanoseconds(usage.ru_utime), nanoseconds(usage.ru_stime)};
}

qint64 ownCpuNs()
{
    timespec t{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

qint64 threadCpuNs()
{
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

std::optional<qint64> openFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return std::nullopt;
    // Far above any real limit, and within qint64 whatever rlim_t is.
    return qint64(std::min<rlim_t>(limit.rlim_cur, rlim_t(1) << 40));
}

QString signalName(int signal)
{
    const char* name = ::sigdescr_np(signal);
    return name ? QString::fromUtf8(name) : QString();
}

void setUpChild(QProcess& process, ChildSetup setup)
{
    const pid_t parent = ::getpid();
    // Between fork and exec: async-signal-safe calls only.
    process.setChildProcessModifier([parent, setup] {
        if (setup.ownProcessGroup)
            ::setpgid(0, 0);
        if (setup.lowestPriority)
            (void)::nice(19);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // the parent went before prctl took effect
            ::_exit(1);
    });
}

bool killProcessGroup(qint64 pid)
{
    return pid > 0 && ::kill(-pid_t(pid), SIGKILL) == 0;
}

bool terminateProcessGroup(qint64 pid)
{
    return pid > 0 && ::kill(-pid_t(pid), SIGTERM) == 0;
}

void ignoreBrokenPipe()
{
    std::signal(SIGPIPE, SIG_IGN);
}

void ignoreFileSizeLimit()
{
    std::signal(SIGXFSZ, SIG_IGN);
}

void disableCoreDumps()
{
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
}

void crashBySegfault()
{
    std::signal(SIGSEGV, SIG_DFL); // a sanitizer's handler would report and exit instead
    std::raise(SIGSEGV);
}

void killSelf()
{
    std::raise(SIGKILL);
}

void exitImmediately(int code)
{
    ::_exit(code);
}

void sleepForever()
{
    for (;;)
        ::pause();
}

} // namespace Lab::Platform
