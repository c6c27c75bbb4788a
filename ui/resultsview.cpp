#include "resultsview.h"

#include "engine/session.h"
#include "report/sessionmodel.h"

#include <QEvent>
#include <QHeaderView>

namespace Lab {

ResultsView::ResultsView(const Session* session, QWidget* parent)
    : QTableView(parent), m_model(new SessionModel(this))
{
    // The session keeps every finished run and forgets none: what it has, then each as it comes.
    m_model->setRuns(session->results());
    connect(session, &Session::runFinished, m_model, &SessionModel::appendRun);
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
