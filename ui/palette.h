#pragma once

#include "labtypes.h"

#include <QColor>
#include <QPainter>

namespace Lab::Palette {

// How the charts are drawn: for a screen, or for a projector in presenter mode, where pale colours
// wash out and thin lines vanish. A mode of the whole application, read by every chart as it draws.
enum class Look { Screen, Projector };

struct LookSetting {
    Look look = Look::Screen;
    qreal strokes = 1;
};

inline LookSetting& lookSetting()
{
    static LookSetting setting;
    return setting;
}

inline Look look()
{
    return lookSetting().look;
}

// `strokes`: how many times thicker lines, outlines and strokes are drawn (on a projector, more
// for a larger window); 1 on the screen.
inline void setLook(Look look, qreal strokes = 2)
{
    lookSetting() = {look, look == Look::Projector ? strokes : 1.0};
}

inline qreal strokeScale()
{
    return lookSetting().strokes;
}

// One colour per strategy, the same in every chart and the timeline; distinguishable by people
// with the common colour-vision deficiencies (Okabe–Ito). On a projector the same hues with their
// greys further apart (near-black, dark blue, green, bright orange), so that they stay apart when a
// washed-out image loses its colour.
inline QColor strategyColor(Strategy s)
{
    const bool projector = look() == Look::Projector;
    switch (s) {
    case Strategy::Sequential:
        return projector ? QColor(0x2B, 0x2B, 0x2B) : QColor(0x99, 0x99, 0x99); // grey: the baseline
    case Strategy::Coroutines:
        return projector ? QColor(0x00, 0x50, 0xA8) : QColor(0x00, 0x72, 0xB2); // blue
    case Strategy::Threads:
        return projector ? QColor(0xF0, 0x9A, 0x00) : QColor(0xE6, 0x9F, 0x00); // orange
    case Strategy::Processes:
        return QColor(0x00, 0x9E, 0x73); // green: already between the blue and the orange in grey
    case Strategy::Cluster:              // on a projector lighter, above the orange in grey
        return projector ? QColor(0x9A, 0xD8, 0xF7) : QColor(0x56, 0xB4, 0xE9); // sky blue
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
    p.setPen(QPen(glow, 7 * strokeScale()));
    p.drawRoundedRect(inside, 5, 5);
    p.setPen(QPen(highlightColor(), 3 * strokeScale()));
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
