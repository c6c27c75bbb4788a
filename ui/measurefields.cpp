#include "measurefields.h"

#include "validation.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Lab {

MeasureFields::MeasureFields(QWidget* parent)
    : QWidget(parent), m_repeatsRow(new QWidget(this)), m_repeats(new QSpinBox(m_repeatsRow)),
      m_warmup(new QCheckBox(m_repeatsRow)), m_sweep(new QLineEdit(this))
{
    hide(); // a holder of the fields, which the panel's form lays out
    m_repeats->setRange(1, maxRepeats);
    m_repeats->setObjectName(u"repeats"_s);
    m_warmup->setObjectName(u"warmup"_s);
    m_sweep->setObjectName(u"sweepWorkers"_s);
    auto* row = new QHBoxLayout(m_repeatsRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_repeats, 1);
    row->addWidget(m_warmup);
    connect(m_repeats, &QSpinBox::valueChanged, this, &MeasureFields::changed);
    connect(m_warmup, &QCheckBox::toggled, this, &MeasureFields::changed);
    connect(m_sweep, &QLineEdit::textChanged, this, &MeasureFields::changed);
}

QWidget* MeasureFields::repeatsField() const
{
    return m_repeatsRow;
}

QWidget* MeasureFields::sweepField() const
{
    return m_sweep;
}

void MeasureFields::retranslateUi()
{
    m_repeats->setSuffix(tr(" × each"));
    m_repeats->setToolTip(tr("Runs every strategy this many times, interleaved (one at a time, the others, "
                             "then again), and shows the median with the spread"));
    m_warmup->setText(tr("Warm-&up first"));
    m_warmup->setToolTip(tr("One run of each strategy before the first round, not counted"));
    m_sweep->setPlaceholderText(tr("none, or such as 1,2,4,8"));
    m_sweep->setToolTip(tr("Runs each pool of threads or processes at these sizes, for the Scaling chart; "
                           "it takes the place of Workers"));
}

std::optional<QString> MeasureFields::applyTo(Experiment& e, bool pooled) const
{
    e.repeats = m_repeats->value();
    e.warmup = m_warmup->isChecked();
    e.sweepWorkers.clear();
    if (m_sweep->text().trimmed().isEmpty() || !pooled)
        return std::nullopt;
    const auto sweep = Check::workerSweep(m_sweep->text(), maxWorkers(Strategy::Processes));
    if (!sweep.ok())
        return tr("Workers sweep: %1").arg(sweep.error);
    e.sweepWorkers = sweep.value;
    return std::nullopt;
}

void MeasureFields::saveSettings(QSettings& s) const
{
    s.setValue(u"experiment/repeats"_s, m_repeats->value());
    s.setValue(u"experiment/warmup"_s, m_warmup->isChecked());
    s.setValue(u"experiment/sweepWorkers"_s, m_sweep->text());
}

void MeasureFields::restoreSettings(const QSettings& s)
{
    bool ok = false;
    const int repeats = s.value(u"experiment/repeats"_s).toInt(&ok);
    if (ok)
        m_repeats->setValue(repeats); // clamped to 1–50
    m_warmup->setChecked(s.value(u"experiment/warmup"_s, false).toBool());
    // Written by hand unquoted, "1,2,4" reads as a list.
    const QVariant sweep = s.value(u"experiment/sweepWorkers"_s);
    m_sweep->setText(
        (sweep.typeId() == QMetaType::QStringList ? sweep.toStringList().join(u',') : sweep.toString())
            .left(1'000));
}

} // namespace Lab
