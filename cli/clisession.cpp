#include "clisession.h"

#include "engine/session.h"
#include "interruptwatcher.h"
#include "report/jsonexport.h"
#include "report/narrative.h"
#include "report/traceexport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lab {

CliSession::CliSession(CliOptions options, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_out(out), m_err(err), m_session(new Session(this))
{
    if (m_options.quiet)
        m_session->setTaskLineLimit(0);
    connect(m_session, &Session::narrative, this, &CliSession::say);
    connect(m_session, &Session::batchFinished, this, &CliSession::finish);
}

CliSession::~CliSession() = default;

void CliSession::say(const QStringList& lines)
{
    // With --json - the JSON alone goes to standard output.
    QTextStream& stream = m_options.jsonPath == u"-"_s ? m_err : m_out;
    for (const QString& line : lines)
        stream << line << '\n';
    stream.flush();
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
    int code = m_session->wasCancelled() ? 1 : 0;
    for (const RunResultPtr& r : results) {
        if (!r->allOk())
            code = 1;
    }
    if (!m_options.jsonPath.isEmpty()) {
        const QByteArray json = Export::sessionJson(results, currentMachine());
        if (m_options.jsonPath == u"-"_s) {
            m_out << QString::fromUtf8(json) << Qt::flush;
        } else if (const auto error = Export::writeFile(m_options.jsonPath, json)) {
            m_err << *error << Qt::endl;
            code = 1;
        } else {
            say({tr("Wrote %1").arg(m_options.jsonPath)});
        }
    }
    if (!m_options.tracePath.isEmpty()) {
        if (const auto error = Export::writeFile(m_options.tracePath, Trace::chromeTrace(results))) {
            m_err << *error << Qt::endl;
            code = 1;
        } else {
            say({tr("Wrote %1").arg(m_options.tracePath)});
        }
    }
    Q_EMIT done(code);
}

int runCommand(const CliOptions& options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliSession session(options, out, err);
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &session, &CliSession::cancel);
    QObject::connect(&session, &CliSession::done, QCoreApplication::instance(), &QCoreApplication::exit);
    session.start();
    return QCoreApplication::exec();
}

} // namespace Lab
