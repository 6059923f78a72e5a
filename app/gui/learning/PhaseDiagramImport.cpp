#include "gui/learning/PhaseDiagramImport.h"

#include "analysis/SweepCsv.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace hopfield::app {

namespace {

std::string shortText(double value)
{
    return QString::number(value).toStdString();
}

/// The distinct values of one axis, ascending; std::runtime_error unless evenly spaced
/// (to 1e-6 of a step: the CSV prints ten significant digits).
std::vector<double> axisOf(const std::vector<SweepCsvRow>& rows, double SweepPoint::*field,
                           const std::string& name, const std::string& file)
{
    std::vector<double> values;
    for (const SweepCsvRow& row : rows)
        values.push_back(row.point.*field);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    const double step = values.size() > 1 ? (values.back() - values.front()) /
                                                static_cast<double>(values.size() - 1)
                                          : 0.0;
    for (std::size_t i = 1; i < values.size(); ++i)
        if (std::abs(values[i] - values[i - 1] - step) > 1e-6 * step)
            throw std::runtime_error(file + ": the " + name + " values are not evenly spaced (" +
                                     shortText(values[i - 1]) + " to " + shortText(values[i]) +
                                     "); the phase diagram needs a "
                                     "regular grid");
    return values;
}

/// The low and high edges of an axis's cells.
std::pair<double, double> edgesOf(const std::vector<double>& values)
{
    const double width = values.size() > 1 ? (values.back() - values.front()) /
                                                 static_cast<double>(values.size() - 1)
                                           : std::max(0.1 * std::abs(values.front()), 0.01);
    return {values.front() - width / 2, values.back() + width / 2};
}

std::size_t indexOf(const std::vector<double>& axis, double value)
{
    return static_cast<std::size_t>(std::lower_bound(axis.begin(), axis.end(), value) -
                                    axis.begin());
}

} // namespace

ImportedPhaseDiagram importPhaseDiagram(const QString& path)
{
    const std::string file = QFileInfo(path).fileName().toStdString();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        throw std::runtime_error(file + ": cannot be read (" + input.errorString().toStdString() +
                                 ")");
    std::istringstream content(input.readAll().toStdString());
    const std::vector<SweepCsvRow> rows = readSweepCsv(content, file);

    std::vector<double> noises;
    for (const SweepCsvRow& row : rows)
        if (std::find(noises.begin(), noises.end(), row.point.noise) == noises.end())
            noises.push_back(row.point.noise);
    if (noises.size() > 1)
        throw std::runtime_error(file + ": holds " + std::to_string(noises.size()) +
                                 " noise values; the phase diagram shows one (sweep --noise F)");
    const std::vector<double> alphas = axisOf(rows, &SweepPoint::alpha, "alpha", file);
    const std::vector<double> temperatures =
        axisOf(rows, &SweepPoint::temperature, "temperature", file);

    ImportedPhaseDiagram diagram;
    ui::HeatMapGrid& grid = diagram.grid;
    grid.nx = static_cast<int>(alphas.size());
    grid.ny = static_cast<int>(temperatures.size());
    std::tie(grid.x0, grid.x1) = edgesOf(alphas);
    std::tie(grid.y0, grid.y1) = edgesOf(temperatures);
    grid.values.assign(alphas.size() * temperatures.size(),
                       std::numeric_limits<double>::quiet_NaN());
    diagram.samples = std::numeric_limits<int>::max();
    for (const SweepCsvRow& row : rows) {
        double& cell = grid.values[indexOf(temperatures, row.point.temperature) * alphas.size() +
                                   indexOf(alphas, row.point.alpha)];
        if (!std::isnan(cell))
            throw std::runtime_error(file + ": the point alpha = " + shortText(row.point.alpha) +
                                     ", T = " + shortText(row.point.temperature) +
                                     " appears twice");
        cell = row.point.meanOverlap;
        diagram.result.points.push_back(row.point);
        diagram.samples = std::min(diagram.samples, row.samples);
    }
    if (rows.size() != grid.values.size())
        throw std::runtime_error(file + ": " + std::to_string(rows.size()) +
                                 " points do not fill "
                                 "the " +
                                 std::to_string(alphas.size()) + " x " +
                                 std::to_string(temperatures.size()) +
                                 " (alpha, T) grid they span");
    return diagram;
}

} // namespace hopfield::app
