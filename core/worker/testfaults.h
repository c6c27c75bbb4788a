#pragma once

#include <QByteArray>

#include <optional>

// A TEST AID, not part of what the worker does for the app: a worker that misbehaves on purpose,
// so that tests can prove the pool survives it (tests/tst_faults.cpp, tests/tst_diskfaults.cpp;
// the fault matrix in docs/reliability.md). Switched on only by the environment, never by the
// GUI or the CLI:
//
//     CL_WORKER_FAULT="after=N,what=KIND[,worker=K]"
//
// after N tasks done well (-1: before saying hello), on the next one, the worker started K-th by
// its pool (CL_WORKER_INDEX, set by the pool), or every worker, does KIND: segv, abort, exit:CODE,
// kill, hang, garbage, truncated, wrongversion, oversized, bigcrash (a crash halfway through a
// result larger than a pipe holds), stderrflood (32 MiB on stderr, then on as usual).
namespace Lab::TestFaults {

// What the worker loop asks of it: whether the fault strikes before the next task, and to strike.
class Fault {
public:
    // From the environment; no fault when CL_WORKER_FAULT is unset. nullopt, after saying why on
    // stderr, when it cannot be read: a mistyped test must fail, not pass with a healthy worker.
    static std::optional<Fault> fromEnvironment();
    // The same from a spec and the worker's own CL_WORKER_INDEX; nullopt when `spec` cannot be read.
    static std::optional<Fault> parse(const QByteArray& spec, const QByteArray& ownIndex);

    // Before a task, with `done` tasks done (-1 before the hello): the fault's moment.
    bool strikesAt(int done) const;
    // Writes what the fault writes on `outFd` in place of task `id`'s result, then dies, hangs or
    // returns for the loop to go on.
    void strike(int id, int outFd) const;

    enum class Kind {
        None,
        Segv,
        Abort,
        Exit,
        Kill,
        Hang,
        Garbage,
        Truncated,
        WrongVersion,
        Oversized,
        BigCrash,
        StderrFlood
    };
    Kind kind = Kind::None;
    int after = 0;
    int exitCode = 0;
};

} // namespace Lab::TestFaults
