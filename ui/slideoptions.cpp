#include "slideoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace Lab {

SlideOptions::SlideOptions(QFileDialog* dialog)
    : QWidget(dialog), m_size(new QComboBox(this)), m_caption(new QCheckBox(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_size);
    row->addWidget(m_caption);
    row->addStretch();
    for (const QSize& size : ChartExport::slideSizes())
        m_size->addItem(ChartExport::sizeText(size), size);
    m_caption->setChecked(true);
    // Qt's dialog lays itself out in a grid: a row of our own below its file-type row.
    if (auto* grid = qobject_cast<QGridLayout*>(dialog->layout())) {
        auto* label = new QLabel(dialog);
        label->setObjectName(QStringLiteral("slideSizeLabel"));
        label->setBuddy(m_size);
        const int at = grid->rowCount();
        grid->addWidget(label, at, 0);
        grid->addWidget(this, at, 1, 1, std::max(1, grid->columnCount() - 1));
    }
    retranslateUi();
}

QSize SlideOptions::size() const
{
    return m_size->currentData().toSize();
}

bool SlideOptions::withCaption() const
{
    return m_caption->isChecked();
}

void SlideOptions::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SlideOptions::retranslateUi()
{
    if (auto* label = parentWidget()->findChild<QLabel*>(QStringLiteral("slideSizeLabel")))
        label->setText(tr("Slide size:"));
    m_caption->setText(tr("Caption: what ran, when, on which machine"));
    m_size->setToolTip(tr("Pixels of the picture; the text grows with it, to read from the back of a room"));
}

} // namespace Lab
