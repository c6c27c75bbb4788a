#pragma once

#include "labtypes.h"
#include "validation.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace Lab {

// The person's guess of each strategy's wall time in seconds, typed before Run (predict, then
// run): a field for each strategy that will run. The others are hidden and keep what they hold,
// for when the experiment runs them again. An empty field is no guess.
class PredictionFields final : public QWidget {
    Q_OBJECT
public:
    explicit PredictionFields(QWidget* parent = nullptr);

    void retranslateUi();
    void setStrategies(const QList<Strategy>& running);
    // The guesses of the strategies shown that are well written, in ms.
    QMap<Strategy, qint64> predictions() const;
    // Every field: a strategy not in `ms` has no guess.
    void setPredictions(const QMap<Strategy, qint64>& ms);
    void setPrediction(Strategy strategy, qint64 ms);
    // The first shown guess that is not a number of seconds, with the strategy's name.
    std::optional<QString> error() const;

Q_SIGNALS:
    void changed(); // typed, or set

private:
    // What the field of a strategy shown holds; none when hidden or empty.
    std::optional<Check::Checked<qint64>> guessOf(Strategy s) const;

    QLabel* m_names[std::size(strategyIds)];
    QLineEdit* m_fields[std::size(strategyIds)];
    QLabel* m_units[std::size(strategyIds)];
};

} // namespace Lab
