#include "python/pythonruntime.h"

#include "platform/process.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrentRun>

#include <set>

using namespace Qt::StringLiterals;

namespace Lab::Python {

namespace {

constexpr int probeTimeoutMs = 5000;

// Where the shipped scripts are written out: once per process, removed when it ends.
const QTemporaryDir* scriptsDir()
{
    static const auto dir = [] {
        auto d = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"concurrency-lab-python-XXXXXX"_s));
        if (!d->isValid())
            return std::unique_ptr<QTemporaryDir>();
        for (const QString& folder : {u":/python"_s, u":/bench"_s}) {
            QDir().mkpath(d->filePath(folder.mid(2)));
            QDirIterator it(folder, QDir::Files);
            while (it.hasNext()) {
                const QString from = it.next();
                if (!QFile::copy(from, d->filePath(from.mid(2))))
                    return std::unique_ptr<QTemporaryDir>();
            }
        }
        return d;
    }();
    return dir.get();
}

QString writtenOut(const QString& relative)
{
    const QTemporaryDir* dir = scriptsDir();
    if (!dir)
        return {};
    const QString path = dir->filePath(relative);
    return QFileInfo::exists(path) ? path : QString();
}

} // namespace

QString describe(const Interpreter& interpreter)
{
    const QString name = u"CPython %1"_s.arg(interpreter.version);
    return interpreter.freeThreaded ? Tr::tr("%1 (no GIL)").arg(name) : name;
}

std::optional<Interpreter> probe(const QString& path)
{
    QProcess p;
    // At the lowest priority: a pyenv shim is a shell script that starts several programs, and the
    // window that asked must not wait for the CPU while they run. In a group of its own, which
    // ends with the probe: whatever the program started must not live on after it.
    Platform::setUpChild(p, {.ownProcessGroup = true, .lowestPriority = true});
    p.setProgram(path);
    p.setArguments({u"-c"_s, u"import importlib.util, platform, sys, sysconfig\n"
                             "print(platform.python_implementation(), platform.python_version(),\n"
                             "      int(bool(sysconfig.get_config_var('Py_GIL_DISABLED'))),\n"
                             "      int(sys.version_info >= (3, 9)),\n"
                             "      int(importlib.util.find_spec('distributed') is not None))"_s});
    p.start();
    const qint64 pid = p.waitForStarted(probeTimeoutMs) ? p.processId() : 0;
    const auto endGroup = qScopeGuard([pid] { Platform::killProcessGroup(pid); });
    if (!p.waitForFinished(probeTimeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return std::nullopt;
    }
    const QStringList words = QString::fromUtf8(p.readAllStandardOutput()).simplified().split(u' ');
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || words.size() != 5 ||
        words.at(0) != u"CPython"_s || words.at(3) != u"1"_s)
        return std::nullopt;
    return Interpreter{QFileInfo(path).absoluteFilePath(), words.at(1), words.at(2) == u"1"_s,
                       words.at(4) == u"1"_s};
}

QList<Interpreter> discover()
{
    static const QRegularExpression name(u"^python3(\\.\\d+t?)?$"_s);
    QStringList candidates;
    if (const QString python3 = QStandardPaths::findExecutable(u"python3"_s); !python3.isEmpty())
        candidates.append(python3);
    for (const QString& folder : qEnvironmentVariable("PATH").split(u':', Qt::SkipEmptyParts)) {
        const QFileInfoList files = QDir(folder).entryInfoList({u"python3.*"_s}, QDir::Files, QDir::Name);
        for (const QFileInfo& f : files) {
            if (name.match(f.fileName()).hasMatch() && f.isExecutable())
                candidates.append(f.absoluteFilePath());
        }
    }
    QList<Interpreter> found;
    std::set<QString> seen; // python3 is usually a link to one of the others
    for (const QString& path : std::as_const(candidates)) {
        if (!seen.insert(QFileInfo(path).canonicalFilePath()).second)
            continue;
        if (const auto interpreter = probe(path))
            found.append(*interpreter);
    }
    return found;
}

std::optional<Interpreter> findDefault()
{
    const QString python3 = QStandardPaths::findExecutable(u"python3"_s);
    if (auto found = python3.isEmpty() ? std::nullopt : probe(python3))
        return found;
    const QList<Interpreter> all = discover();
    return all.isEmpty() ? std::nullopt : std::optional(all.first());
}

namespace {

std::optional<Interpreter> lookForDask()
{
    QStringList tried;
    for (const QString& path : {QStandardPaths::findExecutable(u"python3"_s), u"/usr/bin/python3"_s}) {
        const QString resolved = QFileInfo(path).canonicalFilePath();
        if (path.isEmpty() || tried.contains(resolved))
            continue;
        tried.append(resolved);
        if (auto found = probe(path); found && found->dask)
            return found;
    }
    const QList<Interpreter> all = discover();
    const auto withDask = std::ranges::find_if(all, &Interpreter::dask);
    return withDask == all.end() ? std::nullopt : std::optional(*withDask);
}

} // namespace

// Once a process: a command line asks for it for each lab it reads.
std::optional<Interpreter> findWithDask()
{
    static const std::optional<Interpreter> found = lookForDask();
    return found;
}

QFuture<QList<Interpreter>> discoverOnce()
{
    static const QFuture<QList<Interpreter>> future = QtConcurrent::run(&discover);
    return future;
}

QString installHint()
{
    return Tr::tr("No Python 3.9 or newer was found on PATH: install it (sudo apt install python3) "
                  "and start the app again.");
}

QString daskInstallHint()
{
    return Tr::tr("the cluster needs a Python with Dask distributed, and none was found: install it "
                  "(sudo apt install python3-distributed) and start the app again.");
}

QString labScript(const RunConfig& config)
{
    switch (config.labNumber) {
    case 5:
        return writtenOut(u"python/05_blocking_in_async.py"_s);
    case 6:
        return writtenOut(u"python/06_race_on_a_counter.py"_s);
    case 7:
        return writtenOut(u"python/07_tiny_tasks_in_a_pool.py"_s);
    case 8:
        return writtenOut(u"python/08_deadlock.py"_s);
    default:
        break;
    }
    switch (config.workload) {
    case Workload::Weather:
        return writtenOut(u"python/01_async_io_weather.py"_s);
    case Workload::Logs:
        return writtenOut(u"python/02_threaded_logs.py"_s);
    case Workload::Squares:
        return writtenOut(u"python/03_process_pool_math.py"_s);
    case Workload::Counter: // the mistakes labs' only
    case Workload::Locks:
        break;
    }
    return {};
}

QString benchScript(const QString& fileName)
{
    return writtenOut(u"bench/"_s + fileName);
}

} // namespace Lab::Python
