#include "platform/procstat.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include <fcntl.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Lab::ProcStat {

namespace {

qint64 ticksToNs(quint64 ticks)
{
    static const long perSecond = sysconf(_SC_CLK_TCK);
    return qint64(ticks) * (1'000'000'000 / (perSecond > 0 ? perSecond : 100));
}

QList<quint64> numbers(QByteArrayView fields)
{
    QList<quint64> out;
    for (const QByteArray& field : fields.toByteArray().simplified().split(' ')) {
        if (field.isEmpty())
            continue;
        bool ok = false;
        const quint64 v = field.toULongLong(&ok);
        if (!ok)
            return {};
        out.append(v);
    }
    return out;
}

} // namespace

QList<CoreTicks> parseStat(QByteArrayView text)
{
    QList<CoreTicks> cores;
    for (const QByteArray& line : text.toByteArray().split('\n')) {
        if (!line.startsWith("cpu"))
            continue;
        const qsizetype space = line.indexOf(' ');
        if (space < 0)
            continue;
        // user nice system idle iowait irq softirq steal [guest guest_nice, already in user]
        const QList<quint64> v = numbers(QByteArrayView(line).sliced(space));
        if (v.size() < 4)
            continue;
        CoreTicks t;
        for (qsizetype i = 0; i < std::min<qsizetype>(v.size(), 8); ++i)
            t.total += v[i];
        const quint64 idle = v[3] + (v.size() > 4 ? v[4] : 0);
        t.busy = t.total - idle;
        t.steal = v.size() > 7 ? v[7] : 0;
        cores.append(t);
    }
    return cores;
}

std::optional<CpuTimes> parsePidStat(QByteArrayView text)
{
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    // After ')': state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime
    const QList<QByteArray> fields = text.sliced(close + 1).toByteArray().simplified().split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    bool okUser = false;
    bool okSystem = false;
    const quint64 user = fields[11].toULongLong(&okUser);
    const quint64 system = fields[12].toULongLong(&okSystem);
    if (!okUser || !okSystem)
        return std::nullopt;
    return CpuTimes{ticksToNs(user), ticksToNs(system)};
}

SystemStat::SystemStat() : m_fd(::open("/proc/stat", O_RDONLY | O_CLOEXEC)) {}

SystemStat::~SystemStat()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QList<CoreTicks> SystemStat::read() const
{
    QByteArray text(8192, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::pread(m_fd, text.data(), size_t(text.size()), 0);
        if (n < 0)
            return {};
        if (n < text.size()) {
            text.truncate(n);
            return parseStat(text);
        }
        text.resize(text.size() * 2); // more cores than we made room for
    }
}

QList<float> busyPercent(const QList<CoreTicks>& before, const QList<CoreTicks>& after)
{
    QList<float> out;
    if (before.size() != after.size())
        return out;
    out.reserve(after.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        // iowait may run backwards on Linux, so busy may too: clamp instead of trusting the sign.
        const auto total = qint64(after[i].total - before[i].total);
        const auto busy = qint64(after[i].busy) - qint64(before[i].busy);
        out.append(total <= 0 ? 0.0f : std::clamp(100.0f * float(busy) / float(total), 0.0f, 100.0f));
    }
    return out;
}

MachineCpu machineCpuBetween(const CoreTicks& before, const CoreTicks& after, qint64 elapsedNs)
{
    // Counters only grow, but iowait may run backwards (see busyPercent()): never below zero.
    const auto delta = [](quint64 from, quint64 to) { return to > from ? ticksToNs(to - from) : 0; };
    MachineCpu m;
    m.totalNs = delta(before.total, after.total);
    m.stealNs = delta(before.steal, after.steal);
    m.busyNs = std::max<qint64>(0, delta(before.busy, after.busy) - m.stealNs);
    m.elapsedNs = elapsedNs;
    return m;
}

namespace {

std::optional<CpuTimes> readStatFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parsePidStat(file.readAll());
}

} // namespace

std::optional<CpuTimes> readProcessCpu(qint64 pid)
{
    return readStatFile(u"/proc/%1/stat"_s.arg(pid));
}

std::optional<qint64> parseSchedstat(QByteArrayView text)
{
    const QList<QByteArray> fields = text.toByteArray().simplified().split(' ');
    bool ok = false;
    const qint64 ns = fields.value(0).toLongLong(&ok);
    return ok && ns >= 0 ? std::optional<qint64>(ns) : std::nullopt;
}

std::optional<qint64> readProcessRunNs(qint64 pid)
{
    // Every thread: a CPython worker computes on its pool's threads, not its main one.
    const QString tasks = u"/proc/%1/task"_s.arg(pid);
    const QStringList tids = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::optional<qint64> total;
    for (const QString& tid : tids) {
        QFile file(tasks + u'/' + tid + u"/schedstat"_s);
        if (!file.open(QIODevice::ReadOnly))
            continue; // the thread has just ended
        if (const auto ns = parseSchedstat(file.readAll()))
            total = total.value_or(0) + *ns;
    }
    return total;
}

QString parseCpuModel(QByteArrayView text)
{
    for (const QByteArray& line : text.toByteArray().split('\n')) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1)).trimmed();
        }
    }
    return {};
}

QString readCpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    return file.open(QIODevice::ReadOnly) ? parseCpuModel(file.readAll()) : QString();
}

FrontEndThread FrontEndThread::current()
{
    FrontEndThread t;
    t.tid = ::gettid();
    t.valid = pthread_getcpuclockid(pthread_self(), &t.clock) == 0;
    return t;
}

qint64 FrontEndThread::cpuNs() const
{
    timespec ts{};
    if (!valid || clock_gettime(clock, &ts) != 0)
        return 0;
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

std::optional<CpuTimes> readThreadCpu(qint64 tid)
{
    return readStatFile(u"/proc/self/task/%1/stat"_s.arg(tid));
}

char parseTaskState(QByteArrayView text)
{
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return 0;
    for (qsizetype i = close + 1; i < text.size(); ++i) {
        if (text.at(i) != ' ')
            return text.at(i);
    }
    return 0;
}

namespace {

bool isFutexCall(long number)
{
#ifdef SYS_futex_time64 // 32-bit systems with a 64-bit time_t
    if (number == SYS_futex_time64)
        return true;
#endif
    return number == SYS_futex;
}

} // namespace

ThreadLook parseSyscall(QByteArrayView text)
{
    if (text.startsWith("running"))
        return {};
    const char* const end = text.data() + text.size();
    long number = -1;
    const auto [afterNumber, error] = std::from_chars(text.data(), end, number);
    if (error != std::errc() || !isFutexCall(number))
        return {ThreadActivity::Blocked, 0}; // also -1: blocked outside a call (a page fault)
    // " 0x7f61bf54e6f0 …": the futex word.
    const char* arg = afterNumber;
    while (arg < end && *arg == ' ')
        ++arg;
    if (end - arg > 2 && arg[0] == '0' && arg[1] == 'x')
        arg += 2;
    quint64 address = 0;
    std::from_chars(arg, end, address, 16);
    return {ThreadActivity::Futex, address};
}

QList<qint64> listThreads(qint64 pid)
{
    QList<qint64> tids;
    std::error_code error; // a process gone meanwhile, even halfway through: no more threads, no exception
    for (std::filesystem::directory_iterator it("/proc/" + std::to_string(pid) + "/task", error);
         !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
        const std::string name = it->path().filename().string();
        qint64 tid = 0;
        const char* nameEnd = name.data() + name.size();
        if (const auto [at, bad] = std::from_chars(name.data(), nameEnd, tid);
            bad == std::errc() && at == nameEnd)
            tids.append(tid);
    }
    return tids;
}

namespace {

int openTaskFile(qint64 pid, qint64 tid, const char* file)
{
    char path[96];
    std::snprintf(path, sizeof path, "/proc/%lld/task/%lld/%s", static_cast<long long>(pid),
                  static_cast<long long>(tid), file);
    return ::open(path, O_RDONLY | O_CLOEXEC);
}

// The start of a /proc file, read again from offset 0 (the kernel writes it anew); empty on failure.
QByteArrayView readStart(int fd, char* buffer, size_t size)
{
    const ssize_t n = ::pread(fd, buffer, size, 0);
    return n > 0 ? QByteArrayView(buffer, n) : QByteArrayView();
}

} // namespace

ThreadProbe::File& ThreadProbe::File::operator=(File&& other) noexcept
{
    if (this != &other) {
        reset();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

void ThreadProbe::File::reset()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

ThreadProbe::ThreadProbe(qint64 pid, qint64 tid) : m_syscall(openTaskFile(pid, tid, "syscall"))
{
    char buffer[128];
    if (m_syscall.fd() >= 0 && ::pread(m_syscall.fd(), buffer, sizeof buffer, 0) < 0 && errno != ESRCH)
        m_syscall.reset(); // not ours to trace: what it waits in stays unknown
    if (m_syscall.fd() >= 0)
        m_schedstat = File(openTaskFile(pid, tid, "schedstat"));
    else
        m_stat = File(openTaskFile(pid, tid, "stat"));
}

std::optional<ThreadLook> ThreadProbe::look()
{
    if (m_syscall.fd() < 0)
        return lookThroughStat();
    // The futex's address comes within the syscall file's first 40 bytes.
    char buffer[128];
    if (m_schedstat.fd() >= 0) {
        const QByteArrayView run = readStart(m_schedstat.fd(), buffer, sizeof buffer);
        if (run.isEmpty())
            return std::nullopt; // ESRCH: it has ended
        if (hasNotRunSince(run))
            return m_last;
    }
    const QByteArrayView call = readStart(m_syscall.fd(), buffer, sizeof buffer);
    if (call.isEmpty())
        return std::nullopt;
    m_last = parseSyscall(call);
    return m_last;
}

// Compares, then keeps `schedstat` for the next look.
bool ThreadProbe::hasNotRunSince(QByteArrayView schedstat)
{
    if (m_last && schedstat.size() == m_lastRunSize &&
        std::memcmp(schedstat.data(), m_lastRun.data(), size_t(schedstat.size())) == 0)
        return true;
    // A kernel without scheduler statistics writes "0 0 0" however the thread runs.
    const bool usable = schedstat.size() <= qsizetype(m_lastRun.size()) && !schedstat.startsWith("0 ");
    m_lastRunSize = usable ? schedstat.size() : -1;
    if (usable)
        std::memcpy(m_lastRun.data(), schedstat.data(), size_t(schedstat.size()));
    return false;
}

std::optional<ThreadLook> ThreadProbe::lookThroughStat() const
{
    // The state letter comes within stat's first 40 bytes (a pid, a name of at most 16, the letter).
    char buffer[128];
    const char state = parseTaskState(readStart(m_stat.fd(), buffer, sizeof buffer));
    if (state == 0 || state == 'Z' || state == 'X')
        return std::nullopt;
    return ThreadLook{state == 'R' ? ThreadActivity::Running : ThreadActivity::Blocked, 0};
}

} // namespace Lab::ProcStat
