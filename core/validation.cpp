#include "validation.h"

#include "labtypes.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab::Check {

namespace {

constexpr qsizetype maxCityName = 100;

QString number(qint64 v)
{
    return QLocale().toString(v);
}

} // namespace

Checked<qint64> wholeNumber(const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok)
        return {0,
                Tr::tr("'%1' is not a whole number; allowed: %2 to %3").arg(text, number(min), number(max))};
    if (v < min || v > max)
        return {
            0,
            Tr::tr("'%1' is out of range; allowed: %2 to %3").arg(text.trimmed(), number(min), number(max))};
    return {v, {}};
}

Checked<QStringList> cities(const QString& text)
{
    QStringList out;
    for (const QString& city : text.split(u',')) {
        const QString name = city.trimmed();
        if (name.isEmpty() || name.size() > maxCityName)
            return {
                {},
                Tr::tr("'%1' has an empty or over-long name; allowed: names of 1 to %2 characters separated "
                       "by commas")
                    .arg(text)
                    .arg(maxCityName)};
        out.append(name);
    }
    if (out.size() > maxTasks)
        return {{},
                Tr::tr("%1 cities is too many; allowed: 1 to %2").arg(number(out.size()), number(maxTasks))};
    return {out, {}};
}

Checked<QList<qint64>> squaresN(const QString& text, int scale)
{
    const qint64 maxN = maxSquaresN / std::max(1, scale);
    QList<qint64> out;
    if (text.trimmed().isEmpty())
        return {{}, Tr::tr("give at least one whole number from 1 to %1").arg(number(maxN))};
    for (const QString& item : text.split(u',')) {
        const auto n = wholeNumber(item, 1, maxN);
        if (!n.ok())
            return {{}, n.error};
        out.append(n.value);
    }
    if (out.size() > maxTasks)
        return {{}, Tr::tr("too many values; allowed: 1 to %1").arg(number(maxTasks))};
    return {out, {}};
}

Checked<QList<int>> workerSweep(const QString& text, int max)
{
    const QString allowed =
        Tr::tr("allowed: 2 to %1 pool sizes from 1 to %2 separated by commas, such as 1,2,4,8")
            .arg(maxSweepPoints)
            .arg(number(max));
    QList<int> out;
    for (const QString& item : text.split(u',')) {
        const auto n = wholeNumber(item, 1, max);
        if (!n.ok())
            return {{}, n.error};
        if (out.contains(int(n.value)))
            return {{}, Tr::tr("%1 is given twice; %2").arg(number(n.value), allowed)};
        out.append(int(n.value));
    }
    if (out.size() < 2 || out.size() > maxSweepPoints)
        return {{}, Tr::tr("'%1' has %2 pool sizes; %3").arg(text.trimmed(), number(out.size()), allowed)};
    return {out, {}};
}

Checked<qint64> predictionMs(const QString& text)
{
    // Whole milliseconds at most: a finer guess is not a guess anyone makes.
    static const QRegularExpression secondsPattern(u"^([0-9]{1,9})(?:\\.([0-9]{1,3}))?$"_s);
    const auto match = secondsPattern.match(text.trimmed());
    const qint64 ms = match.hasMatch() ? match.captured(1).toLongLong() * 1000 +
                                             match.captured(2).leftJustified(3, u'0').toInt()
                                       : -1;
    if (ms < 0 || ms > qint64(maxPredictionS) * 1000)
        return {0, Tr::tr("'%1' is not a number of seconds from 0 to %2 with up to 3 decimals, such as 2.5")
                       .arg(text.trimmed(), number(maxPredictionS))};
    return {ms, {}};
}

Checked<QString> schedulerAddress(const QString& text)
{
    static const QRegularExpression address(
        u"^(tcp|tls)://(\\[[0-9a-fA-F:]+\\]|[A-Za-z0-9_.-]+):([0-9]{1,5})$"_s);
    const auto match = address.match(text.trimmed());
    const int port = match.hasMatch() ? match.captured(3).toInt() : 0;
    if (port < 1 || port > 65535)
        return {{},
                Tr::tr("'%1' is not a scheduler address; allowed: tcp://HOST:PORT, as dask-scheduler "
                       "prints it")
                    .arg(text.trimmed())};
    return {text.trimmed(), {}};
}

int predictionDecimals(qint64 ms)
{
    return ms % 1000 == 0 ? 0 : ms % 100 == 0 ? 1 : ms % 10 == 0 ? 2 : 3;
}

QString predictionText(qint64 ms)
{
    return QString::number(double(ms) / 1e3, 'f', predictionDecimals(ms));
}

QString newRunFolder(const QString& base, const QDateTime& now)
{
    return QDir(base).filePath(now.toUTC().toString(u"yyyyMMdd-HHmmss-zzz"_s));
}

} // namespace Lab::Check
