#pragma once

#include "cliargs.h"

#include <QObject>
#include <QTextStream>

namespace Lab {

class Session;

// `concurrency-lab run`: does the runs of a Session, prints their story, the table and the JSON,
// and ends with the exit code.
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
    void say(const QStringList& lines);
    void finish();

    const CliOptions m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    Session* m_session;
};

// `concurrency-lab run` from start to exit code, in the QCoreApplication that exists: Ctrl+C and
// SIGTERM cancel the run and keep what finished.
int runCommand(const CliOptions& options);

} // namespace Lab
