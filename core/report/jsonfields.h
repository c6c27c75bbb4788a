#pragma once

// Reading one JSON object of a session file, each refusal naming where the value is. Internal to
// jsonimport*.cpp.

#include "enumids.h"
#include "runresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Lab::Export::Read {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::Export)
};

// Why a file was refused; thrown inside the reader only, and caught at its door.
struct Bad {
    QString reason;
};

// Where a value is: "run 2, tasks[5]". run -1: the session's own fields (`list` names the object).
struct Place {
    int run = -1;
    const char* list = nullptr;
    qsizetype item = -1;
    QString text() const;
};

class Fields {
public:
    Fields(QJsonObject object, Place place) : m_object(std::move(object)), m_place(place) {}
    // `value` must be an object.
    static Fields of(const QJsonValue& value, Place place);

    bool has(QLatin1StringView key) const;         // present and not null
    QJsonValue value(QLatin1StringView key) const; // present, null allowed
    double number(QLatin1StringView key) const;
    qint64 integer(QLatin1StringView key) const;
    int integer32(QLatin1StringView key) const;
    qint64 ns(QLatin1StringView key) const;       // written in ms
    qint64 nsOrNone(QLatin1StringView key) const; // null: -1
    QString text(QLatin1StringView key) const;
    QString textOrEmpty(QLatin1StringView key) const; // null: ""
    bool flag(QLatin1StringView key) const;
    QJsonArray list(QLatin1StringView key) const;
    Fields object(QLatin1StringView key) const;
    QStringList texts(QLatin1StringView key) const;

    template <typename Enum, std::size_t N>
    Enum id(const EnumId<Enum> (&table)[N], QLatin1StringView key) const
    {
        const QString name = text(key);
        if (const auto value = fromId(table, name))
            return *value;
        refuse(Tr::tr("unknown %1 '%2'").arg(key, name));
    }

    [[noreturn]] void refuse(const QString& why) const;
    const Place& place() const { return m_place; }

private:
    [[noreturn]] void wrongType(QLatin1StringView key, const QString& kind) const;

    QJsonObject m_object;
    Place m_place;
};

// Run `run` (from 0) of a file of schema version `version` (jsonimportrun.cpp).
RunResultPtr readRun(const QJsonValue& value, int run, int version);

} // namespace Lab::Export::Read
