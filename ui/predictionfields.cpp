#include "predictionfields.h"

#include "report/narrative.h"
#include "validation.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Lab {

PredictionFields::PredictionFields(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (const auto& [s, id] : strategyIds) {
        const int row = int(s);
        m_names[row] = new QLabel(this);
        m_fields[row] = new QLineEdit(this);
        m_fields[row]->setObjectName(u"guess-"_s + strategyId(s));
        m_names[row]->setBuddy(m_fields[row]);
        m_units[row] = new QLabel(this);
        grid->addWidget(m_names[row], row, 0);
        grid->addWidget(m_fields[row], row, 1);
        grid->addWidget(m_units[row], row, 2);
        connect(m_fields[row], &QLineEdit::textEdited, this, &PredictionFields::changed);
    }
    grid->setColumnStretch(0, 1);
}

void PredictionFields::retranslateUi()
{
    for (const auto& [s, id] : strategyIds) {
        m_names[int(s)]->setText(Narrative::strategyName(s));
        m_units[int(s)]->setText(tr("s"));
        m_fields[int(s)]->setToolTip(tr("How many seconds do you expect %1 to take? Empty: no guess. "
                                        "You can also drag in its column of the wall-clock chart.")
                                         .arg(Narrative::strategyName(s)));
    }
}

void PredictionFields::setStrategies(const QList<Strategy>& running)
{
    QWidget* first = nullptr;
    for (const auto& [s, id] : strategyIds) {
        const bool shown = running.contains(s);
        for (QWidget* w : {static_cast<QWidget*>(m_names[int(s)]), static_cast<QWidget*>(m_fields[int(s)]),
                           static_cast<QWidget*>(m_units[int(s)])})
            w->setVisible(shown);
        if (shown && !first)
            first = m_fields[int(s)];
    }
    setFocusProxy(first); // the row's label leads to the first guess
}

std::optional<Check::Checked<qint64>> PredictionFields::guessOf(Strategy s) const
{
    const QLineEdit* field = m_fields[int(s)];
    if (field->isHidden() || field->text().trimmed().isEmpty())
        return std::nullopt;
    return Check::predictionMs(field->text());
}

QMap<Strategy, qint64> PredictionFields::predictions() const
{
    QMap<Strategy, qint64> ms;
    for (const auto& [s, id] : strategyIds) {
        const auto guess = guessOf(s);
        if (guess && guess->ok())
            ms.insert(s, guess->value);
    }
    return ms;
}

void PredictionFields::setPredictions(const QMap<Strategy, qint64>& ms)
{
    for (const auto& [s, id] : strategyIds)
        m_fields[int(s)]->setText(ms.contains(s) ? Check::predictionText(ms.value(s)) : QString());
    Q_EMIT changed();
}

void PredictionFields::setPrediction(Strategy strategy, qint64 ms)
{
    const QString text = Check::predictionText(ms);
    if (m_fields[int(strategy)]->text() == text)
        return;
    m_fields[int(strategy)]->setText(text);
    Q_EMIT changed();
}

std::optional<QString> PredictionFields::error() const
{
    for (const auto& [s, id] : strategyIds) {
        const auto guess = guessOf(s);
        if (guess && !guess->ok())
            return tr("Your guess, %1: %2").arg(Narrative::strategyName(s), guess->error);
    }
    return std::nullopt;
}

} // namespace Lab
