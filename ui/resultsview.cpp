#include "resultsview.h"

#include "engine/session.h"
#include "report/sessionmodel.h"

#include <QEvent>
#include <QHeaderView>

namespace Lab {

ResultsView::ResultsView(const Session* session, QWidget* parent)
    : QTableView(parent), m_model(new SessionModel(this))
{
    // The session keeps every finished run until it is cleared: what it has, then each as it comes.
    m_model->setRuns(session->results());
    connect(session, &Session::runFinished, m_model, &SessionModel::appendRun);
    connect(session, &Session::cleared, m_model, &SessionModel::clear);
    connect(session, &Session::opened, m_model, [this, session] { m_model->setRuns(session->results()); });
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection); // rows of several batches: side by side
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<RunResultPtr> chosen;
        for (const QModelIndex& row : selectionModel()->selectedRows())
            chosen.append(m_model->runAt(row.row()));
        const QModelIndex current = selectionModel()->currentIndex();
        Q_EMIT runsSelected(chosen, current.isValid() ? m_model->runAt(current.row()) : nullptr);
    });
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
