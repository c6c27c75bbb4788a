#pragma once

#include "taskstate.h"

#include <QList>
#include <QRect>

#include <vector>

namespace Lab {

// Where "Where did the time go?" draws each part, in the widget's pixels (or the export's layout
// before it is scaled): the title and its caption, a row a run (its name, its bar from 0 to 100%
// with a line under it for the shares too narrow to write on the bar, its task time), the axis of
// shares under them and the legend of the states below.
struct StateChartLayout {
    QRect title;
    QRect caption;
    int labelLeft = 0;
    int labelWidth = 0;
    int barLeft = 0;  // 0%
    int barRight = 0; // 100%
    int totalLeft = 0;
    int totalWidth = 0;
    int rowHeight = 0;
    int barHeight = 0;
    int noteHeight = 0;
    std::vector<int> rowTops;
    int axisTop = 0;
    QRect legend;
    QList<TaskState> legendStates; // those of the runs shown, or all when none is

    // The whole row, its name to its total.
    QRect rowRect(int row) const
    {
        return {labelLeft, rowTops.at(std::size_t(row)), totalLeft + totalWidth - labelLeft, rowHeight};
    }
    QRect barRect(int row) const
    {
        const int top = rowTops.at(std::size_t(row)) + (rowHeight - barHeight - noteHeight) / 2;
        return {barLeft, top, barRight - barLeft, barHeight};
    }
    QRect noteRect(int row) const
    {
        const QRect bar = barRect(row);
        return {bar.left(), bar.bottom() + 1, bar.width(), noteHeight};
    }
    int xOf(double share) const { return barLeft + qRound(share * (barRight - barLeft)); }
};

} // namespace Lab
