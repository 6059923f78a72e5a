#pragma once

#include "CsvExport.h"

#include <QStringList>
#include <vector>

namespace hopfield::ui {
class TimeSeriesChartView;
class XYChartView;
} // namespace hopfield::ui

namespace hopfield::app {

/// The numbers behind a chart as CSV columns, for its Export button.
namespace chart_columns {

/// "NAME x", "NAME" per curve, then "bin_low" and the counts per histogram.
std::vector<ui::CsvColumn> ofXY(const ui::XYChartView& chart);

/// `xName`, then one column per series named by `names` (the series share the x values).
std::vector<ui::CsvColumn> ofTimeSeries(const ui::TimeSeriesChartView& chart, const QString& xName,
                                        const QStringList& names);

} // namespace chart_columns
} // namespace hopfield::app
