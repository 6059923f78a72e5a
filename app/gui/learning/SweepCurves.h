#pragma once

#include "CsvExport.h"
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

/// The histogram of values in [-1, 1] over `bins` equal bins (the last bin holds 1).
ui::Histogram overlapHistogram(const QString& name, const std::vector<double>& overlaps, int bins);

} // namespace hopfield::app
