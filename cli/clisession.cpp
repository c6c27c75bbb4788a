#include "clisession.h"

#include "engine/session.h"
#include "files.h"
#include "interruptwatcher.h"
#include "platform/pipes.h"
#include "report/jsonexport.h"
#include "report/narrative.h"
#include "report/traceexport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lab {

CliSession::CliSession(CliOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_session(new Session(this))
{
    m_stdout.open(Platform::standardOutput, QIODevice::WriteOnly);
    m_stderr.open(Platform::standardError, QIODevice::WriteOnly);
    if (m_options.quiet)
        m_session->setTaskLineLimit(0);
    connect(m_session, &Session::narrative, this, &CliSession::say);
    connect(m_session, &Session::batchFinished, this, &CliSession::finish);
}

CliSession::~CliSession() = default;

bool CliSession::jsonToStandardOutput() const
{
    return m_options.jsonPath == u"-"_s;
}

void CliSession::say(const QStringList& lines)
{
    // With --json - the JSON alone goes to standard output.
    const bool toStdout = !jsonToStandardOutput();
    if (toStdout && m_stdoutLost)
        return;
    QTextStream& stream = toStdout ? m_out : m_err;
    for (const QString& line : lines)
        stream << line << '\n';
    stream.flush();
    if (toStdout && stream.status() != QTextStream::Ok)
        m_stdoutLost = m_stdout.errorString();
}

void CliSession::start()
{
    m_session->start(m_options.runs);
}

void CliSession::cancel()
{
    m_session->cancel();
}

void CliSession::finish()
{
    const QList<RunResultPtr>& results = m_session->results();
    say({QString(), Narrative::comparisonTable(results)});
    say(Narrative::whereTheTimeWent(results));
    int code = m_session->wasCancelled() ? 1 : 0;
    for (const RunResultPtr& r : results) {
        // Lab 8's deadlock, found and ended by the app, is what the lab shows: not a failure.
        if (!r->allOk() && r->status() != RunStatus::Deadlock)
            code = 1;
    }
    code = std::max(code, writeFiles(results));
    if (m_stdoutLost) {
        m_err << tr("standard output stopped taking the report (%1): printing stopped there, the runs "
                    "went on to their end")
                     .arg(*m_stdoutLost)
              << Qt::endl;
        code = std::max(code, 1);
    }
    Q_EMIT done(code);
}

// The JSON and the trace asked for: 0 when every one is written whole, else 1.
int CliSession::writeFiles(const QList<RunResultPtr>& results)
{
    int code = 0;
    if (jsonToStandardOutput()) {
        if (!Export::writeSessionJson(m_stdout, results, currentMachine()) || !m_stdout.flush()) {
            m_err << tr("cannot write the JSON to standard output: %1").arg(m_stdout.errorString())
                  << Qt::endl;
            code = 1;
        }
    } else if (!m_options.jsonPath.isEmpty()) {
        if (const auto error = Export::writeSessionJsonFile(m_options.jsonPath, results, currentMachine())) {
            m_err << *error << Qt::endl;
            code = 1;
        } else {
            say({tr("Wrote %1").arg(m_options.jsonPath)});
        }
    }
    if (!m_options.tracePath.isEmpty()) {
        if (const auto error = Files::writeFile(m_options.tracePath, Trace::chromeTrace(results))) {
            m_err << *error << Qt::endl;
            code = 1;
        } else {
            say({tr("Wrote %1").arg(m_options.tracePath)});
        }
    }
    return code;
}

int runCommand(const CliOptions& options)
{
    CliSession session(options);
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &session, &CliSession::cancel);
    QObject::connect(&session, &CliSession::done, QCoreApplication::instance(), &QCoreApplication::exit);
    session.start();
    return QCoreApplication::exec();
}

} // namespace Lab
