#pragma once

#include "engine/engine.h"
#include "labtypes.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

// Shared by the tests: every Qt warning is a failure, and a run of the engine to its end.
Q_DECLARE_METATYPE(Lab::Workload)
Q_DECLARE_METATYPE(Lab::Strategy)

namespace LabTest {

// Time bounds are checked on the Release build; a Debug build under AddressSanitizer runs several
// times slower, so there they are widened by this much. Correctness checks do not change.
#ifdef CL_SANITIZED
inline constexpr int timeFactor = 5;
inline constexpr bool sanitized = true;
#else
inline constexpr int timeFactor = 1;
inline constexpr bool sanitized = false;
#endif

// Resident memory says nothing under AddressSanitizer, whose quarantine keeps freed memory;
// memory bounds are checked on the Release build.
inline void skipMemoryBoundsUnderSanitizers()
{
    if (sanitized)
        QSKIP("AddressSanitizer's quarantine keeps freed memory: memory bounds are checked on Release");
}

// Data rows "weather × sequential" … "squares × processes", columns `workload` and `strategy`.
inline void addEveryCombination()
{
    QTest::addColumn<Lab::Workload>("workload");
    QTest::addColumn<Lab::Strategy>("strategy");
    for (Lab::Workload w : Lab::allWorkloads) {
        for (Lab::Strategy s : Lab::allStrategies) {
            const QString name = Lab::workloadId(w) + QStringLiteral(" × ") + Lab::strategyId(s);
            QTest::newRow(name.toUtf8().constData()) << w << s;
        }
    }
}

// Every Qt warning fails the test, but for what the offscreen platform says of itself: it cannot
// honour size hints or raise a window, which is not the app's doing.
inline void failOnAnyWarning()
{
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support (propagateSizeHints|raise)\\(\\)$).*"),
        QRegularExpression::DotMatchesEverythingOption));
}

// A run of the real engine, with the real executable as the worker program.
inline Lab::RunConfig config(Lab::Workload w, Lab::Strategy s, int tasks, int delayMs = 50)
{
    Lab::RunConfig c;
    c.workload = w;
    c.strategy = s;
    c.workers = (s == Lab::Strategy::Threads || s == Lab::Strategy::Processes) ? std::min(tasks, 4) : 1;
    c.delayMs = delayMs;
    c.workerProgram = QStringLiteral(CL_APP_PATH);
    c.cities = Lab::expandCities(Lab::defaultCities(), tasks);
    c.taskCount = tasks;
    for (int i = 0; i < tasks; ++i)
        c.squaresN.append(1'000'000 + 100'000LL * i);
    return c;
}

// Runs to the end and returns the result, or null after `timeoutMs`.
inline Lab::RunResultPtr runToEnd(Lab::Engine& engine, const Lab::RunConfig& c, int timeoutMs = 60'000)
{
    QSignalSpy finished(&engine, &Lab::Engine::runFinished);
    if (!engine.start(c))
        return {};
    if (!finished.wait(timeoutMs))
        return {};
    return finished.takeFirst().at(0).value<Lab::RunResultPtr>();
}

// Running: its /proc entry exists and it is not a zombie (a zombie nobody reaps, as a container's
// PID 1 may leave it, runs no more than a process that is gone).
inline bool isRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close >= 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
}

// While it lives no file of this process (nor of a child started meanwhile) grows past `bytes`: a
// disk that fills up in the middle of a write, without mounting anything.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead
        const rlimit limit{bytes, m_saved.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};

// The running processes (zombies left out, as above) of the process group `pgid`, from /proc.
inline QList<qint64> runningInGroup(qint64 pgid)
{
    QList<qint64> found;
    for (const QString& name : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(name));
        if (!name.toLongLong() || !stat.open(QIODevice::ReadOnly))
            continue;
        // After the name in parentheses: state, parent, group.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(0) != "Z" && fields.at(2).toLongLong() == pgid)
            found.append(name.toLongLong());
    }
    return found;
}

} // namespace LabTest
