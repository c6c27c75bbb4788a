// The benchmark's report: a table for the terminal and JSON of schema concurrency-lab/bench@2,
// each figure with its estimate, its spread, how many repeats the machine disturbed, and its
// verdict. English only, like the rest of the benchmark's output.
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

QString withUnit(double v, const QString& unit)
{
    return unit == u"×"_s || unit == u"%"_s ? number(v) + unit : u"%1 %2"_s.arg(number(v), unit);
}

QString estimatorId(Estimator e)
{
    return e == Estimator::Minimum ? u"min"_s : u"median"_s;
}

// "1.63 (median 1.69, max 1.77)" for a minimum, "1.90 (1.86–1.98)" for a median.
QString cell(const Series& s, Estimator e)
{
    if (s.isEmpty())
        return u"—"_s;
    if (s.values.size() == 1)
        return number(s.median());
    if (e == Estimator::Minimum)
        return u"%1 (median %2, max %3)"_s.arg(number(s.min()), number(s.median()), number(s.max()));
    return u"%1 (%2–%3)"_s.arg(number(s.median()), number(s.min()), number(s.max()));
}

struct Counts {
    int disturbed = 0;
    qsizetype repeats = 0;
    std::optional<double> otherCpuPct; // the most of any repeat
    std::optional<double> stealPct;
};

std::optional<double> most(std::optional<double> a, std::optional<double> b)
{
    return a && b ? std::max(*a, *b) : a ? a : b;
}

Counts countsOf(const Figure& f)
{
    Counts c;
    for (const Series* s : f.judged()) {
        c.disturbed += s->disturbed();
        c.repeats += s->values.size();
        c.otherCpuPct = most(c.otherCpuPct, s->mostOtherCpuPct());
        c.stealPct = most(c.stealPct, s->mostStealPct());
    }
    return c;
}

QString verdictText(const Figure& f)
{
    if (f.suspect())
        return u"suspect"_s;
    return !f.met ? u"—"_s : *f.met ? u"yes"_s : u"NO"_s;
}

QString disturbedText(const Figure& f)
{
    const Counts c = countsOf(f);
    QString text = u"%1/%2"_s.arg(c.disturbed).arg(c.repeats);
    if (c.disturbed > 0 && c.otherCpuPct)
        text += u" (%1 cores)"_s.arg(*c.otherCpuPct / 100, 0, 'f', 1);
    return text;
}

QString pad(const QString& text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - Narrative::displayWidth(text)), u' ');
}

QJsonValue optionalJson(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject seriesJson(const Series& s, Estimator e)
{
    QJsonArray values;
    QJsonArray other;
    QJsonArray steal;
    QJsonArray disturbed;
    for (qsizetype i = 0; i < s.values.size(); ++i) {
        values.append(s.values.at(i));
        const std::optional<Noise::Disturbance> d = s.machine.value(i);
        other.append(d ? QJsonValue(d->otherCpuPct) : QJsonValue());
        steal.append(d ? QJsonValue(d->stealPct) : QJsonValue());
        disturbed.append(d ? QJsonValue(d->disturbed()) : QJsonValue());
    }
    return {{u"estimate"_s, s.estimate(e)},
            {u"median"_s, s.median()},
            {u"min"_s, s.min()},
            {u"max"_s, s.max()},
            {u"runs"_s, values},
            {u"other_cpu_pct"_s, other},
            {u"steal_pct"_s, steal},
            {u"disturbed"_s, disturbed}};
}

QJsonObject figureJson(const Figure& f)
{
    const Counts c = countsOf(f);
    QJsonArray suspects;
    for (Noise::Suspect why : f.suspects)
        suspects.append(idOf(Noise::suspectIds, why));
    return {{u"id"_s, f.id},
            {u"what"_s, f.what},
            {u"unit"_s, f.unit},
            {u"estimator"_s, estimatorId(f.estimator)},
            {u"cpp"_s, seriesJson(f.cpp, f.estimator)},
            {u"python"_s, f.python.isEmpty() ? QJsonValue() : QJsonValue(seriesJson(f.python, f.estimator))},
            {u"ratio"_s, optionalJson(f.ratio())},
            {u"ideal"_s, optionalJson(f.ideal)},
            {u"target"_s, f.target.text.isEmpty() ? QJsonValue() : QJsonValue(f.target.text)},
            {u"met"_s, f.verdict() ? QJsonValue(*f.verdict()) : QJsonValue()},
            {u"met_as_measured"_s, f.met ? QJsonValue(*f.met) : QJsonValue()},
            {u"suspect"_s, suspects},
            {u"why"_s, reasons(f).join(u"; "_s)},
            {u"disturbed_repeats"_s, c.disturbed},
            {u"other_cpu_pct"_s, optionalJson(c.otherCpuPct)},
            {u"steal_pct"_s, optionalJson(c.stealPct)}};
}

} // namespace

QStringList reasons(const Figure& f)
{
    // The series that made the figure suspect, for the counts: those whose repeats were spoilt.
    const auto spoilt = [&f](int (Series::*count)() const) {
        Counts c;
        for (const Series* s : f.judged()) {
            if (!Noise::spoilsMedian((s->*count)(), s->values.size()))
                continue;
            c.disturbed += (s->*count)();
            c.repeats += s->values.size();
            c.otherCpuPct = most(c.otherCpuPct, s->mostOtherCpuPct());
            c.stealPct = most(c.stealPct, s->mostStealPct());
        }
        return c;
    };
    QStringList out;
    for (Noise::Suspect why : f.suspects) {
        switch (why) {
        case Noise::Suspect::BusyMachine: {
            const Counts c = spoilt(&Series::busy);
            out.append(u"other programs %1 cores (%2 of %3 repeats)"_s
                           .arg(c.otherCpuPct.value_or(0) / 100, 0, 'f', 1)
                           .arg(c.disturbed)
                           .arg(c.repeats));
            break;
        }
        case Noise::Suspect::Steal: {
            const Counts c = spoilt(&Series::stolen);
            out.append(u"steal %1% (%2 of %3 repeats)"_s.arg(c.stealPct.value_or(0), 0, 'f', 0)
                           .arg(c.disturbed)
                           .arg(c.repeats));
            break;
        }
        case Noise::Suspect::AboveIdeal: {
            double highest = 0;
            for (const Series* s : f.judged())
                highest = std::max(highest, s->isEmpty() ? 0 : s->estimate(f.estimator));
            out.append(
                u"%1 above ideal %2"_s.arg(withUnit(highest, f.unit), withUnit(f.ideal.value_or(0), f.unit)));
            break;
        }
        case Noise::Suspect::WideSpread: // the bench judges by estimates, not by spread
            break;
        }
    }
    return out;
}

QString table(const Report& report)
{
    const QStringList header{u"figure"_s, u"unit"_s,   u"by"_s,        u"C++"_s, u"CPython"_s,
                             u"ratio"_s,  u"target"_s, u"disturbed"_s, u"met"_s};
    QList<QStringList> rows{header};
    QStringList notes;
    for (const Figure& f : report.figures) {
        const auto ratio = f.ratio();
        rows.append({f.what, f.unit, estimatorId(f.estimator), cell(f.cpp, f.estimator),
                     cell(f.python, f.estimator), ratio ? u"%1×"_s.arg(number(*ratio)) : u"—"_s,
                     f.target.text.isEmpty() ? u"—"_s : f.target.text, disturbedText(f), verdictText(f)});
        if (f.suspect())
            notes.append(u"  %1: %2%3"_s.arg(
                f.what, reasons(f).join(u"; "_s),
                f.met ? (*f.met ? u" (as measured: met)"_s : u" (as measured: NO)"_s) : QString()));
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], Narrative::displayWidth(row.at(i)));
    }
    QString out = u"Concurrency Lab benchmark%1 — %2 cores, %3, %4, Qt %5\nCPython: %6\n"_s.arg(
        report.quick ? u" (--quick)"_s : QString(), QString::number(report.machine.cores),
        report.machine.cpuModel, report.machine.os, report.machine.qt, report.interpreter);
    out += u"Repeats interleaved with what they are compared with, after a warm-up. A cost is judged by the "
           "minimum of its repeats (noise only adds time), a speed-up by the median of its pairs; ratio = "
           "how many times less the engine costs than CPython (for speed-ups: the engine's ÷ CPython's). "
           "disturbed: repeats in which other programs took over a quarter of a core, or the hypervisor "
           "over 10%.\n\n"_s;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += pad(row.at(i), widths.at(i) + 2);
        out += line.trimmed() + u'\n';
    }
    if (!notes.isEmpty())
        out += u"\nSuspect, not judged: the machine, not the code, may have made these figures.\n"_s +
               notes.join(u'\n') + u'\n';
    return out;
}

QJsonObject toJson(const Report& report)
{
    QJsonArray figures;
    for (const Figure& f : report.figures)
        figures.append(figureJson(f));
    return {{u"schema"_s, u"concurrency-lab/bench@2"_s},
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
