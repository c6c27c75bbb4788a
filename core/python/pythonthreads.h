#pragma once

#include "measure/threadsampler.h"

#include <QHash>
#include <QString>

namespace Lab {

class Recorder;

// A CPython run's threads seen from outside: its interpreter's and its pool processes', sampled
// every millisecond from the run's start (its "run" event) to its end, and what they did handed
// to the recorder (each task's states, the threads', the GIL's holders) before the run finishes.
// Used from the executor's thread; the sampling runs on a thread of its own.
class PythonThreads {
public:
    // Starts sampling every thread of the interpreter.
    void begin(qint64 interpreterPid);
    // A worker the script named: its process is sampled too (a pool's child), its thread gets its name.
    void addWorker(qint64 pid, qint64 tid, const QString& name);
    // Stops sampling at once, keeping what it found; again, it does nothing.
    void end();
    // Ends, and tells the recorder what the threads did; nothing when nothing was sampled.
    void handOver(Recorder& recorder, bool freeThreaded);

private:
    ThreadSampler m_sampler;
    ThreadSamples m_samples;
    QHash<qint64, QString> m_names; // by tid
    qint64 m_pid = 0;
};

} // namespace Lab
