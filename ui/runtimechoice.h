#pragma once

#include "experiment.h"

#include <QObject>

#include <optional>

class QComboBox;
class QPushButton;
class QSettings;
class QWidget;

namespace Lab {

// The experiment panel's choice of runtime (the engine, CPython, or both) and of the Python that
// runs CPython's side. CPython is offered once an interpreter is known; until then, or when none
// was found, its items are disabled and say why. The two fields are the panel's widgets.
class RuntimeChoice final : public QObject {
    Q_OBJECT
public:
    explicit RuntimeChoice(QWidget* panel);

    QWidget* runtimeField() const;
    QWidget* pythonField() const { return m_pythonField; }
    void retranslateUi();
    void setIdle(bool idle);

    void setInterpreters(const QList<Python::Interpreter>& found);
    void addInterpreter(const Python::Interpreter& interpreter); // chosen by hand, selected
    bool setChoice(const QString& id);                           // "cpp", "python" or "both"

    // Fills in the runtimes and the interpreter; an error when CPython is chosen but none is known.
    std::optional<QString> applyTo(Experiment& e) const;
    // A cluster's experiment (lab 9): the Python chosen when it has Dask, else the first found that
    // has; nullopt when set, else what to install.
    std::optional<QString> applyCluster(Experiment& e) const;
    bool hasDask() const; // some Python found can run a cluster

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void changed();
    void pythonFileRequested(); // "Other…": the window asks for a file

private:
    void update();
    RuntimeSet chosen() const;

    QComboBox* m_runtime;
    QComboBox* m_python;
    QPushButton* m_other;
    QWidget* m_pythonField;
    QList<Python::Interpreter> m_interpreters;
    bool m_searched = false;
    QString m_wantedPython; // from the settings, selected once found
    int m_wantedRuntime = 0;
};

} // namespace Lab
