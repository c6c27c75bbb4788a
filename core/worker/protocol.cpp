#include "worker/protocol.h"

#include <QtEndian>

#include <algorithm>
#include <limits>

namespace Lab::Protocol {

bool Task::operator==(const Task& o) const
{
    return spec.id == o.spec.id && spec.workload == o.spec.workload && spec.label == o.spec.label &&
           spec.delayMs == o.spec.delayMs && spec.n == o.spec.n && spec.filePath == o.spec.filePath &&
           workerName == o.workerName;
}

namespace {

enum class Type : quint8 { Hello = 1, Task = 2, Result = 3, Bye = 4 };

class Writer {
public:
    template <typename T>
    void integer(T value)
    {
        char bytes[sizeof(T)];
        qToBigEndian(value, bytes);
        m_bytes.append(bytes, sizeof(T));
    }
    void string(const QString& s)
    {
        const QByteArray utf8 = s.toUtf8();
        integer<quint32>(quint32(utf8.size()));
        m_bytes.append(utf8);
    }
    QByteArray finish(Type type)
    {
        QByteArray frame;
        frame.reserve(headerSize + 3 + m_bytes.size());
        char header[headerSize + 3];
        qToBigEndian<quint32>(quint32(3 + m_bytes.size() - 0), header);
        qToBigEndian<quint16>(version, header + 4);
        header[6] = char(type);
        frame.append(header, sizeof(header));
        frame.append(m_bytes);
        return frame;
    }

private:
    QByteArray m_bytes;
};

class Reader {
public:
    explicit Reader(QByteArrayView bytes) : m_bytes(bytes) {}
    template <typename T>
    T integer()
    {
        if (!has(sizeof(T)))
            return T{};
        const T value = qFromBigEndian<T>(m_bytes.data() + m_pos);
        m_pos += sizeof(T);
        return value;
    }
    QString string()
    {
        const auto size = integer<quint32>();
        if (!has(size))
            return {};
        QString s = QString::fromUtf8(m_bytes.sliced(m_pos, size));
        m_pos += size;
        return s;
    }
    bool ok() const { return m_ok && m_pos == m_bytes.size(); }
    bool good() const { return m_ok; } // nothing wrong so far; more may follow
    void fail() { m_ok = false; }

private:
    bool has(qsizetype n)
    {
        if (m_ok && n <= m_bytes.size() - m_pos)
            return true;
        m_ok = false;
        return false;
    }
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

struct Encoder {
    Writer& w;
    Type operator()(const Hello& f) const
    {
        w.integer<qint64>(f.pid);
        return Type::Hello;
    }
    Type operator()(const Task& f) const
    {
        w.integer<qint32>(f.spec.id);
        w.integer<quint8>(quint8(f.spec.workload));
        w.integer<qint32>(f.spec.delayMs);
        w.integer<qint64>(f.spec.n);
        w.string(f.spec.label);
        w.string(f.spec.filePath);
        w.string(f.workerName);
        return Type::Task;
    }
    Type operator()(const Result& f) const
    {
        w.integer<qint32>(f.id);
        w.integer<quint8>(quint8(f.status));
        w.integer<qint64>(f.startNs);
        w.integer<qint64>(f.endNs);
        w.string(f.text);
        const size_t states = std::min<size_t>(f.states.size(), maxResultStates);
        w.integer<quint16>(quint16(states));
        for (size_t i = 0; i < states; ++i) {
            w.integer<quint8>(quint8(f.states[i].state));
            w.integer<qint64>(f.states[i].startNs);
            w.integer<qint64>(f.states[i].endNs);
        }
        w.integer<quint8>(quint8(f.moreInWrite));
        return Type::Result;
    }
    Type operator()(const Bye& f) const
    {
        w.integer<qint64>(f.userUs);
        w.integer<qint64>(f.systemUs);
        return Type::Bye;
    }
};

bool readBody(Reader& r, Type type, Frame& out)
{
    switch (type) {
    case Type::Hello:
        out = Hello{r.integer<qint64>()};
        return true;
    case Type::Task: {
        Task t;
        t.spec.id = r.integer<qint32>();
        const auto workload = r.integer<quint8>();
        if (workload > quint8(Workload::Squares))
            r.fail();
        t.spec.workload = Workload(workload);
        t.spec.delayMs = r.integer<qint32>();
        t.spec.n = r.integer<qint64>();
        if (t.spec.delayMs < 0 || t.spec.n < 0 || t.spec.id < 0)
            r.fail();
        t.spec.label = r.string();
        t.spec.filePath = r.string();
        t.workerName = r.string();
        out = std::move(t);
        return true;
    }
    case Type::Result: {
        Result res;
        res.id = r.integer<qint32>();
        const auto status = r.integer<quint8>();
        if (status > quint8(TaskStatus::TimedOut))
            r.fail();
        res.status = TaskStatus(status);
        res.startNs = r.integer<qint64>();
        res.endNs = r.integer<qint64>();
        res.text = r.string();
        const auto states = r.integer<quint16>();
        if (states > maxResultStates)
            r.fail();
        else
            res.states.reserve(states);
        for (int i = 0; i < states && r.good(); ++i) {
            StateSlice slice;
            const auto state = r.integer<quint8>();
            slice.startNs = r.integer<qint64>();
            slice.endNs = r.integer<qint64>();
            if (state >= taskStateCount || slice.endNs < slice.startNs)
                r.fail();
            slice.state = TaskState(state);
            res.states.push_back(slice);
        }
        const auto more = r.integer<quint8>();
        if (more > 1)
            r.fail();
        res.moreInWrite = more == 1;
        out = std::move(res);
        return true;
    }
    case Type::Bye: {
        Bye b;
        b.userUs = r.integer<qint64>();
        b.systemUs = r.integer<qint64>();
        out = b;
        return true;
    }
    }
    return false;
}

} // namespace

QByteArray encode(const Frame& frame)
{
    Writer w;
    const Type type = std::visit(Encoder{w}, frame);
    return w.finish(type);
}

Decoded decode(QByteArrayView buffer)
{
    Decoded d;
    if (buffer.size() < headerSize)
        return d;
    const auto length = qFromBigEndian<quint32>(buffer.data());
    if (length > quint32(maxFrameSize)) {
        d.status = DecodeStatus::Oversized;
        return d;
    }
    if (buffer.size() - headerSize < qsizetype(length))
        return d;
    d.consumed = headerSize + qsizetype(length);
    Reader r(buffer.sliced(headerSize, length));
    if (r.integer<quint16>() != version) {
        d.status = length < 2 ? DecodeStatus::Malformed : DecodeStatus::WrongVersion;
        return d;
    }
    const auto type = r.integer<quint8>();
    d.status = readBody(r, Type(type), d.frame) && r.ok() ? DecodeStatus::Ok : DecodeStatus::Malformed;
    return d;
}

QString describe(DecodeStatus status)
{
    switch (status) {
    case DecodeStatus::Ok:
        return QCoreApplication::translate("Lab::Protocol", "no error");
    case DecodeStatus::NeedMore:
        return QCoreApplication::translate("Lab::Protocol", "truncated frame");
    case DecodeStatus::WrongVersion:
        return QCoreApplication::translate("Lab::Protocol", "frame of another protocol version");
    case DecodeStatus::Oversized:
        return QCoreApplication::translate("Lab::Protocol", "frame larger than %1 bytes").arg(maxFrameSize);
    case DecodeStatus::Malformed:
        return QCoreApplication::translate("Lab::Protocol", "malformed frame");
    }
    return {};
}

QString describeCutFrame(QByteArrayView partial)
{
    if (partial.size() < headerSize)
        return QCoreApplication::translate("Lab::Protocol",
                                           "the input ended inside a frame's length (%1 of its %2 bytes)")
            .arg(partial.size())
            .arg(headerSize);
    const qsizetype whole = headerSize + qsizetype(qFromBigEndian<quint32>(partial.data()));
    return QCoreApplication::translate("Lab::Protocol", "the input ended inside a frame (%1 of its %2 bytes)")
        .arg(partial.size())
        .arg(whole);
}

} // namespace Lab::Protocol
