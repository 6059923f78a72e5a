#include "PlotStyle.h"

#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace hopfield::ui {

QFont PlotStyle::font(double factor, bool bold) const
{
    QFont result = fontFamily.isEmpty() ? QGuiApplication::font() : QFont(fontFamily);
    result.setPixelSize(std::max(1, static_cast<int>(std::lround(fontPixels * factor * scale))));
    result.setBold(bold);
    return result;
}

PlotStyle PlotStyle::fromPalette(const QPalette& palette, double scale)
{
    PlotStyle style;
    style.background = palette.color(QPalette::Base);
    style.foreground = palette.color(QPalette::Text);
    style.scale = std::max(0.5, scale);
    return style;
}

} // namespace hopfield::ui
