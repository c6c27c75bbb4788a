#include "experimentpanel.h"

#include "validation.h"

#include "measurefields.h"
#include "predictionfields.h"
#include "report/narrative.h"
#include "runtimechoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lab {

namespace {

QSpinBox* spinBox(int min, int max, int value, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

ExperimentPanel::ExperimentPanel(QWidget* parent) : QWidget(parent)
{
    build();
    retranslateUi();
    onPresetChanged();
    onPlanChanged();
}

void ExperimentPanel::build()
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"preset"_s);
    for (int i = 0; i <= labCount; ++i)
        m_preset->addItem(QString());
    m_presetHelp = new QLabel(this);
    m_presetHelp->setWordWrap(true);
    m_workload = new QComboBox(this);
    for (Workload w : allWorkloads)
        m_workload->addItem(QString(), int(w));
    auto* strategies = new QWidget(this);
    auto* strategyLayout = new QVBoxLayout(strategies);
    strategyLayout->setContentsMargins(0, 0, 0, 0);
    for (Strategy s : allStrategies) {
        m_strategies[int(s)] = new QCheckBox(strategies);
        m_strategies[int(s)]->setChecked(true);
        strategyLayout->addWidget(m_strategies[int(s)]);
    }
    m_cities = new QLineEdit(defaultCities().join(u", "_s), this);
    m_tasks = spinBox(1, maxTasks, 3, this);
    m_delay = spinBox(0, maxDelayMs, defaultWeatherDelayMs, this);
    m_workers = spinBox(1, maxWorkers(Strategy::Processes), defaultWorkers(Strategy::Threads, 5), this);
    m_n = new QLineEdit(this);
    QStringList seed;
    for (qint64 n : seedSquaresN)
        seed.append(QString::number(n));
    m_n->setText(seed.join(u", "_s));
    m_scale = spinBox(1, maxScale, defaultScale, this);
    m_waitPercent = spinBox(1, 100, 100, this);
    m_waitPercent->setSuffix(u" %"_s);
    m_gil = new QCheckBox(this);
    m_run = new QPushButton(this);
    m_run->setObjectName(u"run"_s);
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancel"_s);
    m_runtime = new RuntimeChoice(this);
    m_guesses = new PredictionFields(this);
    m_measure = new MeasureFields(this);
    m_progress = new QProgressBar(this);
    m_status = new QLabel(this);

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<QWidget*> fields{m_preset,
                                 m_runtime->runtimeField(),
                                 m_runtime->pythonField(),
                                 m_workload,
                                 strategies,
                                 m_cities,
                                 m_tasks,
                                 m_delay,
                                 m_workers,
                                 m_n,
                                 m_scale,
                                 m_waitPercent,
                                 m_measure->repeatsField(),
                                 m_measure->sweepField(),
                                 m_guesses};
    for (QWidget* field : fields) {
        m_labels.append(new QLabel(this));
        m_labels.last()->setBuddy(field);
        form->addRow(m_labels.last(), field);
        if (field == m_preset)
            form->addRow(m_presetHelp);
    }
    form->addRow(m_gil);
    m_runBaselineAgain = new QCheckBox(this);
    m_runBaselineAgain->setObjectName(u"runBaselineAgain"_s);
    form->addRow(m_runBaselineAgain);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExperimentPanel::onPresetChanged);
    connect(m_workload, &QComboBox::currentIndexChanged, this, &ExperimentPanel::updateEnabled);
    connect(m_runtime, &RuntimeChoice::changed, this, &ExperimentPanel::updateEnabled);
    connect(m_runtime, &RuntimeChoice::pythonFileRequested, this, &ExperimentPanel::pythonFileRequested);
    // Not RuntimeChoice::changed: that also tells of a new language, which runs nothing new.
    connect(qobject_cast<QComboBox*>(m_runtime->runtimeField()), &QComboBox::currentIndexChanged, this,
            &ExperimentPanel::onPlanChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExperimentPanel::onPlanChanged);
    connect(m_preset, &QComboBox::activated, this, &ExperimentPanel::presetChosen);
    for (QCheckBox* box : m_strategies) {
        connect(box, &QCheckBox::toggled, this, &ExperimentPanel::onPlanChanged);
        connect(box, &QCheckBox::toggled, this, &ExperimentPanel::updateEnabled); // the sweep's row
    }
    connect(m_measure, &MeasureFields::changed, this, &ExperimentPanel::onPlanChanged);
    connect(m_guesses, &PredictionFields::changed, this,
            [this] { Q_EMIT predictionsChanged(predictions()); });
    connect(m_run, &QPushButton::clicked, this, &ExperimentPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ExperimentPanel::cancelRequested);
    setRunning(false);
}

void ExperimentPanel::retranslateUi()
{
    const QStringList presets{tr("Lab 0 — one at a time (the baseline)"),
                              tr("Lab 1 — Asyncio: the weather"),
                              tr("Lab 2 — Threading: log files"),
                              tr("Lab 3 — Process Pool: computing"),
                              tr("Lab 4 — Threads and the GIL"),
                              tr("Lab 5 — Mistake: a blocking call in async code"),
                              tr("Lab 6 — Mistake: a race on a shared counter"),
                              tr("Lab 7 — Mistake: tiny tasks in a process pool"),
                              tr("Lab 8 — Mistake: a deadlock"),
                              tr("Lab 9 — Beyond one machine: a Dask cluster"),
                              tr("Custom experiment")};
    for (int i = 0; i < presets.size(); ++i)
        m_preset->setItemText(i, presets.at(i));
    for (Workload w : allWorkloads)
        m_workload->setItemText(int(w), Narrative::workloadName(w));
    for (Strategy s : allStrategies)
        m_strategies[int(s)]->setText(Narrative::strategyName(s));
    const QStringList labels{
        tr("&Experiment:"), tr("R&untime:"),     tr("&Python:"),  tr("W&ork:"),          tr("Strategies:"),
        tr("C&ities:"),     tr("&Tasks:"),       tr("W&ait:"),    tr("Wor&kers:"),       tr("&n values:"),
        tr("&Scale of n:"), tr("&Wait length:"), tr("&Repeats:"), tr("Workers s&weep:"), tr("&Your guess:")};
    for (int i = 0; i < labels.size(); ++i)
        m_labels[i]->setText(labels.at(i));
    m_delay->setSuffix(tr(" ms"));
    m_cities->setToolTip(tr("Cities separated by commas; more tasks than cities go round them again"));
    m_n->setToolTip(tr("Whole numbers from 1, separated by commas; each is multiplied by the scale"));
    m_waitPercent->setToolTip(tr("Shortens every wait, for a quick demonstration"));
    m_gil->setText(tr("Simulate Python's &GIL (threads)"));
    m_runBaselineAgain->setText(tr("Run the baseline again"));
    m_runBaselineAgain->setToolTip(
        tr("Off: a one-at-a-time run of the same work done earlier in the session is shown again, marked "
           "reused, instead of waiting for it twice"));
    m_runtime->retranslateUi();
    m_guesses->retranslateUi();
    m_measure->retranslateUi();
    // No mnemonic of its own: Alt+R is the Run menu's; F5 runs from anywhere.
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Run the experiment (F5)"));
    m_cancel->setText(tr("Cancel"));
    onPresetChanged();
    // Before the first run there is no progress to tell (QProgressBar's value is then -1).
    if (m_lastProgress)
        setProgress(m_lastProgress->done, m_lastProgress->total, m_lastProgress->elapsedNs);
}

void ExperimentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

int ExperimentPanel::preset() const
{
    return m_preset->currentIndex();
}

void ExperimentPanel::setPreset(int preset)
{
    m_preset->setCurrentIndex(std::clamp(preset, 0, labCount));
}

void ExperimentPanel::setWaitPercent(int percent)
{
    m_waitPercent->setValue(percent);
}

void ExperimentPanel::onPresetChanged()
{
    const QStringList help{
        tr("Fetches the weather of 3 cities (2 s each) and writes 5 log files (1 s each), one at a time: "
           "about 6 s and 5 s."),
        tr("Fetches the weather of 3 cities one at a time (about 6 s), then as coroutines on one event "
           "loop: about 2 s in all."),
        tr("Writes 5 log files one at a time (about 5 s), then with a pool of 5 threads: about 1 s in all."),
        tr("Sums the squares below 8, 9, 10 and 7 million (× the scale), one at a time and then with a "
           "process per core."),
        tr("Sums lab 3's squares one at a time, with 2 threads, with 2 threads under a simulated GIL, "
           "and with a process per core: under the GIL the threads take turns."),
        tr("Fetches the weather of 3 cities one at a time, then as coroutines three ways: with a blocking "
           "call inside (about 6 s), with the call handed to a thread, and with a real await (about 2 s)."),
        tr("Two threads add 1 to a shared counter 100,000 times each, without and with a lock; then two "
           "coroutines, without and with an await between the read and the write."),
        tr("Sums the squares below 100 (× the scale) 100,000 times: one at a time, then in a process pool "
           "one task at a time, and in batches of 1,000."),
        tr("Two threads take two locks, in opposite orders (a deadlock the app detects and ends) and in "
           "one order (it completes)."),
        tr("Sums lab 3's squares in CPython one at a time, with a pool of processes, and on a Dask cluster "
           "of as many workers (a local one started for the run): the cluster's start-up and each task's "
           "trip through its scheduler are what it costs."),
        tr("Choose the work, the strategies and the parameters.")};
    m_presetHelp->setText(help.value(preset()));
    if (preset() < labCount)
        showLab(preset());
    updateEnabled();
}

void ExperimentPanel::updateEnabled()
{
    const bool custom = preset() == labCount;
    const LabFields lab = changeableFields(preset());
    const auto workload = custom ? Workload(m_workload->currentData().toInt()) : Workload::Weather;
    const bool computing = (custom ? workload : labWorkload(preset())) == Workload::Squares;
    const bool idle = !m_running;
    // A field that does not apply is hidden, not shown disabled with another lab's values.
    const QList<std::pair<QWidget*, bool>> applies{
        {m_workload, custom},
        {m_strategies[0]->parentWidget(), custom},
        {m_tasks, custom || lab.tasks},
        {m_workers, custom || lab.workers},
        {m_gil, custom},
        {m_cities, custom && workload == Workload::Weather},
        {m_delay, (custom && workload != Workload::Squares) || lab.delay},
        {m_n, custom && workload == Workload::Squares},
        {m_scale, computing},
        {m_waitPercent, !computing},
        {m_runBaselineAgain, true},
        {m_measure->repeatsField(), true},
        {m_measure->sweepField(), runsAPool()},
        {m_guesses, true}};
    for (const auto& [field, shown] : applies) {
        m_form->setRowVisible(field, shown);
        field->setEnabled(idle);
    }
    m_preset->setEnabled(idle);
    // Lab 9's cluster is Dask's: without a Python that has it, the lab says what to install.
    if (auto* labs = qobject_cast<QStandardItemModel*>(m_preset->model())) {
        labs->item(clusterLab)->setEnabled(m_runtime->hasDask());
        labs->item(clusterLab)->setToolTip(m_runtime->hasDask() ? QString() : Python::daskInstallHint());
    }
    m_runtime->setIdle(idle);
    m_run->setEnabled(idle);
    m_cancel->setEnabled(m_running);
}

std::variant<Experiment, QString> ExperimentPanel::experiment() const
{
    auto chosen = work();
    if (auto* e = std::get_if<Experiment>(&chosen)) {
        if (const auto error = m_guesses->error())
            return *error;
        e->predictionsMs = m_guesses->predictions();
    }
    return chosen;
}

QList<RunConfig> ExperimentPanel::plannedRuns() const
{
    auto chosen = work();
    auto* e = std::get_if<Experiment>(&chosen);
    if (!e)
        return {};
    e->predictionsMs = m_guesses->predictions();
    return experimentRuns(*e, {}, {});
}

QMap<Strategy, qint64> ExperimentPanel::predictions() const
{
    return m_guesses->predictions();
}

void ExperimentPanel::setPredictions(const QMap<Strategy, qint64>& ms)
{
    m_guesses->setPredictions(ms);
}

void ExperimentPanel::setPrediction(Strategy strategy, qint64 ms)
{
    m_guesses->setPrediction(strategy, ms);
}

// The guesses follow the strategies that will run, which showLab() has checked for a lab.
void ExperimentPanel::onPlanChanged()
{
    QList<Strategy> running;
    if (preset() < labCount) { // a lab's own, the cluster's among them
        Experiment e;
        e.lab = preset();
        for (const RunConfig& r : experimentRuns(e, {}, {})) {
            if (!running.contains(r.strategy))
                running.append(r.strategy);
        }
    } else {
        for (Strategy s : allStrategies) {
            if (m_strategies[int(s)]->isChecked())
                running.append(s);
        }
    }
    m_guesses->setStrategies(running);
    Q_EMIT planChanged();
}

std::variant<Experiment, QString> ExperimentPanel::work() const
{
    Experiment e;
    e.scale = m_scale->value();
    e.waitPercent = m_waitPercent->value();
    e.runBaselinesAgain = m_runBaselineAgain->isChecked();
    if (const auto error = m_runtime->applyTo(e))
        return *error;
    if (const auto error = m_measure->applyTo(e, runsAPool()))
        return *error;
    if (preset() < labCount) {
        e.lab = preset();
        const LabFields lab = changeableFields(e.lab);
        if (lab.tasks)
            e.tasks = m_tasks->value();
        if (lab.workers)
            e.workers = m_workers->value();
        if (lab.delay)
            e.delayMs = m_delay->value();
        if (usesCluster(e)) {
            if (const auto error = m_runtime->applyCluster(e))
                return *error;
        }
        return e;
    }
    e.workload = Workload(m_workload->currentData().toInt());
    for (Strategy s : allStrategies) {
        if (m_strategies[int(s)]->isChecked())
            e.strategies.append(s);
    }
    if (e.strategies.isEmpty())
        return tr("Strategies: choose at least one");
    e.tasks = m_tasks->value();
    e.delayMs = m_delay->value();
    e.workers = m_workers->value();
    e.gil = m_gil->isChecked();
    // The rules of the command line, with the panel's names of the fields.
    if (e.workload == Workload::Weather) {
        const auto cities = Check::cities(m_cities->text());
        if (!cities.ok())
            return tr("Cities: %1").arg(cities.error);
        e.cities = cities.value;
    }
    if (e.workload == Workload::Squares) {
        const auto n = Check::squaresN(m_n->text(), e.scale);
        if (!n.ok())
            return tr("n values: %1").arg(n.error);
        e.n = n.value;
    }
    return e;
}

bool ExperimentPanel::runsAPool() const
{
    if (preset() < labCount)
        return preset() >= 2 && preset() != 5; // lab 2's threads, lab 3's processes, …; lab 5's are a fix's
    return m_strategies[int(Strategy::Threads)]->isChecked() ||
           m_strategies[int(Strategy::Processes)]->isChecked();
}

void ExperimentPanel::setRunning(bool running)
{
    m_running = running;
    updateEnabled();
}

void ExperimentPanel::setProgress(int done, int total, qint64 elapsedNs)
{
    m_lastProgress = Progress{done, total, elapsedNs};
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(std::min(done, std::max(total, 1)));
    m_status->setText(
        tr("%1 of %2 tasks · %3")
            .arg(QLocale().toString(done), QLocale().toString(total), Narrative::seconds(elapsedNs, 1)));
}

void ExperimentPanel::showError(const QString& message)
{
    m_status->setText(message);
}

} // namespace Lab
