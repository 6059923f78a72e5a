#include "Contrast.h"

#include <algorithm>
#include <cmath>

namespace hopfield::ui {
namespace {

double linearised(double channel)
{
    // sRGB transfer function, WCAG 2.1 "relative luminance".
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearised(rgb.redF()) + 0.7152 * linearised(rgb.greenF()) +
           0.0722 * linearised(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor& colour, const QColor& background, double ratio)
{
    // Walk the HSL lightness away from the background's, in 1% steps: at black or
    // white the ratio is the largest this background allows.
    const bool darkBackground = relativeLuminance(background) < 0.18;
    QColor hsl = colour.toHsl();
    while (contrastRatio(hsl, background) < ratio) {
        const double lightness = hsl.lightnessF() + (darkBackground ? 0.01 : -0.01);
        if (lightness < 0.0 || lightness > 1.0)
            break;
        hsl.setHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness);
    }
    return hsl.toRgb();
}

} // namespace hopfield::ui
