#pragma once

#include "XYChartView.h"

#include <QString>

namespace hopfield::app {

/// The selectivity and overlap-index curves that the Curves tab (against epochs) and the
/// sweep tab (against γ or s) both draw, so their legends and CSV columns read the same:
/// mean α / N and S / N on the selectivity chart, β = S / ⟨α⟩ on the overlap chart.
struct SelectivitySeries {
    SelectivitySeries();

    /// One point of each curve at `x`; the fractions are already divided by N.
    void append(double x, double meanFraction, double selectedFraction, double overlapIndex);
    /// Shows the curves on their two charts.
    void showOn(ui::XYChartView& selectivity, ui::XYChartView& overlap) const;

    /// The overlap chart's title.
    static QString overlapTitle();

    ui::XYSeries mean;
    ui::XYSeries selected;
    ui::XYSeries beta;
};

} // namespace hopfield::app
