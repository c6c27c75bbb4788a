#include "worker/workerloop.h"

#include "canceltoken.h"
#include "engine/recorder.h"
#include "platform/pipes.h"
#include "platform/process.h"
#include "worker/protocol.h"

#include <QtEndian>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>

namespace Lab {

namespace {

Protocol::Result runTask(const Protocol::Task& task, CancelToken& neverCancelled)
{
    Protocol::Result result;
    result.id = task.spec.id;
    result.startNs = monotonicNs();
    TaskOutcome outcome = executeBlocking(task.spec, {&neverCancelled, nullptr, task.workerName});
    result.endNs = monotonicNs();
    result.status = outcome.status;
    result.text = std::move(outcome.text);
    return result;
}

// A worker that misbehaves on purpose, so that tests can prove the pool survives it. Set only by
// the environment (CL_WORKER_FAULT="after=N,what=KIND[,worker=K]"), never by the GUI or the CLI:
// after N tasks done well (-1: before saying hello), on the next one, the worker started K-th by
// its pool (CL_WORKER_INDEX), or every worker, does KIND.
struct WorkerFault {
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

constexpr std::pair<const char*, WorkerFault::Kind> faultNames[] = {
    {"segv", WorkerFault::Kind::Segv},
    {"abort", WorkerFault::Kind::Abort},
    {"kill", WorkerFault::Kind::Kill},
    {"hang", WorkerFault::Kind::Hang},
    {"garbage", WorkerFault::Kind::Garbage},
    {"truncated", WorkerFault::Kind::Truncated},
    {"wrongversion", WorkerFault::Kind::WrongVersion},
    {"oversized", WorkerFault::Kind::Oversized},
    {"bigcrash", WorkerFault::Kind::BigCrash},
    {"stderrflood", WorkerFault::Kind::StderrFlood},
};

std::optional<WorkerFault::Kind> faultKind(const QByteArray& name, int& exitCode)
{
    bool ok = true;
    if (name.startsWith("exit:")) {
        exitCode = name.mid(5).toInt(&ok);
        return ok ? std::optional(WorkerFault::Kind::Exit) : std::nullopt;
    }
    for (const auto& [known, kind] : faultNames) {
        if (name == known)
            return kind;
    }
    return std::nullopt;
}

// nullopt when the spec cannot be read: a mistyped test must fail, not pass with a healthy worker.
std::optional<WorkerFault> parseFault(const QByteArray& spec, const QByteArray& ownIndex)
{
    WorkerFault fault;
    if (spec.isEmpty())
        return fault;
    QByteArray worker;
    bool ok = true;
    std::optional<WorkerFault::Kind> kind;
    for (const QByteArray& part : spec.split(',')) {
        const QByteArray key = part.left(part.indexOf('='));
        const QByteArray value = part.mid(key.size() + 1);
        if (key == "after")
            fault.after = value.toInt(&ok);
        else if (key == "what")
            kind = faultKind(value, fault.exitCode);
        else if (key == "worker")
            worker = value;
        else
            ok = false;
        if (!ok)
            return std::nullopt;
    }
    if (!kind || fault.after < -1)
        return std::nullopt;
    fault.kind = worker.isEmpty() || worker == ownIndex ? *kind : WorkerFault::Kind::None;
    return fault;
}

// A well-formed result frame for `id` whose text is `textBytes` long, for the faults to break.
QByteArray resultFrame(int id, qsizetype textBytes)
{
    const qint64 now = monotonicNs();
    return Protocol::encode(Protocol::Result{id, TaskStatus::Ok, now, now, QString(textBytes, u'x')});
}

// What a fault writes on stdout in place of a result: nothing, or bytes that are not one.
QByteArray badOutput(WorkerFault::Kind kind, int id)
{
    using Kind = WorkerFault::Kind;
    QByteArray bytes;
    if (kind == Kind::Garbage) {
        std::mt19937 random(20261126); // a fixed seed, so that a failing test can be repeated
        bytes.resize(4096);
        for (char& c : bytes)
            c = char(random());
    } else if (kind == Kind::Truncated) {
        bytes = resultFrame(id, 100);
        bytes.truncate(bytes.size() / 2);
    } else if (kind == Kind::WrongVersion) {
        bytes = resultFrame(id, 10);
        qToBigEndian<quint16>(Protocol::version + 1, bytes.data() + Protocol::headerSize);
    } else if (kind == Kind::Oversized) {
        bytes.resize(Protocol::headerSize);
        qToBigEndian<quint32>(quint32(Protocol::maxFrameSize + 1), bytes.data());
    } else if (kind == Kind::BigCrash) { // more than a pipe holds, so that the app reads while we die
        bytes = resultFrame(id, 256 * 1024);
        bytes.truncate(bytes.size() / 2);
    }
    return bytes;
}

// Writes the fault's bytes, then goes on, or never returns.
void misbehave(const WorkerFault& fault, int id, int outFd)
{
    using Kind = WorkerFault::Kind;
    Platform::writeAll(outFd, badOutput(fault.kind, id));
    switch (fault.kind) {
    case Kind::Segv:
    case Kind::BigCrash:
        Platform::crashBySegfault();
        return;
    case Kind::Abort:
        std::abort();
    case Kind::Exit:
        Platform::exitImmediately(fault.exitCode);
    case Kind::Kill:
        Platform::killSelf();
        return;
    case Kind::Hang:
    case Kind::Truncated:
        Platform::sleepForever();
    case Kind::StderrFlood:
        for (int i = 0; i < 512; ++i) // 32 MiB
            Platform::writeAll(Platform::standardError, QByteArray(64 * 1024, 'e'));
        return;
    case Kind::None:
    case Kind::Garbage:
    case Kind::WrongVersion:
    case Kind::Oversized:
        return;
    }
}

// More than about a millisecond: g++ -O2 sums a million squares in about 0.6 ms.
bool mayTakeLong(const TaskSpec& task)
{
    return task.delayMs > 0 || task.n >= 1'000'000;
}

class Loop {
public:
    Loop(int inFd, int outFd, WorkerFault fault) : m_inFd(inFd), m_outFd(outFd), m_fault(fault) {}
    int run();

private:
    void beforeTask(const TaskSpec& task);
    void flush();
    bool runWholeFrames();

    const int m_inFd;
    const int m_outFd;
    const WorkerFault m_fault;
    int m_done = -1; // tasks done, -1 before the hello
    CancelToken m_neverCancelled;
    QByteArray m_inbox;
    QByteArray m_outbox;
};

void Loop::flush()
{
    // A failed write means the app has gone: the next write, or PR_SET_PDEATHSIG, ends us.
    Platform::writeAll(m_outFd, m_outbox);
    m_outbox.clear();
}

void Loop::beforeTask(const TaskSpec& task)
{
    // Results held back for one write go out before a task that may be long, so that the app
    // neither waits for them nor charges that task's time (a timeout, a crash) to them.
    if (!m_outbox.isEmpty() && mayTakeLong(task))
        flush();
    if (m_fault.kind == WorkerFault::Kind::None || m_done != m_fault.after)
        return;
    flush(); // so that the fault hits this task and no other
    misbehave(m_fault, task.id, m_outFd);
}

// Runs the whole task frames of the inbox; false on bytes that are not a frame.
bool Loop::runWholeFrames()
{
    for (;;) {
        const Protocol::Decoded d = Protocol::decode(m_inbox);
        if (d.status == Protocol::DecodeStatus::NeedMore)
            return true;
        if (d.status != Protocol::DecodeStatus::Ok) {
            std::fprintf(stderr, "worker: %s\n", qPrintable(Protocol::describe(d.status)));
            return false;
        }
        if (const auto* task = std::get_if<Protocol::Task>(&d.frame)) {
            beforeTask(task->spec);
            m_outbox += Protocol::encode(runTask(*task, m_neverCancelled));
            ++m_done;
        }
        m_inbox.remove(0, d.consumed);
    }
}

int Loop::run()
{
    beforeTask(TaskSpec{}); // a fault with after=-1 strikes before the hello
    m_done = 0;
    if (!Platform::writeAll(m_outFd, Protocol::encode(Protocol::Hello{Platform::currentPid()})))
        return 1;
    char chunk[64 * 1024];
    for (;;) {
        if (!runWholeFrames())
            return 3;
        // Everything that came is done: send the results together before waiting for more.
        if (!m_outbox.isEmpty() && !Platform::writeAll(m_outFd, m_outbox))
            return 1;
        m_outbox.clear();
        const qsizetype n = Platform::readSome(m_inFd, chunk, sizeof(chunk));
        if (n < 0)
            return 1;
        if (n == 0)
            break;
        m_inbox.append(chunk, n);
    }
    const CpuTimes cpu = Platform::ownCpuTimes();
    const Protocol::Bye bye{cpu.userNs / 1000, cpu.systemNs / 1000};
    return Platform::writeAll(m_outFd, Protocol::encode(bye)) ? 0 : 1;
}

} // namespace

int runWorkerLoop(int inFd, int outFd)
{
    // A parent that went away must end us through EPIPE, not a signal that leaves no trace.
    Platform::ignoreBrokenPipe();
    const QByteArray spec = qgetenv("CL_WORKER_FAULT");
    const std::optional<WorkerFault> fault = parseFault(spec, qgetenv("CL_WORKER_INDEX"));
    if (!fault) {
        std::fprintf(stderr, "worker: CL_WORKER_FAULT: cannot read '%s'\n", spec.constData());
        return 2;
    }
    if (fault->kind != WorkerFault::Kind::None)
        Platform::disableCoreDumps(); // a crash on purpose leaves no core file behind
    return Loop(inFd, outFd, *fault).run();
}

} // namespace Lab
