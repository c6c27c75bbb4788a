#include "worker/stderrtail.h"

namespace Lab {

void StderrTail::append(QByteArrayView bytes)
{
    if (bytes.size() >= m_capacity) {
        m_bytes = bytes.last(m_capacity).toByteArray();
        return;
    }
    m_bytes += bytes;
    if (m_bytes.size() > m_capacity)
        m_bytes.remove(0, m_bytes.size() - m_capacity);
}

QString StderrTail::text() const
{
    return QString::fromUtf8(m_bytes).trimmed();
}

QString StderrTail::lastLine() const
{
    return text().section(u'\n', -1);
}

} // namespace Lab
