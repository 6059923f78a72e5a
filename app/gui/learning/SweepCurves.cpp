#include "gui/learning/SweepCurves.h"

#include <algorithm>
#include <cmath>

namespace hopfield::app {

ui::XYSeries sweepCurve(const QString& name, const SweepResult& result, const PointField& x,
                        const PointField& y, const PointField& errors)
{
    ui::XYSeries series;
    series.name = name;
    for (const SweepPoint& point : result.points) {
        series.points.append({x(point), y(point)});
        if (errors)
            series.errors.append(errors(point));
    }
    return series;
}

std::vector<ui::CsvColumn> sweepColumns(const std::vector<QString>& prefixes,
                                        const std::vector<SweepResult>& results)
{
    const std::vector<std::pair<QString, PointField>> fields{
        {QStringLiteral("alpha"),
         [](const SweepPoint& p) {
             return p.alpha;
         }},
        {QStringLiteral("temperature"),
         [](const SweepPoint& p) {
             return p.temperature;
         }},
        {QStringLiteral("noise"),
         [](const SweepPoint& p) {
             return p.noise;
         }},
        {QStringLiteral("mean_overlap"),
         [](const SweepPoint& p) {
             return p.meanOverlap;
         }},
        {QStringLiteral("std_overlap"),
         [](const SweepPoint& p) {
             return p.stdOverlap;
         }},
        {QStringLiteral("retrieval_fraction"),
         [](const SweepPoint& p) {
             return p.retrievalFraction;
         }},
    };
    std::vector<ui::CsvColumn> columns;
    for (std::size_t r = 0; r < results.size() && r < prefixes.size(); ++r)
        for (const auto& [name, field] : fields) {
            ui::CsvColumn column{prefixes[r] + QLatin1Char('_') + name, {}};
            for (const SweepPoint& point : results[r].points)
                column.values.push_back(field(point));
            columns.push_back(std::move(column));
        }
    return columns;
}

ui::Histogram overlapHistogram(const QString& name, const std::vector<double>& overlaps, int bins)
{
    ui::Histogram histogram;
    histogram.name = name;
    for (int k = 0; k <= bins; ++k)
        histogram.edges.push_back(-1.0 + 2.0 * k / bins);
    histogram.counts.assign(static_cast<std::size_t>(bins), 0.0);
    for (const double m : overlaps) {
        const int k = std::clamp(static_cast<int>(std::floor((m + 1.0) / 2.0 * bins)), 0, bins - 1);
        histogram.counts[static_cast<std::size_t>(k)] += 1.0;
    }
    return histogram;
}

} // namespace hopfield::app
