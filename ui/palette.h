#pragma once

#include "labtypes.h"

#include <QColor>
#include <QPainter>

namespace Lab::Palette {

// One colour per strategy, the same in every chart and the timeline; distinguishable by people
// with the common colour-vision deficiencies (Okabe–Ito).
inline QColor strategyColor(Strategy s)
{
    switch (s) {
    case Strategy::Sequential:
        return QColor(0x99, 0x99, 0x99); // grey: the baseline
    case Strategy::Coroutines:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Strategy::Threads:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Strategy::Processes:
        return QColor(0x00, 0x9E, 0x73); // green
    case Strategy::Cluster:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    }
    return Qt::black;
}

// What a lesson points at: a colour no strategy or failure has (Okabe–Ito's reddish purple).
inline QColor highlightColor()
{
    return QColor(0xCC, 0x79, 0xA7);
}

// The outline around what a lesson points at, with a soft glow so that it reads on any bar colour.
inline void paintHighlight(QPainter& p, const QRectF& area)
{
    if (area.isNull())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    QColor glow = highlightColor();
    glow.setAlpha(90);
    const QRectF inside = area.adjusted(2, 2, -2, -2);
    p.setPen(QPen(glow, 7));
    p.drawRoundedRect(inside, 5, 5);
    p.setPen(QPen(highlightColor(), 3));
    p.drawRoundedRect(inside, 5, 5);
    p.restore();
}

inline QColor failedColor()
{
    return QColor(0xD5, 0x5E, 0x00); // vermilion
}

// A figure not to trust (a busy machine, a speed-up above its ideal): the failure's vermilion, the
// one colour that says "look out".
inline QColor warning()
{
    return failedColor();
}

} // namespace Lab::Palette
