#pragma once

#include "measure/machineinfo.h"
#include "report/jsonimport.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>
#include <variant>

namespace Lab {

class Session;

// The session as a document: the file it was last saved to or opened from, whether runs have
// finished since, the files opened lately. Files are read and written on a pool thread, so that
// a session of hundreds of MB never stops the window.
class SessionDocument final : public QObject {
    Q_OBJECT
public:
    static constexpr int maxRecent = 8;

    explicit SessionDocument(Session* session, QObject* parent = nullptr);
    ~SessionDocument() override; // waits for a write that is going: a file is whole or not there

    const QString& path() const { return m_path; } // "" until saved or opened
    bool isModified() const { return m_modified; }
    bool isBusy() const { return m_read.isRunning() || m_write.isRunning(); }
    const QString& busyWith() const { return m_pending; } // the file being read or written
    // The machine the runs were made on: the opened file's, else this one.
    MachineInfo machine() const;

    // Start reading or writing `path`; opened()/saved() or failed() tell the end. False, and nothing
    // started, while a file is being read or written (or, to open, while a batch runs).
    bool open(const QString& path);
    bool save(const QString& path);

    // The session holds `file`, read from `path` already (the command line reads before the window).
    // A picture or an export made of it is no file a person opened: kept off the recent files.
    enum class Recent : quint8 { Remember, Skip };
    void adopt(const QString& path, const Export::SessionFile& file, Recent recent = Recent::Remember);

    QStringList recent() const; // newest first, at most maxRecent
    void forget(const QString& path);

Q_SIGNALS:
    void opening(int lab);            // the session's runs are about to be replaced by a lab's (-1: none)
    void opened(const QString& path); // the session holds the file's runs
    void saved(const QString& path);
    void failed(const QString& reason); // the session is as it was
    void changed();                     // path, modified, busy or recent

private:
    void onRead();
    void onWritten();
    void setModified(bool modified);
    void remember(const QString& path);

    Session* m_session;
    QString m_path;
    QString m_pending;
    bool m_modified = false;
    qsizetype m_writing = 0; // runs in the file being written
    QFutureWatcher<std::variant<Export::SessionFile, QString>> m_read;
    QFutureWatcher<std::optional<QString>> m_write;
    mutable std::optional<MachineInfo> m_here;
};

} // namespace Lab
