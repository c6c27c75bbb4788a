// The benchmark's figures and report: medians and ratios, a table for the terminal, and JSON of
// schema concurrency-lab/bench@1.
#include "benchmark.h"

#include "report/narrative.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Lab::Bench {

namespace {

QString number(double v)
{
    const double a = std::abs(v);
    return QString::number(v, 'f', a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
}

// "12.3 (11.9–13.0)": the median and the spread of the repeats.
QString medianAndSpread(const Series& s)
{
    if (s.isEmpty())
        return u"—"_s;
    if (s.values.size() == 1)
        return number(s.median());
    return u"%1 (%2–%3)"_s.arg(number(s.median()), number(s.min()), number(s.max()));
}

QString pad(const QString& text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - Narrative::displayWidth(text)), u' ');
}

QJsonObject seriesJson(const Series& s)
{
    QJsonArray values;
    for (double v : s.values)
        values.append(v);
    return {{u"median"_s, s.median()}, {u"min"_s, s.min()}, {u"max"_s, s.max()}, {u"runs"_s, values}};
}

} // namespace

double Series::median() const
{
    if (values.isEmpty())
        return 0;
    QList<double> v = values;
    std::sort(v.begin(), v.end());
    const qsizetype m = v.size() / 2;
    return v.size() % 2 ? v.at(m) : (v.at(m - 1) + v.at(m)) / 2;
}

double Series::min() const
{
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

double Series::max() const
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

std::optional<double> Figure::ratio() const
{
    if (cpp.isEmpty() || python.isEmpty() || cpp.median() <= 0 || python.median() <= 0)
        return std::nullopt;
    return higherIsBetter ? cpp.median() / python.median() : python.median() / cpp.median();
}

QString table(const Report& report)
{
    const QStringList header{
        u"figure"_s, u"unit"_s, u"C++ median (spread)"_s, u"CPython median (spread)"_s, u"ratio"_s,
        u"target"_s, u"met"_s};
    QList<QStringList> rows{header};
    for (const Figure& f : report.figures) {
        const auto ratio = f.ratio();
        rows.append({f.what, f.unit, medianAndSpread(f.cpp), medianAndSpread(f.python),
                     ratio ? u"%1×"_s.arg(number(*ratio)) : u"—"_s, f.target.isEmpty() ? u"—"_s : f.target,
                     !f.met   ? u"—"_s
                     : *f.met ? u"yes"_s
                              : u"NO"_s});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], Narrative::displayWidth(row.at(i)));
    }
    QString out = u"Concurrency Lab benchmark%1 — %2 cores, %3, %4, Qt %5\nCPython: %6\n"_s.arg(
        report.quick ? u" (--quick)"_s : QString(), QString::number(report.machine.cores),
        report.machine.cpuModel, report.machine.os, report.machine.qt, report.interpreter);
    out += u"Each figure: the median of its repeats, after a warm-up; ratio = how many times less the engine "
           "costs than CPython (for speed-ups: the engine's ÷ CPython's).\n\n"_s;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += pad(row.at(i), widths.at(i) + 2);
        out += line.trimmed() + u'\n';
    }
    return out;
}

QJsonObject toJson(const Report& report)
{
    QJsonArray figures;
    for (const Figure& f : report.figures) {
        const auto ratio = f.ratio();
        figures.append(QJsonObject{
            {u"id"_s, f.id},
            {u"what"_s, f.what},
            {u"unit"_s, f.unit},
            {u"cpp"_s, seriesJson(f.cpp)},
            {u"python"_s, f.python.isEmpty() ? QJsonValue() : QJsonValue(seriesJson(f.python))},
            {u"ratio"_s, ratio ? QJsonValue(*ratio) : QJsonValue()},
            {u"target"_s, f.target.isEmpty() ? QJsonValue() : QJsonValue(f.target)},
            {u"met"_s, f.met ? QJsonValue(*f.met) : QJsonValue()},
        });
    }
    return {{u"schema"_s, u"concurrency-lab/bench@1"_s},
            {u"quick"_s, report.quick},
            {u"machine"_s, QJsonObject{{u"cores"_s, report.machine.cores},
                                       {u"cpu_model"_s, report.machine.cpuModel},
                                       {u"os"_s, report.machine.os},
                                       {u"qt"_s, report.machine.qt},
                                       {u"app"_s, report.machine.app}}},
            {u"python"_s, report.interpreter},
            {u"figures"_s, figures}};
}

} // namespace Lab::Bench
