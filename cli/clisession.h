#pragma once

#include "cliargs.h"
#include "runresult.h"

#include <QFile>
#include <QObject>
#include <QTextStream>

#include <optional>

namespace Lab {

class Session;

// `concurrency-lab run`: does the runs of a Session, prints their story, the table and the JSON,
// and ends with the exit code. A standard output that stops taking what is printed (a `| head`
// that has read enough, a full disk) stops the printing, never the runs or the files they write.
class CliSession final : public QObject {
    Q_OBJECT
public:
    explicit CliSession(CliOptions options, QObject* parent = nullptr);
    ~CliSession() override;

    void start();
    // Ctrl+C: stop the run that is going, start no other, report what finished.
    void cancel();

Q_SIGNALS:
    void done(int exitCode);

private:
    void say(const QStringList& lines);
    void finish();
    int writeFiles(const QList<RunResultPtr>& results);
    bool jsonToStandardOutput() const;

    const CliOptions m_options;
    QFile m_stdout;
    QFile m_stderr;
    QTextStream m_out{&m_stdout};
    QTextStream m_err{&m_stderr};
    std::optional<QString> m_stdoutLost; // why standard output stopped taking lines; none while it takes them
    Session* m_session;
};

// `concurrency-lab run` from start to exit code, in the QCoreApplication that exists: Ctrl+C and
// SIGTERM cancel the run and keep what finished.
int runCommand(const CliOptions& options);

} // namespace Lab
