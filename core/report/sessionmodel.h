#pragma once

#include "runresult.h"

#include <QAbstractTableModel>

namespace Lab {

class Session;

// The results table: a row per finished run of the session, newest last.
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

    explicit SessionModel(const Session* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // After a change of language: every header and cell is text.
    void retranslate();

private:
    void onRunFinished();
    QVariant value(qsizetype row, int column) const;
    QString text(qsizetype row, int column) const;

    const Session* m_session;
    qsizetype m_rows = 0;
};

} // namespace Lab
