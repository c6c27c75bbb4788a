#pragma once

#include "measure/machinewatch.h"
#include "platform/procstat.h"
#include "runresult.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Lab {

class CancelToken;
class Executor;
class Recorder;
class SamplerThread;

// One run in the lab thread: starts the strategy and the sampler, forwards progress in batches,
// and delivers the immutable result.
class RunController final : public QObject {
    Q_OBJECT
public:
    // `frontEnd`: the thread of the front end, whose CPU is told apart from the run's.
    RunController(RunConfig config, int runIndex, ProcStat::FrontEndThread frontEnd,
                  std::shared_ptr<CancelToken> cancel);
    ~RunController() override;

    void start();
    void cancel();

Q_SIGNALS:
    void progress(const Lab::RunProgress& progress);
    void finished(const Lab::RunResultPtr& result);

private:
    void flush();
    void complete();
    void addCpu(RunResult& result) const;
    void fail(const QString& reason);

    RunConfig m_config; // its outDir, once start() has made the run's own folder
    const int m_runIndex;
    const ProcStat::FrontEndThread m_frontEnd;
    std::shared_ptr<CancelToken> m_cancel;
    std::shared_ptr<Recorder> m_recorder;
    std::unique_ptr<SamplerThread> m_sampler;
    std::unique_ptr<Executor> m_executor;
    QTimer m_flushTimer{this}; // a child, so that it moves with us to the lab thread
    QDateTime m_startedUtc;
    CpuTimes m_appCpuAtStart;
    CpuTimes m_frontEndCpuAtStart;
    std::optional<MachineWatch> m_machine; // from start(): what else the machine did meanwhile
    QString m_error;
    bool m_completed = false;
};

} // namespace Lab
