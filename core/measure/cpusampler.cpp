#include "measure/cpusampler.h"

#include "engine/recorder.h"
#include "platform/process.h"

using namespace Qt::StringLiterals;

namespace Lab {

CpuSampler::CpuSampler(qint64 startNs, ProcStat::FrontEndThread frontEnd, Sink sink, int intervalMs)
    : m_startNs(startNs), m_frontEnd(frontEnd), m_sink(std::move(sink))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &CpuSampler::sample);
}

void CpuSampler::start()
{
    m_lastCores = m_stat.read();
    m_lastProcessNs = processCpuNs();
    m_lastNs = monotonicNs();
    m_timer.start();
}

void CpuSampler::setWorkerPids(const QList<qint64>& pids)
{
    std::lock_guard lock(m_pidsMutex);
    m_workerPids = pids;
}

qint64 CpuSampler::processCpuNs()
{
    qint64 total = Platform::ownCpuNs() - m_frontEnd.cpuNs();
    QList<qint64> pids;
    {
        std::lock_guard lock(m_pidsMutex);
        pids = m_workerPids;
    }
    QHash<qint64, qint64> now;
    for (qint64 pid : pids) {
        // A worker that has just exited keeps its last reading.
        now.insert(pid, ProcStat::readProcessRunNs(pid).value_or(m_workerCpuNs.value(pid)));
    }
    for (auto it = m_workerCpuNs.cbegin(); it != m_workerCpuNs.cend(); ++it) {
        if (!now.contains(it.key()))
            m_goneWorkersNs += it.value();
    }
    m_workerCpuNs = std::move(now);
    for (qint64 ns : std::as_const(m_workerCpuNs))
        total += ns;
    return total + m_goneWorkersNs;
}

void CpuSampler::sample()
{
    const QList<ProcStat::CoreTicks> cores = m_stat.read();
    const qint64 processNs = processCpuNs();
    const qint64 now = monotonicNs();
    const qint64 elapsed = std::max<qint64>(1, now - m_lastNs);
    CpuSample s;
    s.tNs = now - m_startNs;
    s.processPct = std::max(0.0, 100.0 * double(processNs - m_lastProcessNs) / double(elapsed));
    const QList<float> busy = ProcStat::busyPercent(m_lastCores, cores);
    if (!busy.isEmpty()) {
        s.systemPct = busy.first();
        s.coresPct = busy.mid(1);
    }
    m_lastCores = cores;
    m_lastProcessNs = processNs;
    m_lastNs = now;
    m_sink(std::move(s));
}

SamplerThread::SamplerThread(qint64 startNs, ProcStat::FrontEndThread frontEnd, CpuSampler::Sink sink)
    : m_sampler(new CpuSampler(startNs, frontEnd, std::move(sink)))
{
    m_thread.setObjectName(u"cpu-sampler"_s);
    m_sampler->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_sampler, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_sampler, &CpuSampler::start, Qt::QueuedConnection);
}

SamplerThread::~SamplerThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace Lab
