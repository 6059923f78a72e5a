#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QPainter;
class QRectF;
class QWidget;
QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QChartView;
QT_END_NAMESPACE

/// The house style of our Qt Charts views, in one place so that every chart looks alike:
/// readable bold titles, light grid lines, no shadows.  Only .cpp files of ui/ include this:
/// Qt Charts stays behind our own chart classes (it is deprecated upstream since Qt 6.10).
namespace hopfield::ui::chart {

/// A series' line width in points, before the presentation scale and lineWidthFactor().
inline constexpr double kSeriesLineWidth = 2.0;

QFont scaledFont(const QFont& base, double factor, bool bold = false);

/// Fonts and colours for a chart: from a widget's font and palette (light or dark theme),
/// with every font size times a presentation scale (projector mode).
struct Look {
    QFont font;
    QColor background;
    QColor text;
    QColor grid;
    QColor axisLine;
};
Look lookOf(const QWidget& widget, double scale = 1.0);

/// Series `index`'s colour (ui/Palette.h) on this look's background: Okabe-Ito's black
/// becomes the text colour on a dark background, where black would vanish.
QColor seriesColour(int index, const Look& look);

/// Title, margins, background and legend of a chart in the house style.
void styleChart(QChart* chart, const QString& title, const Look& look);
/// Title, fonts and colours of an axis; numeric axes label with "%g".
void styleAxis(QAbstractAxis* axis, const QString& title, const Look& look);

/// A linear axis over [low, high] with a tick at each nice multiple inside it
/// (NiceTicks.h), each labelled by ticks::tickLabel.  A QValueAxis adds its interval up
/// from the first tick and prints the sum's rounding error at zero ("5.55112e-17",
/// "-0.0"); a category axis whose boundaries are the ticks prints exactly our labels.
void setNiceRange(QCategoryAxis* axis, double low, double high, int maxTicks);
/// How many value ticks a plot `plotHeight` pixels tall holds readably, between 3 and
/// maxTicks: Qt elides every value label to "..." once ticks come closer than a label's
/// height, so one tick per two lines of `labelsFont`.
int valueTicksFitting(double plotHeight, const QFont& labelsFont, int maxTicks);

/// The presentation mode's line-width factor: the QApplication property
/// "hopfieldLineWidthFactor" (app/gui/appearance/PresentationMode.h), 1 when unset.
double lineWidthFactor();

/// A frameless, antialiased view of `chart` filling `parent` (which it lays out).
QChartView* embedChart(QChart* chart, QWidget* parent);

/// Paints the chart laid out at `target`'s size (it is resized for the duration), so that
/// an export of any size has the proportions of a chart of that size, in real vectors.
void paintChart(QChartView* view, QChart* chart, QPainter& painter, const QRectF& target);

} // namespace hopfield::ui::chart
