#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The reader every command's options go through, so that each refuses what it does not know the
// same way: one line naming the option, the value and what is allowed.
namespace Lab::Cli {

enum class Arg { Value, Flag };

struct Option {
    QString name; // without the leading --
    Arg arg = Arg::Value;
};

// A refusal of what was typed; the message is final, apart from the command's name before it.
struct Refusal {
    QString message;
};

class Options {
public:
    // Reads `--name value`, `--name=value` and flags, and -h for --help; refuses an unknown
    // option, one given twice, a value given to a flag and a missing value (throws Refusal).
    Options(const QStringList& arguments, const QList<Option>& known);

    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const { return m_values.value(name); }
    // The value as a whole number in [min, max], or a refusal naming the option.
    qint64 number(const QString& name, qint64 min, qint64 max) const;
    // The value as one of `allowed`, or a refusal that lists them.
    QString oneOf(const QString& name, const QStringList& allowed, const QString& fallback = {}) const;
    // Refuses when `name` is given without `needed`.
    void requireWith(const QString& name, const QString& needed) const;

private:
    QHash<QString, QString> m_values;
};

// The nearest folder of `path` that exists is a folder this process can write into (tried, not
// asked: root can write almost anywhere). Throws a Refusal naming --`option`.
void checkWritableFolder(const QString& option, const QString& path);
// The same for a file to be written; "-" (standard output) always passes.
void checkWritableFile(const QString& option, const QString& path);

// The message as one line on a terminal whatever was typed: control characters escaped, a quoted
// value longer than a line shortened.
QString printable(const QString& message);

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lab::Cli)
};

} // namespace Lab::Cli
