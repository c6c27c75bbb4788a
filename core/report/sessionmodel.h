#pragma once

#include "report/noise.h"
#include "runresult.h"

#include <QAbstractTableModel>

namespace Lab {

// The results table: a row per kind of finished run (Noise::summarize(): a run, or the rounds of a
// repeated one), newest last. Fed plain values, so that it knows no session: a row's speed-up is
// against a sequential run of the same work among the runs. A repeated row shows median (min–max).
class SessionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        LabNumber,
        Work,
        StrategyName,
        Workers,
        Runs,
        Wall,
        Cpu,
        CpuUse,
        Speedup,
        Efficiency,
        Ok,
        Failed,
        Suspect,
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
    // The run a row stands for: its only one, or of a repeated kind the one of the median time.
    RunResultPtr runAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // After a change of language: every header and cell is text.
    void retranslate();

private:
    QVariant value(qsizetype row, int column) const;
    std::optional<QVariant> repeatedValue(const Noise::Summary& s, int column) const;
    QString text(qsizetype row, int column) const;
    std::optional<QString> repeatedText(const Noise::Summary& s, int column) const;
    qsizetype shownRun(qsizetype row) const; // in m_runs

    QList<RunResultPtr> m_runs;
    QList<Noise::Summary> m_rows;
};

} // namespace Lab
