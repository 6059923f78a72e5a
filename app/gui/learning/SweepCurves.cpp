#include "gui/learning/SweepCurves.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

ui::HeatMapGrid blankAlphaTemperatureGrid(const SweepParameters& parameters)
{
    const std::vector<double> alphas = parameters.alpha.values();
    const std::vector<double> temperatures = parameters.temperature.values();
    ui::HeatMapGrid grid;
    grid.nx = static_cast<int>(alphas.size());
    grid.ny = static_cast<int>(temperatures.size());
    grid.x0 = alphas.front() - parameters.alpha.step / 2;
    grid.x1 = alphas.back() + parameters.alpha.step / 2;
    grid.y0 = temperatures.front() - parameters.temperature.step / 2;
    grid.y1 = temperatures.back() + parameters.temperature.step / 2;
    grid.values.assign(alphas.size() * temperatures.size(),
                       std::numeric_limits<double>::quiet_NaN());
    return grid;
}

std::size_t alphaTemperatureCell(const ui::HeatMapGrid& grid, std::size_t index)
{
    const auto ny = static_cast<std::size_t>(grid.ny);
    return (index % ny) * static_cast<std::size_t>(grid.nx) + index / ny;
}

} // namespace hopfield::app
