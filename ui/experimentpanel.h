#pragma once

#include "experiment.h"
#include "lesson.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;

namespace Lab {

class MeasureFields;
class PredictionFields;
class RuntimeChoice;

// Chooses what to run: a lab or a custom experiment, with checked parameters, and the
// person's guess of each strategy's time (predict, then run); Run, Cancel and the progress of the batch.
class ExperimentPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentPanel(QWidget* parent = nullptr);

    // The experiment the fields describe, or an error naming the field and what is allowed.
    std::variant<Experiment, QString> experiment() const;
    int preset() const; // 0–3: a lab; labCount: custom
    void setPreset(int preset);
    void setWaitPercent(int percent);

    // The guesses of the wall time by strategy, in ms, of the strategies that will run; typed in the
    // panel, dragged on the chart or set here.
    QMap<Strategy, qint64> predictions() const;
    void setPredictions(const QMap<Strategy, qint64>& ms);
    void setPrediction(Lab::Strategy strategy, qint64 ms);
    // The runs Run would start, with their guesses; none while a field other than a guess is wrong.
    QList<RunConfig> plannedRuns() const;

    void setRunning(bool running);
    void setProgress(int done, int total, qint64 elapsedNs);
    void showError(const QString& message);

    // The interpreters found on this machine; until this is called, CPython is "being looked for".
    void setInterpreters(const QList<Python::Interpreter>& found);
    void addInterpreter(const Python::Interpreter& interpreter); // chosen by hand, selected
    // "cpp", "python" or "both"; false when CPython is asked for but none was found.
    bool setRuntimeChoice(const QString& id);

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

    // A lesson's one change: the custom experiment, from the fields of the lab chosen now, with
    // what `change` names set.
    void applyChange(const LessonChange& change);

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    void pythonFileRequested();    // "Other Python…": the window asks for a file
    void planChanged();            // another experiment, other strategies or runtimes: other runs to come
    void presetChosen(int preset); // by the person, in the list (not by setPreset())
    void predictionsChanged(const QMap<Lab::Strategy, qint64>& ms);

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    std::variant<Experiment, QString> work() const; // the experiment without the guesses
    void onPlanChanged();
    void retranslateUi();
    void onPresetChanged();
    void showLab(int lab);
    void updateEnabled();
    bool runsAPool() const; // threads or processes: what a workers sweep needs

    QComboBox* m_preset;
    QLabel* m_presetHelp;
    QComboBox* m_workload;
    QCheckBox* m_strategies[4];
    QLineEdit* m_cities;
    QSpinBox* m_tasks;
    QSpinBox* m_delay;
    QSpinBox* m_workers;
    QLineEdit* m_n;
    QSpinBox* m_scale;
    QSpinBox* m_waitPercent;
    QCheckBox* m_gil;
    RuntimeChoice* m_runtime;
    PredictionFields* m_guesses;
    MeasureFields* m_measure;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QFormLayout* m_form = nullptr;
    QCheckBox* m_runBaselineAgain = nullptr;
    QProgressBar* m_progress;
    QLabel* m_status;
    struct Progress {
        int done = 0;
        int total = 0;
        qint64 elapsedNs = 0;
    };
    std::optional<Progress> m_lastProgress; // none before the first run
    QList<QLabel*> m_labels;
    bool m_running = false;
};

} // namespace Lab
