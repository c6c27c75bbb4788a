#pragma once

#include "measure/machineinfo.h"
#include "report/noise.h"
#include "runresult.h"

#include <QMap>
#include <QObject>
#include <QStringList>

#include <optional>

namespace Lab {

class Engine;

// A run as the front end sees it: live while it goes, whole when it has finished.
struct LiveRun {
    RunConfig config;
    QList<TaskSpec> tasks;
    std::vector<TaskSpan> spans; // one per task; not started ones have worker -1
    QList<WorkerInfo> workers;
    QList<CpuSample> samples;
    qint64 elapsedNs = 0;
    int done = 0;
    RunResultPtr result; // set when the run has finished
    bool reused = false; // a baseline of an earlier batch, shown again instead of run again
    // A repeated batch runs each kind of run (sameKind()) several times: one LiveRun stands for
    // them all — the run going, then, when every round is done, the one of the median time. These
    // are its kind's counted runs that have finished (no warm-ups), in order, and how many it has.
    QList<RunResultPtr> rounds;
    int roundsPlanned = 1;

    bool finished() const { return result != nullptr; }
    void apply(const RunProgress& progress);
};

// The runs of one session, as the CLI and the window both drive them: a batch of runs done one
// after another (sequential first; repeated round by round), the story of each told line by line,
// every result kept.
class Session final : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Starts a batch; false while one is going or when it is empty. With Baselines::Reuse, a
    // one-at-a-time run whose work the session has already run well is not run again: that run is
    // shown in the batch, marked reused, and the others are compared with it (nobody waits 6 s twice).
    // Not in a repeated batch, whose rounds pair each run with a baseline measured beside it.
    enum class Baselines { RunAgain, Reuse };
    bool start(const QList<RunConfig>& batch, Baselines baselines = Baselines::RunAgain);
    // Stops the run that is going and starts no other; what finished is kept.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }

    const QList<RunResultPtr>& results() const { return m_results; } // every finished run
    // Noise::summarize() of results(), worked out again only when a run has finished.
    const QList<Noise::Summary>& summaries() const;
    const QList<LiveRun>& batch() const { return m_batch; } // the last batch's runs, one a kind
    // What the charts show: the last batch, or the finished batches showBatches() chose.
    const QList<LiveRun>& shown() const;
    QList<RunResultPtr> shownResults() const; // those of shown() that have finished
    // The charts show the runs of these batches (as RunConfig::batch numbers them), the newest
    // first; none, or the last alone: the last batch. Not while a batch runs: it is shown then.
    void showBatches(QList<int> batches);
    // Why the figures shown are suspect: for each run of shown(), the reasons of its kind when it was
    // repeated, else its own, in phrases (none when nothing says so); and a note of each that is
    // (Narrative::suspectNote()), for the charts to show beside them.
    const QList<QStringList>& suspicions() const; // worked out again only when runs change
    QStringList suspectNotes() const;
    // Forgets every run; not while a batch runs.
    void clear();
    // Replaces every run with `runs`, made on `machine` (a session file read back): batches, shown()
    // and summaries as their runs left them, and their story told again (see sessionopen.cpp).
    // False, and nothing changed, while a batch runs.
    bool open(const QList<RunResultPtr>& runs, const MachineInfo& machine);
    // The machine of the runs opened; none when they were made here (nothing opened since clear()).
    const std::optional<MachineInfo>& openedMachine() const { return m_openedMachine; }

    // At most this many lines a run tell of single tasks; then a progress line a second.
    void setTaskLineLimit(int lines) { m_taskLineLimit = lines; }

Q_SIGNALS:
    void batchStarted();
    void runStarted(int index); // of batch(): a kind's run, or its next round
    void updated();             // at most ~30 times a second
    void runFinished(const Lab::RunResultPtr& result);
    void batchFinished();
    void narrative(const QStringList& lines);
    void shownChanged(); // shown() holds other runs
    void cleared();      // results() is empty again
    void opened();       // results() holds the runs of a file (after cleared() and shownChanged())

private:
    void startNext();
    void onProgress(const Lab::RunProgress& progress);
    void onRunFinished(const Lab::RunResultPtr& result);
    void tell(const RunProgress& progress, QStringList& lines);
    void endBatch();
    QStringList toldAtEnd(qsizetype index) const; // of m_results, as if the runs after it were not yet
    QStringList retold(const RunResult& run) const;
    void openBatch(int batch);
    static LiveRun finishedRun(const RunResultPtr& result);
    static LiveRun freshRun(const RunConfig& config);

    Engine* m_engine;
    QList<RunResultPtr> m_results;
    QList<LiveRun> m_batch;
    struct Queued {
        RunConfig config;
        int slot = -1; // in m_batch
    };
    QList<Queued> m_queue;                                    // the batch's runs in their order, every round
    int m_current = -1;                                       // in m_queue
    bool m_repeated = false;                                  // the batch has rounds or warm-ups
    mutable std::optional<QList<QStringList>> m_suspicions;   // of shown(); none: to work out again
    mutable std::optional<QList<Noise::Summary>> m_summaries; // of m_results; none: to work out again
    int m_batchNumber = 0;                                    // of the last batch started
    struct FinishedRun {
        RunResultPtr result; // the one shown
        QList<RunResultPtr> rounds;
        bool reused = false;
    };
    QMap<int, QList<FinishedRun>> m_finished; // every finished batch, by number
    QList<int> m_shownBatches;                // newest first; empty: the last batch
    QList<LiveRun> m_shown;                   // their runs
    bool m_running = false;
    bool m_cancelled = false;
    std::optional<MachineInfo> m_openedMachine;
    int m_taskLineLimit = 40;
    int m_linesTold = 0;
    bool m_toldHidden = false;
    qint64 m_lastProgressLineNs = 0;
};

} // namespace Lab
