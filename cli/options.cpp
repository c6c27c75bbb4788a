#include "options.h"

#include "validation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab::Cli {

namespace {

const Option* find(const QList<Option>& known, const QString& name)
{
    const auto it =
        std::find_if(known.begin(), known.end(), [&name](const Option& o) { return o.name == name; });
    return it == known.end() ? nullptr : &*it;
}

} // namespace

// The nearest folder that exists must be a folder we can write into; root can write almost
// anywhere, so try it instead of asking for permissions.
void checkWritableFolder(const QString& option, const QString& path)
{
    QFileInfo info(path);
    if (info.exists() && !info.isDir())
        throw Refusal{Tr::tr("--%1: '%2' is not a folder").arg(option, path)};
    QString probe = info.absoluteFilePath();
    while (!QFileInfo(probe).exists())
        probe = QFileInfo(probe).absolutePath();
    if (!QFileInfo(probe).isDir())
        throw Refusal{Tr::tr("--%1: '%2' cannot be made: '%3' is not a folder").arg(option, path, probe)};
    QTemporaryFile test(QDir(probe).filePath(u".concurrency-lab-XXXXXX"_s));
    if (!test.open())
        throw Refusal{Tr::tr("--%1: cannot write into '%2': %3").arg(option, probe, test.errorString())};
}

void checkWritableFile(const QString& option, const QString& path)
{
    if (path == u"-"_s)
        return;
    const QFileInfo info(path);
    if (info.isDir())
        throw Refusal{Tr::tr("--%1: '%2' is a folder; give a file name").arg(option, path)};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        throw Refusal{Tr::tr("--%1: the folder of '%2' does not exist").arg(option, path)};
    checkWritableFolder(option, folder.absoluteFilePath());
}

Options::Options(const QStringList& arguments, const QList<Option>& known)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i) == u"-h"_s ? u"--help"_s : arguments.at(i);
        if (!arg.startsWith(u"--"_s) || arg.size() == 2)
            throw Refusal{Tr::tr("unexpected argument '%1'; options start with --, see --help").arg(arg)};
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const Option* option = find(known, name);
        if (!option)
            throw Refusal{Tr::tr("unknown option '--%1'; see --help").arg(name)};
        if (m_values.contains(name))
            throw Refusal{Tr::tr("--%1 is given twice").arg(name)};
        if (option->arg == Arg::Flag) {
            if (eq >= 0)
                throw Refusal{Tr::tr("--%1 takes no value, but was given '%2'").arg(name, arg.mid(eq + 1))};
            m_values.insert(name, {});
        } else if (eq >= 0) {
            m_values.insert(name, arg.mid(eq + 1));
        } else if (i + 1 < arguments.size()) {
            m_values.insert(name, arguments.at(++i));
        } else {
            throw Refusal{Tr::tr("--%1 needs a value").arg(name)};
        }
    }
}

qint64 Options::number(const QString& name, qint64 min, qint64 max) const
{
    const auto n = Check::wholeNumber(value(name), min, max);
    if (!n.ok())
        throw Refusal{u"--%1: %2"_s.arg(name, n.error)};
    return n.value;
}

QString Options::oneOf(const QString& name, const QStringList& allowed, const QString& fallback) const
{
    if (!has(name))
        return fallback;
    if (!allowed.contains(value(name)))
        throw Refusal{
            Tr::tr("--%1: '%2' is not allowed; allowed: %3").arg(name, value(name), allowed.join(u", "_s))};
    return value(name);
}

void Options::requireWith(const QString& name, const QString& needed) const
{
    if (has(name) && !has(needed))
        throw Refusal{Tr::tr("--%1 applies only with --%2").arg(name, needed)};
}

QString printable(const QString& message)
{
    QString out;
    for (QChar c : message) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            out += u"\\x%1"_s.arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    static const QRegularExpression longQuote(u"'([^']{61,})'"_s);
    for (auto m = longQuote.match(out); m.hasMatch(); m = longQuote.match(out))
        out.replace(m.capturedStart(1), m.capturedLength(1), m.captured(1).left(57) + u"…"_s);
    return out;
}

} // namespace Lab::Cli
