#include "resultsview.h"

#include "report/sessionmodel.h"

#include <QEvent>
#include <QHeaderView>

namespace Lab {

ResultsView::ResultsView(const Session* session, QWidget* parent)
    : QTableView(parent), m_model(new SessionModel(session, this))
{
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    // Keep the newest run in sight.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { scrollToBottom(); });
}

void ResultsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_model->retranslate();
    QTableView::changeEvent(event);
}

} // namespace Lab
