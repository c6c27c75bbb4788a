// Lab 9's events, from resources/python/labcluster.py: the Dask cluster a run had, before its
// "run" event, and a task the cluster ran again when it lost the worker running it.
//   {"event":"cluster","scheduler":A,"local":B,"start_ns":T,"ready_ns":T,"connected_ns":T,
//    "workers":[{"worker":ADDRESS,"host":H,"pid":P},...]}
//   {"event":"retry","task":I,"lost":ADDRESS,"worker":ADDRESS,"t_ns":T}
#include "engine/recorder.h"
#include "python/pythonexecutor.h"

#include <QJsonArray>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace Lab {

bool PythonExecutor::onCluster(const QJsonObject& e)
{
    const auto ns = [&e](QStringView key) { return qint64(e.value(key).toDouble(-1)); };
    const qint64 start = ns(u"start_ns");
    const qint64 ready = ns(u"ready_ns");
    const qint64 connected = ns(u"connected_ns");
    ClusterInfo info;
    info.scheduler = e.value(u"scheduler"_s).toString();
    info.local = e.value(u"local"_s).toBool(true);
    if (info.scheduler.isEmpty() || start < 0 || ready < start || connected < ready)
        return false;
    info.startUpNs = info.local ? ready - start : 0;
    info.connectNs = connected - ready;
    // A worker on another machine: its pid means nothing here, and its CPU is not this machine's.
    const QString here = QSysInfo::machineHostName();
    for (const auto& w : e.value(u"workers"_s).toArray()) {
        const QJsonObject worker = w.toObject();
        ++info.workers;
        if (worker.value(u"host"_s).toString() != here) {
            ++info.remoteWorkers;
            m_remoteWorkers.insert(worker.value(u"worker"_s).toString());
        }
    }
    m_context.recorder->setCluster(info);
    return true;
}

// The attempt on the lost worker ends here; the task's start on the other worker follows.
bool PythonExecutor::onRetry(int task, qint64 t)
{
    if (!m_running.contains(task))
        return true; // its start was never told: nothing to end
    const Running lost = m_running.take(task);
    m_context.recorder->lostAttempt({task, lost.worker, lost.startNs, t});
    return true;
}

} // namespace Lab
