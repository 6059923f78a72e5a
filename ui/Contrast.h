#pragma once

#include <QColor>

/// Colour contrast after WCAG 2.1, for text that must stay readable on both themes.
namespace hopfield::ui {

/// WCAG 2.1 relative luminance of an sRGB colour, in [0, 1].
double relativeLuminance(const QColor& colour);
/// WCAG 2.1 contrast ratio (L_lighter + 0.05) / (L_darker + 0.05), in [1, 21].
double contrastRatio(const QColor& a, const QColor& b);

/// `colour` darkened (on a light background) or lightened (on a dark one), keeping its
/// hue, until it reaches `ratio` against `background`: a coloured label that stays
/// readable on either theme (WCAG AA asks 4.5:1 for body text).
QColor readableOn(const QColor& colour, const QColor& background, double ratio = 4.5);

} // namespace hopfield::ui
