#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace Lab {

// An enum value and its stable identifier (command line, exported files, settings; never
// translated). One table of these per enum gives both directions, so that what is written and
// what is read back cannot drift apart.
template <typename Enum>
struct EnumId {
    Enum value;
    QStringView id;
};

template <typename Enum, std::size_t N>
QString idOf(const EnumId<Enum> (&table)[N], Enum value)
{
    for (const EnumId<Enum>& entry : table) {
        if (entry.value == value)
            return entry.id.toString();
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const EnumId<Enum> (&table)[N], QStringView id)
{
    for (const EnumId<Enum>& entry : table) {
        if (entry.id == id)
            return entry.value;
    }
    return std::nullopt;
}

// Every id of the table, in its order: what a refusal lists as allowed.
template <typename Enum, std::size_t N>
QStringList allIds(const EnumId<Enum> (&table)[N])
{
    QStringList ids;
    for (const EnumId<Enum>& entry : table)
        ids.append(entry.id.toString());
    return ids;
}

// True when entry i holds the enum's value i, up to `last`: checked at compile time beside each
// table, so that a value added to the enum and not to its table does not build.
template <typename Enum, std::size_t N>
constexpr bool coversEnum(const EnumId<Enum> (&table)[N], Enum last)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (static_cast<std::size_t>(table[i].value) != i || table[i].id.isEmpty())
            return false;
    }
    return static_cast<std::size_t>(last) + 1 == N;
}

} // namespace Lab
