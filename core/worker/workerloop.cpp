#include "worker/workerloop.h"

#include "canceltoken.h"
#include "engine/recorder.h"
#include "platform/pipes.h"
#include "platform/process.h"
#include "translation.h"
#include "worker/protocol.h"
#include "worker/testfaults.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <vector>

namespace Lab {

namespace {

Protocol::Result runTask(const Protocol::Task& task, CancelToken& neverCancelled)
{
    Protocol::Result result;
    result.id = task.spec.id;
    StateLog states;
    result.startNs = monotonicNs();
    states.enter(TaskState::Running, result.startNs);
    TaskOutcome outcome = executeBlocking(task.spec, {&neverCancelled, nullptr, task.workerName, &states});
    result.endNs = monotonicNs();
    const auto slices = states.close(result.endNs);
    result.states.assign(slices.begin(), slices.end());
    result.status = outcome.status;
    result.text = std::move(outcome.text);
    return result;
}

// More than about a millisecond: g++ -O2 sums a million squares in about 0.6 ms.
bool mayTakeLong(const TaskSpec& task)
{
    return task.delayMs > 0 || task.n >= 1'000'000;
}

class Loop {
public:
    Loop(int inFd, int outFd, TestFaults::Fault fault) : m_inFd(inFd), m_outFd(outFd), m_fault(fault) {}
    int run();

private:
    void beforeTask(const TaskSpec& task);
    bool flush();
    bool runWholeFrames();

    const int m_inFd;
    const int m_outFd;
    const TestFaults::Fault m_fault; // none, unless a test asked for one
    int m_done = -1;                 // tasks done, -1 before the hello
    CancelToken m_neverCancelled;
    QByteArray m_inbox;
    std::vector<Protocol::Result> m_held; // done, not yet written
};

// The results held back, in one write; each but the last says that more follow it, so that the
// app charges their way back once (a batch's), not once a task. A failed write means the app has
// gone: the next write, or PR_SET_PDEATHSIG, ends us.
bool Loop::flush()
{
    if (m_held.empty())
        return true;
    QByteArray bytes;
    for (size_t i = 0; i < m_held.size(); ++i) {
        m_held[i].moreInWrite = i + 1 < m_held.size();
        bytes += Protocol::encode(m_held[i]);
    }
    m_held.clear();
    return Platform::writeAll(m_outFd, bytes);
}

void Loop::beforeTask(const TaskSpec& task)
{
    // Results held back for one write go out before a task that may be long, so that the app
    // neither waits for them nor charges that task's time (a timeout, a crash) to them.
    if (mayTakeLong(task))
        flush();
    if (!m_fault.strikesAt(m_done))
        return;
    flush(); // so that the fault hits this task and no other
    m_fault.strike(task.id, m_outFd);
}

// Runs the whole task frames of the inbox; false on bytes that are not a frame.
bool Loop::runWholeFrames()
{
    qsizetype pos = 0; // a batch of a thousand frames is not moved up a thousand times
    for (;;) {
        const Protocol::Decoded d = Protocol::decode(QByteArrayView(m_inbox).sliced(pos));
        if (d.status == Protocol::DecodeStatus::NeedMore)
            break;
        if (d.status != Protocol::DecodeStatus::Ok) {
            std::fprintf(stderr, "worker: %s\n", qPrintable(Protocol::describe(d.status)));
            return false;
        }
        if (const auto* task = std::get_if<Protocol::Task>(&d.frame)) {
            beforeTask(task->spec);
            m_held.push_back(runTask(*task, m_neverCancelled));
            ++m_done;
        }
        pos += d.consumed;
    }
    m_inbox.remove(0, pos);
    return true;
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
        if (!flush())
            return 1;
        const qsizetype n = Platform::readSome(m_inFd, chunk, sizeof(chunk));
        if (n < 0)
            return 1;
        if (n == 0)
            break;
        m_inbox.append(chunk, n);
    }
    if (!m_inbox.isEmpty()) {
        // The app writes whole frames: part of one means its input was cut off, not that it is done.
        std::fprintf(stderr, "worker: %s\n", qPrintable(Protocol::describeCutFrame(m_inbox)));
        return 3;
    }
    const CpuTimes cpu = Platform::ownCpuTimes();
    const Protocol::Bye bye{cpu.userNs / 1000, cpu.systemNs / 1000};
    return Platform::writeAll(m_outFd, Protocol::encode(bye)) ? 0 : 1;
}

// In the app's language, as the pool asks. The app always has one, and English needs its own
// plurals ("10 lines") too. Qt translates only through a QCoreApplication: one of our own, unless
// the program has one already (a test's). Without the variable (a worker started by hand) there is
// nothing to load, and the start stays as quick as it was.
std::unique_ptr<QCoreApplication> speakTheAppsLanguage()
{
    const QString language = qEnvironmentVariable(workerLanguageVariable);
    if (language.isEmpty())
        return nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance()) {
        static int argc = 1; // the application keeps references to these for its life
        static char name[] = "concurrency-lab-worker";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // False for Qt's own strings, which only the window shows; without the app's own, the
    // English of the sources is all there is to say.
    installTranslation(language);
    return app;
}

} // namespace

int runWorkerLoop(int inFd, int outFd)
{
    // A parent that went away must end us through EPIPE, not a signal that leaves no trace.
    Platform::ignoreBrokenPipe();
    const std::unique_ptr<QCoreApplication> app = speakTheAppsLanguage(); // before a word is said
    const std::optional<TestFaults::Fault> fault = TestFaults::Fault::fromEnvironment();
    if (!fault)
        return 2;
    return Loop(inFd, outFd, *fault).run();
}

} // namespace Lab
