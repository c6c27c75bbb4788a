#pragma once

#include "runresult.h"

#include <QAbstractTableModel>

namespace Lab {

// The results table: a row per finished run, newest last. Fed plain values, so that it knows no
// session: a row's speed-up is against a sequential run of the same work among the rows.
class SessionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LabNumber,
        Work,
        StrategyName,
        Workers,
        Wall,
        Cpu,
        CpuUse,
        Speedup,
        Efficiency,
        Ok,
        Failed,
        State,
        ColumnCount
    };
    // Raw numbers behind the formatted text, for sorting and tests.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit SessionModel(QObject* parent = nullptr);

    void setRuns(const QList<RunResultPtr>& runs);
    void appendRun(const RunResultPtr& run);
    void clear();
    const QList<RunResultPtr>& runs() const { return m_runs; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // After a change of language: every header and cell is text.
    void retranslate();

private:
    QVariant value(qsizetype row, int column) const;
    QString text(qsizetype row, int column) const;

    QList<RunResultPtr> m_runs;
};

} // namespace Lab
