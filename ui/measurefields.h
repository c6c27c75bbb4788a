#pragma once

#include "experiment.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace Lab {

// How the panel's experiment is measured: how many interleaved rounds, with a warm-up or not, and
// the pool sizes of a scaling sweep — as --repeats, --warmup and --sweep-workers ask on the command
// line, checked by the same rules.
class MeasureFields final : public QWidget {
    Q_OBJECT
public:
    explicit MeasureFields(QWidget* parent = nullptr);

    QWidget* repeatsField() const; // the rounds and the warm-up, side by side
    QWidget* sweepField() const;

    void retranslateUi();
    // Sets the experiment's repeats and sweep; an error naming the field when the sweep is not
    // well written. `pooled`: a pool of threads or processes runs, which a sweep needs.
    std::optional<QString> applyTo(Experiment& e, bool pooled) const;

    void saveSettings(QSettings& s) const;
    void restoreSettings(const QSettings& s);

Q_SIGNALS:
    void changed();

private:
    QWidget* m_repeatsRow;
    QSpinBox* m_repeats;
    QCheckBox* m_warmup;
    QLineEdit* m_sweep;
};

} // namespace Lab
