#pragma once

#include "labtypes.h"
#include "statefill.h"
#include "testsupport.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <utility>

// What the timeline's tests read off a rendered picture (the colours along a bar, its stripes), and
// the runs they draw.
namespace TimelineTest {

using Lab::TaskState;

// How a fill of `state` on `base` looks on white: the colour of its plain pixels (a hatch's or a
// stripe's between its lines: the queue's pale).
inline QColor plainOf(TaskState state, const QColor& base)
{
    QImage pixel(1, 1, QImage::Format_ARGB32_Premultiplied);
    pixel.fill(Qt::white);
    QPainter painter(&pixel);
    Lab::StateFill::paint(painter, QRectF(0, 0, 1, 1), TaskState::Queued, base);
    painter.end();
    return state == TaskState::Gil       ? Lab::StateFill::gilColor()
           : state == TaskState::Running ? base
                                         : pixel.pixelColor(0, 0);
}

// The colours along the middle of a bar, inside its outline.
inline QList<QColor> middleRow(const QImage& image, const QRectF& bar)
{
    QList<QColor> row;
    for (int x = int(std::ceil(bar.left())) + 2; x < int(bar.right()) - 2; ++x)
        row.append(image.pixelColor(x, int(bar.center().y())));
    return row;
}

// By their 8 bits: a darker() colour keeps 16 bits that no pixel has.
inline int count(const QList<QColor>& row, const QColor& color)
{
    return int(std::ranges::count_if(row, [&color](const QColor& c) { return c.rgb() == color.rgb(); }));
}

// Stretches of `color` one after another, and the longest.
inline std::pair<int, int> stripesOf(const QList<QColor>& row, const QColor& color)
{
    int stripes = 0;
    int longest = 0;
    int length = 0;
    for (const QColor& c : row) {
        length = c.rgb() == color.rgb() ? length + 1 : 0;
        stripes += length == 1;
        longest = std::max(longest, length);
    }
    return {stripes, longest};
}

// Waiting: the pale fill crossed by the hatch's darker lines, in the strategy's colour.
inline bool hatchedIn(const QImage& image, const QRectF& bar, const QColor& base)
{
    const QList<QColor> row = middleRow(image, bar);
    return count(row, plainOf(TaskState::Waiting, base)) > row.size() / 2 &&
           count(row, base.darker(120)) > 0 &&
           stripesOf(row, base).second < 3; // a pixel or two of the label's edges may match
}

// A threads run that computed under the simulated GIL beside a sequential one: big enough sums for
// many 5 ms turns.
inline QList<Lab::RunConfig> gilBatch()
{
    Lab::RunConfig sequential = LabTest::config(Lab::Workload::Squares, Lab::Strategy::Sequential, 1);
    sequential.squaresN = {300'000'000};
    Lab::RunConfig threads = LabTest::config(Lab::Workload::Squares, Lab::Strategy::Threads, 2);
    threads.squaresN = {500'000'000, 500'000'000};
    threads.gil = true;
    return {sequential, threads};
}

} // namespace TimelineTest
