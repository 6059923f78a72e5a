#pragma once

#include "CsvExport.h"
#include "HeatMapGrid.h"
#include "XYChartView.h"
#include "analysis/Sweep.h"

#include <functional>
#include <vector>

namespace hopfield::app {

/// Reads one coordinate of a sweep point (alpha, noise, mean overlap, ...).
using PointField = std::function<double(const SweepPoint&)>;

/// A curve of `y` against `x` over the points of a sweep, with std as error bars when
/// `errors` is set.
ui::XYSeries sweepCurve(const QString& name, const SweepResult& result, const PointField& x,
                        const PointField& y, const PointField& errors = {});

/// CSV columns "<prefix>_<name>" of every point's alpha, temperature, noise, mean_overlap,
/// std_overlap and retrieval_fraction, one group per result.
std::vector<ui::CsvColumn> sweepColumns(const std::vector<QString>& prefixes,
                                        const std::vector<SweepResult>& results);

/// The (alpha, T) heat map of a sweep's requested ranges: one cell a grid point, centred
/// on it, every value NaN (blank) until its point is done.
ui::HeatMapGrid blankAlphaTemperatureGrid(const SweepParameters& parameters);
/// The cell of grid point `index` (alpha-major, Sweep.h) in the row-major heat map, whose
/// rows run in T from the bottom.
std::size_t alphaTemperatureCell(const ui::HeatMapGrid& grid, std::size_t index);

/// The histogram of values in [-1, 1] over `bins` equal bins (the last bin holds 1).
ui::Histogram overlapHistogram(const QString& name, const std::vector<double>& overlaps, int bins);

} // namespace hopfield::app
