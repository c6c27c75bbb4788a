#pragma once

#include "platform/procstat.h"
#include "runresult.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace Lab {

class CancelToken;
class RunController;

// The front ends' door to the engine. Lives in the caller's thread and never blocks it: runs go
// to the lab thread, a long-lived thread with its own event loop that also owns the worker
// processes; results come back as values.
class Engine final : public QObject {
    Q_OBJECT
public:
    explicit Engine(QObject* parent = nullptr);
    // Cancels a run that is going and waits (briefly) for its threads and processes to end.
    ~Engine() override;

    // Returns false when a run is already going.
    bool start(const RunConfig& config);
    void cancel();
    bool isRunning() const { return !m_current.isNull(); }

Q_SIGNALS:
    void progress(const Lab::RunProgress& progress);
    void runFinished(const Lab::RunResultPtr& result);

private:
    void onFinished(const Lab::RunResultPtr& result);

    QThread m_labThread;
    QPointer<RunController> m_current;
    std::shared_ptr<CancelToken> m_cancel;
    const ProcStat::FrontEndThread m_frontEnd; // the thread that made us: its drawing is not the run's CPU
    int m_runs = 0;
};

} // namespace Lab
