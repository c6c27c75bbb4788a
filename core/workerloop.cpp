#include "workerloop.h"

#include "canceltoken.h"
#include "protocol.h"
#include "recorder.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace Lab {

namespace {

bool writeAll(int fd, const QByteArray& bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

qint64 microseconds(const timeval& t)
{
    return qint64(t.tv_sec) * 1'000'000 + t.tv_usec;
}

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

} // namespace

int runWorkerLoop(int inFd, int outFd)
{
    // A parent that went away must end us through EPIPE, not a signal that leaves no trace.
    std::signal(SIGPIPE, SIG_IGN);
    CancelToken neverCancelled;
    if (!writeAll(outFd, Protocol::encode(Protocol::Hello{qint64(getpid())})))
        return 1;
    QByteArray inbox;
    QByteArray outbox;
    char chunk[64 * 1024];
    for (;;) {
        const Protocol::Decoded d = Protocol::decode(inbox);
        if (d.status == Protocol::DecodeStatus::Ok) {
            if (const auto* task = std::get_if<Protocol::Task>(&d.frame))
                outbox += Protocol::encode(runTask(*task, neverCancelled));
            inbox.remove(0, d.consumed);
            continue;
        }
        if (d.status != Protocol::DecodeStatus::NeedMore) {
            std::fprintf(stderr, "worker: %s\n", qPrintable(Protocol::describe(d.status)));
            return 3;
        }
        // Everything that came is done: send the results together before waiting for more.
        if (!outbox.isEmpty() && !writeAll(outFd, outbox))
            return 1;
        outbox.clear();
        const ssize_t n = ::read(inFd, chunk, sizeof(chunk));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return 1;
        if (n == 0)
            break;
        inbox.append(chunk, n);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return writeAll(outFd, Protocol::encode(
                               Protocol::Bye{microseconds(usage.ru_utime), microseconds(usage.ru_stime)}))
               ? 0
               : 1;
}

} // namespace Lab
