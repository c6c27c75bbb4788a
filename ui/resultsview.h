#pragma once

#include "runresult.h"

#include <QTableView>

namespace Lab {

class Session;
class SessionModel;

// A row per run of the session: strategy, wall, CPU, speed-up, how close to the ideal.
class ResultsView final : public QTableView {
    Q_OBJECT
public:
    explicit ResultsView(const Session* session, QWidget* parent = nullptr);
    SessionModel* sessionModel() const { return m_model; }

Q_SIGNALS:
    // The rows chosen, and the one the person clicked last (null when none).
    void runsSelected(const QList<Lab::RunResultPtr>& runs, const Lab::RunResultPtr& current);

protected:
    void changeEvent(QEvent* event) override;

private:
    SessionModel* m_model;
};

} // namespace Lab
