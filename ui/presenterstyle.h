#pragma once

#include <QSize>

#include <algorithm>
#include <cmath>

namespace Lab::Presenter {

// Text sizes of presenter mode in pixels, for a window of a given size: the numbers the audience
// reads (a bar's seconds, its "× faster") 32 px on a 1920×1080 projector and in proportion on
// others, the rest of the charts' text a little smaller, their titles a little larger.
struct TextSizes {
    int text = 0;       // axes, legends, lane labels, tabs, the presenter bar
    int value = 0;      // a bar's value and comparison
    int title = 0;      // a chart's title
    double strokes = 2; // lines and outlines this many times as thick as on the screen

    bool operator==(const TextSizes&) const = default;
};

inline constexpr int valuePxAt1080 = 32;
inline constexpr int smallestValuePx = 16; // below this a projector shows nothing readable

inline TextSizes textSizesFor(const QSize& window)
{
    // The shorter side in proportion: a narrow window gets smaller text rather than clipped text.
    const double scale = std::min(window.width() / 1920.0, window.height() / 1080.0);
    const int value = std::max(smallestValuePx, int(std::lround(valuePxAt1080 * scale)));
    return {int(std::lround(value * 0.8)), value, int(std::lround(value * 1.1)), std::max(1.5, 2 * scale)};
}

} // namespace Lab::Presenter
