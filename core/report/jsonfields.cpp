#include "report/jsonfields.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Lab::Export::Read {

QString Place::text() const
{
    if (run < 0)
        return list ? QString::fromLatin1(list) : Tr::tr("the session");
    if (!list)
        return Tr::tr("run %1").arg(run + 1);
    return Tr::tr("run %1, %2[%3]").arg(run + 1).arg(QLatin1StringView(list)).arg(item);
}

Fields Fields::of(const QJsonValue& value, Place place)
{
    if (!value.isObject())
        throw Bad{Tr::tr("damaged: %1 should be an object").arg(place.text())};
    return {value.toObject(), place};
}

void Fields::refuse(const QString& why) const
{
    throw Bad{Tr::tr("damaged: %1: %2").arg(m_place.text(), why)};
}

void Fields::wrongType(QLatin1StringView key, const QString& kind) const
{
    refuse(Tr::tr("%1 should be %2").arg(key, kind));
}

bool Fields::has(QLatin1StringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QJsonValue Fields::value(QLatin1StringView key) const
{
    QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        refuse(Tr::tr("%1 is missing").arg(key));
    return v;
}

double Fields::number(QLatin1StringView key) const
{
    const QJsonValue v = value(key);
    if (!v.isDouble())
        wrongType(key, Tr::tr("a number"));
    return v.toDouble();
}

qint64 Fields::integer(QLatin1StringView key) const
{
    const double d = number(key);
    // 2^53: above it a double no longer holds every whole number.
    if (d != std::floor(d) || std::abs(d) > 9'007'199'254'740'992.0)
        wrongType(key, Tr::tr("a whole number"));
    return value(key).toInteger();
}

int Fields::integer32(QLatin1StringView key) const
{
    const qint64 i = integer(key);
    if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max())
        wrongType(key, Tr::tr("a whole number"));
    return int(i);
}

qint64 Fields::ns(QLatin1StringView key) const
{
    const double ms = number(key);
    if (!std::isfinite(ms) || std::abs(ms) > 9e12) // past 104 days in ns, a double loses whole ns
        wrongType(key, Tr::tr("a time in ms"));
    return std::llround(ms * 1e6);
}

qint64 Fields::nsOrNone(QLatin1StringView key) const
{
    return value(key).isNull() ? -1 : ns(key);
}

QString Fields::text(QLatin1StringView key) const
{
    const QJsonValue v = value(key);
    if (!v.isString())
        wrongType(key, Tr::tr("text"));
    return v.toString();
}

QString Fields::textOrEmpty(QLatin1StringView key) const
{
    return value(key).isNull() ? QString() : text(key);
}

bool Fields::flag(QLatin1StringView key) const
{
    const QJsonValue v = value(key);
    if (!v.isBool())
        wrongType(key, Tr::tr("true or false"));
    return v.toBool();
}

QJsonArray Fields::list(QLatin1StringView key) const
{
    const QJsonValue v = value(key);
    if (!v.isArray())
        wrongType(key, Tr::tr("a list"));
    return v.toArray();
}

Fields Fields::object(QLatin1StringView key) const
{
    const QJsonValue v = value(key);
    if (!v.isObject())
        wrongType(key, Tr::tr("an object"));
    return {v.toObject(), m_place};
}

QStringList Fields::texts(QLatin1StringView key) const
{
    QStringList out;
    for (const auto& v : list(key)) {
        if (!v.isString())
            wrongType(key, Tr::tr("a list of text"));
        out.append(v.toString());
    }
    return out;
}

} // namespace Lab::Export::Read
