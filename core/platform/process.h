#pragma once

#include "runresult.h"

#include <QProcess>
#include <QString>

#include <optional>

// This process and its children, as the operating system sees them. Linux (POSIX and two GNU
// calls) today; a port to another system replaces process.cpp, pipes.cpp and procstat.cpp and
// keeps these declarations. Ids are qint64 so that no system header leaks into the rest of core.
namespace Lab::Platform {

qint64 currentPid();
qint64 currentTid(); // the kernel's id of the calling thread, as /proc and a trace name it

// CPU time of this process: all its threads, user and system.
CpuTimes ownCpuTimes();
// CPU time of the children this process has waited for, with that of the children they waited
// for in turn (a CPython pool's workers): nothing of a child that still runs.
CpuTimes childrenCpuTimes();
// The same in one number, finer grained (a CPU clock, not the 1 µs of rusage).
qint64 ownCpuNs();
// CPU time of the calling thread alone, in ns.
qint64 threadCpuNs();

// How many files this process may have open; nullopt when there is no limit or it is unknown.
std::optional<qint64> openFileLimit();

// The system's name of a signal ("Segmentation fault"); empty for a number it does not know.
QString signalName(int signal);

// --- Children.
struct ChildSetup {
    // Its own process group, that killProcessGroup() ends with whatever it started.
    bool ownProcessGroup = false;
    // The lowest CPU priority: a probe must not compete with the window that waits for it.
    bool lowestPriority = false;
};
// Before `process` starts: the child dies with the *thread* that starts it (PR_SET_PDEATHSIG), so
// that none outlives the app, even one killed by SIGKILL; start it from a long-lived thread.
void setUpChild(QProcess& process, ChildSetup setup = {});
// Kills the process group led by `pid` (a child with ownProcessGroup); false when there is none.
// Also after the leader has gone and been waited for: what it started keeps the group, and Linux
// gives no new process that id while the group has members.
bool killProcessGroup(qint64 pid);
// The same with SIGTERM, which a program may catch to end cleanly.
bool terminateProcessGroup(qint64 pid);

// --- In a worker, and in the app.
// A write to a pipe whose reader has gone fails with EPIPE instead of killing the process.
void ignoreBrokenPipe();
// A write past the file-size limit (ulimit -f) fails with EFBIG instead of killing the process.
void ignoreFileSizeLimit();
// A crash leaves no core file behind.
void disableCoreDumps();

// --- Ways to die that tests provoke on purpose (worker/testfaults.cpp).
// Dies by SIGSEGV even where a sanitizer would catch it; returns only if the signal is blocked.
void crashBySegfault();
// Dies by SIGKILL, which nothing can catch.
void killSelf();
// Exits with `code` at once: no atexit handlers, no flushed buffers.
[[noreturn]] void exitImmediately(int code);
// Sleeps until a signal ends the process.
[[noreturn]] void sleepForever();

} // namespace Lab::Platform
