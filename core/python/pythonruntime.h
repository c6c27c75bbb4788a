#pragma once

#include "labtypes.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>

#include <optional>

// CPython beside the engine: the interpreters this machine has, and the seed's scripts the app
// ships (embedded, written out once per process into a private folder).
namespace Lab::Python {

struct Interpreter {
    QString path;              // absolute
    QString version;           // "3.11.2"
    bool freeThreaded = false; // built without the GIL (python3.13t)
    bool dask = false;         // can import Dask distributed: can run the cluster strategy
    bool operator==(const Interpreter&) const = default;
};

// "CPython 3.11.2" or "CPython 3.13.1 (no GIL)".
QString describe(const Interpreter& interpreter);

// Asks the program at `path` who it is (blocks up to a few seconds: never on the GUI thread).
std::optional<Interpreter> probe(const QString& path);
// python3, then python3.N and python3.Nt on PATH, each once (blocks like probe()).
QList<Interpreter> discover();
// python3 on PATH if it will do, else the first that discover() finds (blocks like probe()).
std::optional<Interpreter> findDefault();
// The first that can run a Dask cluster, looked for once a process: python3 on PATH, Debian's
// /usr/bin/python3 (the one its python3-distributed serves), then the others discover() finds
// (blocks like probe() the first time).
std::optional<Interpreter> findWithDask();
// discover() on a pool thread, once per process: every window shares the answer.
QFuture<QList<Interpreter>> discoverOnce();

// What to install when there is no python3, or none that has Dask, for a tooltip or an error message.
QString installHint();
QString daskInstallHint();

// The shipped script that runs a run: a mistakes lab's own ("05_blocking_in_async.py"), else the one
// of its workload ("01_async_io_weather.py" for the weather); or a bench script by file name; empty
// when the scripts could not be written out.
QString labScript(const RunConfig& config);
QString benchScript(const QString& fileName);

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::Python)
};

} // namespace Lab::Python
