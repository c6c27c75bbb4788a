#include "report/caption.h"

#include "report/narrative.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab::Caption {

namespace {

const QString separator = u" · "_s;

QString cores(int count)
{
    return Tr::tr("%n core(s)", nullptr, count);
}

QString labs(const QList<RunResultPtr>& runs)
{
    QList<int> numbers;
    bool custom = false;
    for (const RunResultPtr& run : runs) {
        const int lab = run->config.labNumber;
        custom = custom || lab < 0;
        if (lab >= 0 && !numbers.contains(lab))
            numbers.append(lab);
    }
    std::ranges::sort(numbers);
    QStringList parts;
    for (int lab : numbers)
        parts.append(Tr::tr("Lab %1").arg(lab));
    if (custom)
        parts.append(Tr::tr("a custom experiment"));
    return parts.join(u", "_s);
}

// The first run's start, in the reader's time zone and language.
QString when(const QList<RunResultPtr>& runs)
{
    QDateTime first;
    for (const RunResultPtr& run : runs) {
        if (run->startedUtc.isValid() && (!first.isValid() || run->startedUtc < first))
            first = run->startedUtc;
    }
    return first.isValid() ? QLocale().toString(first.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString runtimes(const QList<RunResultPtr>& runs)
{
    QStringList names;
    for (const RunResultPtr& run : runs) {
        QString name =
            run->config.runtime == Runtime::Cpp ? Tr::tr("the app's engine (C++)") : run->interpreter;
        if (name.isEmpty())
            name = Tr::tr("CPython");
        if (!names.contains(name))
            names.append(name);
    }
    return names.join(u", "_s);
}

QString machineText(const MachineInfo& machine)
{
    return machine.cpuModel.isEmpty() ? cores(machine.cores)
                                      : Tr::tr("%1, %2").arg(cores(machine.cores), machine.cpuModel);
}

} // namespace

bool sameMachine(const MachineInfo& a, const MachineInfo& b)
{
    return a.cores == b.cores && a.cpuModel == b.cpuModel;
}

QString subtitle(const QList<RunResultPtr>& runs, const MachineInfo& machine)
{
    if (runs.isEmpty())
        return {};
    QStringList works;
    for (const RunResultPtr& run : runs) {
        //: the kind of work and how much of it: "weather: 3 cities, 2.0 s each"
        const QString work = Tr::tr("%1: %2").arg(Narrative::workloadName(run->config.workload),
                                                  Narrative::workText(run->config));
        if (!works.contains(work))
            works.append(work);
    }
    works.append(cores(machine.cores));
    return works.join(separator);
}

QString caption(const QList<RunResultPtr>& runs, const MachineInfo& machine, const MachineInfo& here)
{
    if (runs.isEmpty())
        return {};
    const QString on = sameMachine(machine, here)
                           ? machineText(machine)
                           : Tr::tr("made on another machine: %1").arg(machineText(machine));
    QStringList parts{labs(runs), when(runs), on, runtimes(runs)};
    if (!machine.app.isEmpty())
        parts.append(u"%1 %2"_s.arg(QCoreApplication::applicationName(), machine.app).trimmed());
    parts.removeAll(QString());
    return parts.join(separator);
}

} // namespace Lab::Caption
