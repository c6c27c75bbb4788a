// A test aid: see testfaults.h. Nothing here runs unless CL_WORKER_FAULT is set.
#include "worker/testfaults.h"

#include "engine/recorder.h"
#include "platform/pipes.h"
#include "platform/process.h"
#include "worker/protocol.h"

#include <QtEndian>

#include <cstdio>
#include <cstdlib>
#include <random>

namespace Lab::TestFaults {

namespace {

using Kind = Fault::Kind;

constexpr std::pair<const char*, Kind> faultNames[] = {
    {"segv", Kind::Segv},
    {"abort", Kind::Abort},
    {"kill", Kind::Kill},
    {"hang", Kind::Hang},
    {"garbage", Kind::Garbage},
    {"truncated", Kind::Truncated},
    {"wrongversion", Kind::WrongVersion},
    {"oversized", Kind::Oversized},
    {"bigcrash", Kind::BigCrash},
    {"stderrflood", Kind::StderrFlood},
};

std::optional<Kind> faultKind(const QByteArray& name, int& exitCode)
{
    bool ok = true;
    if (name.startsWith("exit:")) {
        exitCode = name.mid(5).toInt(&ok);
        return ok ? std::optional(Kind::Exit) : std::nullopt;
    }
    for (const auto& [known, kind] : faultNames) {
        if (name == known)
            return kind;
    }
    return std::nullopt;
}

// A well-formed result frame for `id` whose text is `textBytes` long, for the faults to break.
QByteArray resultFrame(int id, qsizetype textBytes)
{
    const qint64 now = monotonicNs();
    return Protocol::encode(Protocol::Result{id, TaskStatus::Ok, now, now, QString(textBytes, u'x')});
}

// What a fault writes on stdout in place of a result: nothing, or bytes that are not one.
QByteArray badOutput(Kind kind, int id)
{
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
        bytes = resultFrame(id, qsizetype(256) * 1024);
        bytes.truncate(bytes.size() / 2);
    }
    return bytes;
}

} // namespace

std::optional<Fault> Fault::parse(const QByteArray& spec, const QByteArray& ownIndex)
{
    Fault fault;
    if (spec.isEmpty())
        return fault;
    QByteArray worker;
    bool ok = true;
    std::optional<Kind> kind;
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
    fault.kind = worker.isEmpty() || worker == ownIndex ? *kind : Kind::None;
    return fault;
}

std::optional<Fault> Fault::fromEnvironment()
{
    const QByteArray spec = qgetenv("CL_WORKER_FAULT");
    const std::optional<Fault> fault = parse(spec, qgetenv("CL_WORKER_INDEX"));
    if (!fault) {
        std::fprintf(stderr, "worker: CL_WORKER_FAULT: cannot read '%s'\n", spec.constData());
        return std::nullopt;
    }
    if (fault->kind != Kind::None)
        Platform::disableCoreDumps(); // a crash on purpose leaves no core file behind
    return fault;
}

bool Fault::strikesAt(int done) const
{
    return kind != Kind::None && done == after;
}

void Fault::strike(int id, int outFd) const
{
    Platform::writeAll(outFd, badOutput(kind, id));
    switch (kind) {
    case Kind::Segv:
    case Kind::BigCrash:
        Platform::crashBySegfault();
        return;
    case Kind::Abort:
        std::abort();
    case Kind::Exit:
        Platform::exitImmediately(exitCode);
    case Kind::Kill:
        Platform::killSelf();
        return;
    case Kind::Hang:
    case Kind::Truncated:
        Platform::sleepForever();
    case Kind::StderrFlood:
        for (int i = 0; i < 512; ++i) // 32 MiB
            Platform::writeAll(Platform::standardError, QByteArray(qsizetype(64) * 1024, 'e'));
        return;
    case Kind::None:
    case Kind::Garbage:
    case Kind::WrongVersion:
    case Kind::Oversized:
        return;
    }
}

} // namespace Lab::TestFaults
