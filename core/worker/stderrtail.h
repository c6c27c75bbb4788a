#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Lab {

// The last words of a child process on stderr, for the message that tells why it ended. Bounded,
// so that a child that floods stderr cannot grow the app: only the last `capacity` bytes stay.
class StderrTail {
public:
    static constexpr qsizetype defaultCapacity = 4096;
    explicit StderrTail(qsizetype capacity = defaultCapacity) : m_capacity(capacity) {}

    void append(QByteArrayView bytes);

    QByteArray bytes() const { return m_bytes; }
    // What it said, without the blank around it; a character cut by the bound shows as U+FFFD.
    QString text() const;
    // Its last line: where an interpreter puts the exception that ended it.
    QString lastLine() const;

private:
    qsizetype m_capacity;
    QByteArray m_bytes;
};

} // namespace Lab
