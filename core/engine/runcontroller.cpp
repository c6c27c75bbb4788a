#include "engine/runcontroller.h"

#include "canceltoken.h"
#include "engine/blockingexecutor.h"
#include "engine/coroutineexecutor.h"
#include "engine/processexecutor.h"
#include "engine/recorder.h"
#include "files.h"
#include "measure/cpusampler.h"
#include "platform/process.h"
#include "platform/procstat.h"
#include "python/pythonexecutor.h"

namespace Lab {

namespace {

constexpr int flushIntervalMs = 33; // at most ~30 updates a second reach the front end

} // namespace

std::unique_ptr<Executor> makeExecutor(ExecutorContext context)
{
    if (context.config.runtime == Runtime::Python)
        return std::make_unique<PythonExecutor>(std::move(context));
    switch (context.config.strategy) {
    case Strategy::Sequential:
    case Strategy::Threads:
        return std::make_unique<BlockingExecutor>(std::move(context));
    case Strategy::Coroutines:
        return std::make_unique<CoroutineExecutor>(std::move(context));
    case Strategy::Processes:
        return std::make_unique<ProcessExecutor>(std::move(context));
    case Strategy::Cluster: // CPython's only: refused before a run is made (see Check::config())
        break;
    }
    return nullptr;
}

RunController::RunController(RunConfig config, int runIndex, ProcStat::FrontEndThread frontEnd,
                             std::shared_ptr<CancelToken> cancel)
    : m_config(std::move(config)), m_runIndex(runIndex), m_frontEnd(frontEnd), m_cancel(std::move(cancel))
{
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &RunController::flush);
}

RunController::~RunController()
{
    // Executors stop their threads and kill their processes as they go.
    m_cancel->cancel();
    m_executor.reset();
    m_sampler.reset();
}

void RunController::start()
{
    m_startedUtc = QDateTime::currentDateTimeUtc();
    m_appCpuAtStart = Platform::ownCpuTimes();
    m_frontEndCpuAtStart = ProcStat::readThreadCpu(m_frontEnd.tid).value_or(CpuTimes{});
    m_machine.emplace();
    // A folder of its own: another run given the same --out (a second learner, the next strategy
    // of the batch) writes log files of the same names, and the read-back would see theirs.
    const Files::NewFolder folder =
        m_config.workload == Workload::Logs ? Files::makeNewFolder(m_config.outDir) : Files::NewFolder{};
    if (!folder.path.isEmpty())
        m_config.outDir = folder.path;
    m_recorder = std::make_shared<Recorder>(makeTasks(m_config), monotonicNs());
    if (!folder.error.isEmpty()) {
        fail(folder.error);
        complete();
        return;
    }
    m_sampler = std::make_unique<SamplerThread>(
        m_recorder->startNs(), m_frontEnd,
        [recorder = m_recorder](CpuSample s) { recorder->addSample(std::move(s)); });
    m_executor = makeExecutor({m_config, m_recorder, m_cancel});
    connect(m_executor.get(), &Executor::finished, this, &RunController::complete);
    connect(m_executor.get(), &Executor::failed, this, &RunController::fail);
    connect(m_executor.get(), &Executor::workerProcessesChanged, this,
            [this](const QList<qint64>& pids) { m_sampler->setWorkerPids(pids); });
    m_flushTimer.start();
    m_executor->start();
}

void RunController::cancel()
{
    m_cancel->cancel();
    if (m_executor)
        m_executor->cancel();
}

void RunController::fail(const QString& reason)
{
    if (m_error.isEmpty())
        m_error = reason;
}

void RunController::flush()
{
    RunProgress p = m_recorder->takeProgress();
    p.runIndex = m_runIndex;
    p.elapsedNs = monotonicNs() - m_recorder->startNs();
    if (!p.events.isEmpty() || !p.samples.isEmpty())
        Q_EMIT progress(p);
}

void RunController::complete()
{
    if (m_completed)
        return;
    m_completed = true;
    const qint64 endNs = monotonicNs();
    m_flushTimer.stop();
    m_sampler.reset();
    flush();

    auto result = std::make_shared<RunResult>();
    result->config = m_config;
    result->tasks = m_recorder->tasks();
    result->spans = m_recorder->takeSpans();
    result->workers = m_recorder->workers();
    result->samples = m_recorder->samples();
    result->startedUtc = m_startedUtc;
    result->wallNs = m_recorder->workEndNs().value_or(endNs) - m_recorder->startNs();
    result->startUpNs = m_recorder->startUpNs();
    addCpu(*result);
    // All the machine did meanwhile, CPython's start-up among it, as the run's own CPU is counted.
    if (m_machine)
        result->machine = m_machine->machine();
    if (m_executor) // none when the run failed before it began
        result->interpreter = m_executor->interpreter();
    if (m_config.runtime == Runtime::Cpp) {
        result->threads = engineThreads(*result);
        if (result->gilKind() == GilKind::Simulated)
            result->gilHolder = engineGilHolder(*result);
    } else {
        result->threads = m_recorder->threads();
        result->gilHolder = m_recorder->gilHolder();
    }
    result->counter = m_recorder->counter();
    result->deadlock = m_recorder->deadlock();
    result->cluster = m_recorder->cluster();
    result->lostAttempts = m_recorder->lostAttempts();
    // A deadlock is ended by cancelling the waits; it is not the person's cancel.
    result->cancelled = m_cancel->isCancelled() && result->deadlock.isEmpty();
    result->error = m_error;
    for (TaskSpan& span : result->spans) {
        if (span.status == TaskStatus::NotStarted && result->cancelled)
            span.status = TaskStatus::Cancelled;
    }
    Q_EMIT finished(result);
}

// The front end's thread apart from the engine's: the window's drawing is not the run's work.
void RunController::addCpu(RunResult& result) const
{
    const CpuTimes now = Platform::ownCpuTimes();
    const CpuTimes front = ProcStat::readThreadCpu(m_frontEnd.tid).value_or(m_frontEndCpuAtStart);
    result.frontEndCpu = {front.userNs - m_frontEndCpuAtStart.userNs,
                          front.systemNs - m_frontEndCpuAtStart.systemNs};
    result.appCpu = {
        std::max<qint64>(0, now.userNs - m_appCpuAtStart.userNs - result.frontEndCpu.userNs),
        std::max<qint64>(0, now.systemNs - m_appCpuAtStart.systemNs - result.frontEndCpu.systemNs)};
    if (m_executor)
        result.workersCpu = m_executor->workersCpu();
}

} // namespace Lab
