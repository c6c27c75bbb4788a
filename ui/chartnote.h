#pragma once

#include <QCoreApplication>
#include <QStringList>

class QChart;
class QGraphicsSimpleTextItem;

namespace Lab {

// A warning under a chart's legend, a line for each run or kind whose figures are suspect
// ("⚠ processes, 2 workers: busy machine: …"). The chart's bottom margin grows to hold it, so that it
// is in every export and covers nothing.
class ChartNote {
public:
    struct Tr {
        Q_DECLARE_TR_FUNCTIONS(Lab::ChartNote)
    };

    explicit ChartNote(QChart* chart);
    ChartNote(const ChartNote&) = delete;
    ChartNote& operator=(const ChartNote&) = delete;

    void setLines(const QStringList& lines);
    const QStringList& lines() const { return m_lines; }
    // After the chart's size or font changed: wraps again and makes room.
    void place();

private:
    QChart* m_chart;
    QGraphicsSimpleTextItem* m_item;
    QStringList m_lines;
    int m_baseBottomMargin;
};

} // namespace Lab
