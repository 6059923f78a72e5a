#pragma once

#include <QColor>
#include <QFont>

class QPalette;

namespace hopfield::ui {

/// The look of a custom-painted plot: colours from the widget palette (light or dark theme)
/// and one presentation scale that multiplies every font size and line width (projector
/// mode).  Fonts have sizes in logical pixels, so a figure looks the same on screen, in a
/// PNG at any DPI, in SVG and in PDF.
struct PlotStyle {
    QColor background = Qt::white;
    QColor foreground = QColor(0x22, 0x22, 0x22); ///< text, axes, frame
    QString fontFamily;                           ///< empty: the application font
    double fontPixels = 13.0;                     ///< tick labels; titles are larger
    double scale = 1.0;                           ///< presentation scale, >= 0.5

    /// A font `factor` times the base size, times the presentation scale.
    QFont font(double factor = 1.0, bool bold = false) const;
    /// A line width or length given at scale 1.
    double scaled(double length) const { return length * scale; }
    /// Background and foreground from a palette's Base and Text roles.
    static PlotStyle fromPalette(const QPalette& palette, double scale = 1.0);
};

} // namespace hopfield::ui
