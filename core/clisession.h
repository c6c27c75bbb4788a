#pragma once

#include "cliargs.h"
#include "runresult.h"

#include <QObject>
#include <QTextStream>

namespace Lab {

class Engine;

// `concurrency-lab run`: does the runs one after another, tells their story, prints the table,
// writes the JSON, and ends with the exit code.
class CliSession final : public QObject {
    Q_OBJECT
public:
    CliSession(CliOptions options, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~CliSession() override;

    void start();
    // Ctrl+C: stop the run that is going, start no other, report what finished.
    void cancel();

Q_SIGNALS:
    void done(int exitCode);

private:
    void startNext();
    void onProgress(const Lab::RunProgress& progress);
    void onRunFinished(const Lab::RunResultPtr& result);
    void finish();
    void say(const QString& line);

    const CliOptions m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    Engine* m_engine;
    QList<RunResultPtr> m_results;
    qsizetype m_next = 0;
    bool m_cancelled = false;
    // The narrative of the current run.
    QList<TaskSpec> m_tasks;
    QList<WorkerInfo> m_workers;
    int m_linesShown = 0;
    bool m_toldHidden = false;
    qint64 m_lastProgressNs = 0;
};

} // namespace Lab
