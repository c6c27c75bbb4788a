#include "sessiondocument.h"

#include "engine/session.h"
#include "report/jsonexport.h"

#include <QFileInfo>
#include <QSettings>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {
const QString recentKey = u"session/recent"_s;

std::optional<QString> writeFile(const QString& path, const QList<RunResultPtr>& runs,
                                 const MachineInfo& machine)
{
    return Export::writeSessionJsonFile(path, runs, machine);
}
} // namespace

SessionDocument::SessionDocument(Session* session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(&m_read, &QFutureWatcherBase::finished, this, &SessionDocument::onRead);
    connect(&m_write, &QFutureWatcherBase::finished, this, &SessionDocument::onWritten);
    connect(session, &Session::runFinished, this, [this] { setModified(true); });
    // Nothing left to save: a new, untitled session.
    connect(session, &Session::cleared, this, [this] {
        m_path.clear();
        setModified(false);
        Q_EMIT changed();
    });
}

SessionDocument::~SessionDocument()
{
    m_write.waitForFinished();
    m_read.waitForFinished();
}

MachineInfo SessionDocument::machine() const
{
    if (const auto& made = m_session->openedMachine())
        return *made;
    if (!m_here)
        m_here = currentMachine();
    return *m_here;
}

bool SessionDocument::open(const QString& path)
{
    if (isBusy() || m_session->isRunning())
        return false;
    m_pending = path;
    m_read.setFuture(QtConcurrent::run(&Export::readSessionJsonFile, path));
    Q_EMIT changed();
    return true;
}

bool SessionDocument::save(const QString& path)
{
    if (isBusy())
        return false;
    m_pending = path;
    m_writing = m_session->results().size();
    // The results are immutable values: the pool thread reads the same ones the window shows.
    m_write.setFuture(QtConcurrent::run(&writeFile, path, m_session->results(), machine()));
    Q_EMIT changed();
    return true;
}

void SessionDocument::onRead()
{
    const QString path = std::exchange(m_pending, QString());
    auto read = m_read.result();
    if (const auto* reason = std::get_if<QString>(&read)) {
        Q_EMIT changed();
        Q_EMIT failed(*reason);
        return;
    }
    if (m_session->isRunning()) { // started while the file was read: the run wins
        Q_EMIT changed();
        Q_EMIT failed(tr("cannot open %1: a run is going; open it when the run has ended").arg(path));
        return;
    }
    adopt(path, std::get<Export::SessionFile>(read));
}

void SessionDocument::adopt(const QString& path, const Export::SessionFile& file, Recent recent)
{
    Q_EMIT opening(file.runs.isEmpty() ? -1 : file.runs.last()->config.labNumber);
    m_session->open(file.runs, file.machine);
    m_path = QFileInfo(path).absoluteFilePath();
    setModified(false);
    if (recent == Recent::Remember)
        remember(m_path);
    Q_EMIT changed();
    Q_EMIT opened(m_path);
}

void SessionDocument::onWritten()
{
    const QString path = std::exchange(m_pending, QString());
    const std::optional<QString> error = m_write.result();
    if (error) {
        Q_EMIT changed();
        Q_EMIT failed(*error);
        return;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    setModified(m_session->results().size() != m_writing); // a run that ended meanwhile is not in it
    remember(m_path);
    Q_EMIT changed();
    Q_EMIT saved(m_path);
}

void SessionDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT changed();
}

QStringList SessionDocument::recent() const
{
    return QSettings().value(recentKey).toStringList().mid(0, maxRecent);
}

void SessionDocument::remember(const QString& path)
{
    QStringList files = recent();
    files.removeAll(path);
    files.prepend(path);
    QSettings().setValue(recentKey, files.mid(0, maxRecent));
}

void SessionDocument::forget(const QString& path)
{
    QStringList files = recent();
    files.removeAll(path);
    QSettings().setValue(recentKey, files);
    Q_EMIT changed();
}

} // namespace Lab
