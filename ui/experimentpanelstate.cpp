// The panel's fields set from elsewhere: a lab's runs, the settings of the last session, a lesson's one
// change, the interpreters found.
#include "experimentpanel.h"

#include "measurefields.h"
#include "runtimechoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lab {

void ExperimentPanel::saveSettings(QSettings& s) const
{
    // By name: the numbers moved when lab 4 came (the custom experiment was 4 before it).
    s.setValue(u"experiment/preset"_s, preset() == labCount ? u"custom"_s : QString::number(preset()));
    s.setValue(u"experiment/workload"_s, m_workload->currentIndex());
    QStringList chosen;
    for (Strategy st : allStrategies) {
        if (m_strategies[int(st)]->isChecked())
            chosen.append(strategyId(st));
    }
    s.setValue(u"experiment/strategies"_s, chosen);
    s.setValue(u"experiment/cities"_s, m_cities->text());
    s.setValue(u"experiment/tasks"_s, m_tasks->value());
    s.setValue(u"experiment/delayMs"_s, m_delay->value());
    s.setValue(u"experiment/workers"_s, m_workers->value());
    s.setValue(u"experiment/n"_s, m_n->text());
    s.setValue(u"experiment/scale"_s, m_scale->value());
    s.setValue(u"experiment/waitPercent"_s, m_waitPercent->value());
    s.setValue(u"experiment/gil"_s, m_gil->isChecked());
    m_runtime->saveSettings(s);
    m_measure->saveSettings(s);
}

void ExperimentPanel::restoreSettings(const QSettings& s)
{
    // A settings file edited by hand: spin boxes clamp what is out of range, unknown ids are ignored.
    const auto number = [&s](const QString& key, QSpinBox* box) {
        bool ok = false;
        const int v = s.value(key).toInt(&ok);
        if (ok)
            box->setValue(v);
    };
    m_workload->setCurrentIndex(std::clamp(s.value(u"experiment/workload"_s, 0).toInt(), 0, 2));
    if (s.contains(u"experiment/strategies"_s)) {
        const QStringList chosen = s.value(u"experiment/strategies"_s).toStringList();
        for (Strategy st : allStrategies)
            m_strategies[int(st)]->setChecked(chosen.contains(strategyId(st)));
    }
    m_cities->setText(s.value(u"experiment/cities"_s, m_cities->text()).toString().left(10'000));
    m_n->setText(s.value(u"experiment/n"_s, m_n->text()).toString().left(10'000));
    number(u"experiment/tasks"_s, m_tasks);
    number(u"experiment/delayMs"_s, m_delay);
    number(u"experiment/workers"_s, m_workers);
    number(u"experiment/scale"_s, m_scale);
    number(u"experiment/waitPercent"_s, m_waitPercent);
    m_gil->setChecked(s.value(u"experiment/gil"_s, false).toBool());
    m_runtime->restoreSettings(s);
    m_measure->restoreSettings(s);
    const QString chosen = s.value(u"experiment/preset"_s, 0).toString();
    setPreset(chosen == u"custom"_s ? labCount : chosen.toInt());
}

void ExperimentPanel::applyChange(const LessonChange& change)
{
    // The lab's fields stay, now editable; a mistakes lab stays itself, its ways need it.
    if (!isMistakesLab(preset()))
        setPreset(labCount);
    if (!change.strategies.isEmpty()) {
        for (Strategy s : allStrategies)
            m_strategies[int(s)]->setChecked(change.strategies.contains(s));
    }
    if (change.tasks)
        m_tasks->setValue(*change.tasks);
    if (change.workers)
        m_workers->setValue(*change.workers);
    if (change.gil)
        m_gil->setChecked(*change.gil);
    if (change.delayMs)
        m_delay->setValue(*change.delayMs);
}

void ExperimentPanel::setInterpreters(const QList<Python::Interpreter>& found)
{
    m_runtime->setInterpreters(found);
}

void ExperimentPanel::addInterpreter(const Python::Interpreter& interpreter)
{
    m_runtime->addInterpreter(interpreter);
}

bool ExperimentPanel::setRuntimeChoice(const QString& id)
{
    return m_runtime->setChoice(id);
}

void ExperimentPanel::showLab(int lab)
{
    // The fields show what the lab runs, and are where a custom experiment starts from.
    Experiment e;
    e.lab = lab;
    const QList<RunConfig> runs = experimentRuns(e, {}, {});
    const RunConfig& first = runs.first();
    if (const int w = m_workload->findData(int(first.workload)); w >= 0) // not a lab's own workload
        m_workload->setCurrentIndex(w);
    for (Strategy s : allStrategies)
        m_strategies[int(s)]->setChecked(
            std::any_of(runs.begin(), runs.end(), [s](const RunConfig& r) { return r.strategy == s; }));
    m_tasks->setValue(taskCountOf(first));
    m_delay->setValue(first.delayMs);
    m_workers->setValue(isMistakesLab(lab) ? std::max_element(runs.begin(), runs.end(),
                                                              [](const RunConfig& a, const RunConfig& b) {
                                                                  return a.workers < b.workers;
                                                              })
                                                 ->workers
                                           : runs.last().workers);
    m_gil->setChecked(std::any_of(runs.begin(), runs.end(), [](const RunConfig& r) { return r.gil; }));
}

} // namespace Lab
