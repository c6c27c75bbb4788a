#pragma once

#include "labtypes.h"

#include <QColor>

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
    }
    return Qt::black;
}

inline QColor failedColor()
{
    return QColor(0xD5, 0x5E, 0x00); // vermilion
}

} // namespace Lab::Palette
