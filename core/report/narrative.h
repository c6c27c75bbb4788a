#pragma once

#include "report/noise.h"
#include "report/stateshares.h"
#include "runresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The story of a run told as the seed's scripts tell it: a line when a task starts and when it
// ends, the results, the total time with what it should be. Shared by the CLI and the console.
namespace Lab::Narrative {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::Narrative)
};

QString strategyName(Strategy s); // translated, for people
QString workloadName(Workload w);
// The work of a run without its name: "3 cities, 2.0 s each", "4 sums".
QString workText(const RunConfig& config);
QString runHeading(const RunConfig& config);
// A mistakes lab's way, for people (see narrativemistakes.cpp): "blocking call", "with a lock",
// "batches of 1,000".
QString variantName(Variant variant, int batchSize = 0);
// Lab 6: "expected 200,000, got 131,452: 68,548 updates lost", or "expected 200,000, got 200,000:
// none lost".
QString counterLine(const CounterTally& tally);
// Lab 8: "Deadlock: thread-1 waits for lock B, held by thread-2, which waits for lock A, held by
// thread-1".
QString deadlockLine(const QList<LockWait>& cycle);
// What a mistakes lab's run shows beside its time (the counter, the deadlock, the cost of a
// hand-over); none for other runs.
std::optional<QString> mistakeLine(const RunResult& run);
// The same in a few words, for a chart's label: "68,548 lost", "deadlock, ended", "31.2 µs a hand-over".
std::optional<QString> mistakeNote(const RunResult& run);
// Lab 6: after the run with the lock, "… 4.2× slower than without the lock", against the nearest
// earlier run of the same work without it in the same runtime; none for other runs.
std::optional<QString> lockCost(const QList<RunResultPtr>& runs, qsizetype index);
// A run's short name in charts and tables: "threads + GIL"; with the work, "weather · coroutines".
QString runLabel(const RunConfig& config, bool withWork = false);
// The name of each run as the charts call them: its strategy (engine or Python), with the work when
// the runs mix kinds, the pool's size in a sweep, its place when two would be alike.
QStringList runNames(const QList<RunConfig>& runs);
// A worker as people read its name: "one at a time", "event loop" in their language; the numbered
// threads and processes by their identifiers ("thread-2"), as the trace and the JSON name them.
QString workerLabel(const WorkerInfo& worker);
QString taskStarted(const TaskSpec& task, const WorkerInfo& worker);
QString taskFinished(const TaskSpec& task, const WorkerInfo& worker, const TaskSpan& span);
QString moreTasks(int hidden);
QString progressLine(int done, int total, qint64 elapsedNs);
QString results(const RunResult& run, int shown);
// How many tasks failed or timed out, and the first of them to end with its reason; none when
// none did. Told even with --quiet: "0/200" alone does not say what went wrong.
std::optional<QString> failures(const RunResult& run);
QString total(const RunResult& run, std::optional<qint64> expectedNs, double idealSpeedup);
QString seconds(qint64 ns, int decimals = 2);
// What a task or thread was doing, for legends and tooltips: "computing", "waiting for the GIL", …
QString stateName(TaskState state);
// A threads run with a GIL: "The threads took turns: each waited for the GIL 48–51% of the time
// (thread-1 48%, thread-2 51%)"; none for other runs.
std::optional<QString> gilTurns(const RunResult& run);
// How the run at `index` compares with its baseline: "3.00× faster", "1.22× slower", "the baseline
// (1.00×)"; a baseline of an earlier batch is named: "… against the run at 14:02". Empty when the
// run has none. `separator` goes between the figure and the name of an earlier baseline.
QString speedupText(const QList<RunResultPtr>& runs, qsizetype index,
                    const QString& separator = QStringLiteral(" "));
// CPU use as the person reads it everywhere: cores busy of the machine's, "1.85 of 2"; "–" for none.
QString coresBusy(std::optional<double> pctOfOneCore);
// The time an earlier batch's baseline ran, as the labels name it ("14:02").
QString baselineTime(const RunResult& baseline);
// "against the run at 14:02": the name of an earlier batch's baseline.
QString againstTheRunAt(const RunResult& baseline);
// A guess as the person gave it, with no more decimals than it had: "6 s", "2.5 s".
QString guessSeconds(qint64 ms);
QString guessed(qint64 ms); // "guessed 6 s", before the run
// After the run: "guessed 6 s · measured 2.00 s"; `separator` between the two ("\n": stacked).
QString guessedAndMeasured(qint64 predictionMs, qint64 wallNs,
                           const QString& separator = QStringLiteral(" · "));

// Of a repeated batch (see narrativenoise.cpp): "round 3 of 10", or "warm-up, not counted".
QString roundOf(const RunConfig& config, int rounds);
// A strategy with its pool's size, as a sweep names its points: "processes, 4 workers".
QString labelWithWorkers(const RunConfig& config);
// Why the run's figure is suspect, one line in the current language ("⚠ Suspect: busy machine: other
// programs used 0.8 cores while it was measured"); none when nothing says so.
std::optional<QString> suspicion(const QList<RunResultPtr>& runs, qsizetype index);
// The reasons, one phrase each: of one run, and of a repeated kind's figure.
QStringList suspicions(const QList<RunResultPtr>& runs, qsizetype index);
QStringList suspicions(const Noise::Summary& summary);
// "⚠ processes, 2 workers: busy machine: …; …": a chart's note of one run or kind it shows.
QString suspectNote(const RunConfig& config, const QStringList& reasons);
// Beside a repeated kind's bar: "1.96× faster (1.86–2.01×)", or "median of 3 runs" for the baseline.
QString repeatsComparison(const Noise::Summary& summary, const RunConfig& config);
// After a repeated batch: each kind's median and spread of time and speed-up, and what makes them
// suspect.
QStringList repeatsSummary(const QList<RunResultPtr>& runs, int batch);

// Where a run's task time went (see narrativestates.cpp), its states by share in the chart's order:
// "computing 49% · GIL 50%"; "no states recorded" when its states tell too little.
QString stateShortName(TaskState state); // for a line: "computing", "GIL"
QString stateShares(const States::Breakdown& breakdown);
// After the comparison: a heading and a line for each kind of run (its rounds added up), with its
// task time: "threads + GIL, 2 workers  computing 49% · GIL 50% (of 12.04 s)".
QStringList whereTheTimeWent(const QList<RunResultPtr>& runs);

// Columns a text takes in a terminal: combining marks (Thai vowels above and below) take none.
qsizetype displayWidth(const QString& text);

// The session's comparison: one row per run, aligned for a terminal; the guesses in a column of
// their own when any run has one.
QString comparisonTable(const QList<RunResultPtr>& runs);

} // namespace Lab::Narrative
