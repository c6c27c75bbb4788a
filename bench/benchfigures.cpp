// The benchmark's figures as values: their repeats' estimates and the verdict on them, pure (no
// timing), so that tests/tst_bench.cpp can judge figures it makes up.
#include "benchmark.h"

#include <algorithm>

namespace Lab::Bench {

namespace {

int countOf(const Series& s, bool (*holds)(const Noise::Disturbance&))
{
    return int(std::count_if(s.machine.begin(), s.machine.end(),
                             [holds](const std::optional<Noise::Disturbance>& d) { return d && holds(*d); }));
}

std::optional<double> mostOf(const Series& s, double Noise::Disturbance::*field)
{
    std::optional<double> most;
    for (const std::optional<Noise::Disturbance>& d : s.machine) {
        if (d)
            most = std::max(most.value_or(0), (*d).*field);
    }
    return most;
}

void addOnce(QList<Noise::Suspect>& suspects, Noise::Suspect why)
{
    if (!suspects.contains(why))
        suspects.append(why);
}

} // namespace

void Series::add(double value, std::optional<Noise::Disturbance> d)
{
    values.append(value);
    machine.append(d);
}

double Series::median() const
{
    return Noise::spreadOf(values).value_or(Noise::Spread{}).median;
}

double Series::min() const
{
    return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end());
}

double Series::max() const
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

int Series::busy() const
{
    return countOf(*this, [](const Noise::Disturbance& d) { return d.busy; });
}

int Series::stolen() const
{
    return countOf(*this, [](const Noise::Disturbance& d) { return d.stolen; });
}

int Series::disturbed() const
{
    return countOf(*this, [](const Noise::Disturbance& d) { return d.disturbed(); });
}

std::optional<double> Series::mostOtherCpuPct() const
{
    return mostOf(*this, &Noise::Disturbance::otherCpuPct);
}

std::optional<double> Series::mostStealPct() const
{
    return mostOf(*this, &Noise::Disturbance::stealPct);
}

std::optional<double> Figure::ratio() const
{
    if (cpp.isEmpty() || python.isEmpty())
        return std::nullopt;
    const double ours = cpp.estimate(estimator);
    const double theirs = python.estimate(estimator);
    if (ours <= 0 || theirs <= 0)
        return std::nullopt;
    return higherIsBetter ? ours / theirs : theirs / ours;
}

QList<const Series*> Figure::judged() const
{
    QList<const Series*> out{&cpp};
    if (!python.isEmpty() && (target.againstPython || !target.holds))
        out.append(&python);
    return out;
}

void judge(Figure& f)
{
    f.suspects.clear();
    for (const Series* s : f.judged()) {
        if (Noise::spoilsMedian(s->busy(), s->values.size()))
            addOnce(f.suspects, Noise::Suspect::BusyMachine);
        if (Noise::spoilsMedian(s->stolen(), s->values.size()))
            addOnce(f.suspects, Noise::Suspect::Steal);
        if (f.ideal && !s->isEmpty() && Noise::isAboveIdeal(s->estimate(f.estimator), *f.ideal))
            addOnce(f.suspects, Noise::Suspect::AboveIdeal);
    }
    f.met.reset();
    if (!f.target.holds)
        return;
    if (f.cpp.isEmpty()) { // none of our repeats ended well
        f.met = false;
        return;
    }
    const std::optional<double> theirs =
        f.python.isEmpty() ? std::nullopt : std::optional(f.python.estimate(f.estimator));
    f.met = f.target.holds(f.cpp.estimate(f.estimator), theirs);
}

} // namespace Lab::Bench
