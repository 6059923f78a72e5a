#include "gui/plasticity/ChartColumns.h"

#include "TimeSeriesChartView.h"
#include "XYChartView.h"

namespace hopfield::app::chart_columns {

std::vector<ui::CsvColumn> ofXY(const ui::XYChartView& chart)
{
    std::vector<ui::CsvColumn> columns;
    for (int i = 0; i < chart.seriesCount(); ++i) {
        const ui::XYSeries& series = chart.series(i);
        ui::CsvColumn x{series.name + QStringLiteral(" x"), {}};
        ui::CsvColumn y{series.name, {}};
        for (const QPointF& point : series.points) {
            x.values.push_back(point.x());
            y.values.push_back(point.y());
        }
        columns.push_back(std::move(x));
        columns.push_back(std::move(y));
    }
    for (int i = 0; i < chart.histogramCount(); ++i) {
        const ui::Histogram& histogram = chart.histogram(i);
        columns.push_back(
            {QStringLiteral("bin_low"), {histogram.edges.begin(), histogram.edges.end() - 1}});
        columns.push_back({histogram.name, histogram.counts});
    }
    return columns;
}

std::vector<ui::CsvColumn> ofTimeSeries(const ui::TimeSeriesChartView& chart, const QString& xName,
                                        const QStringList& names)
{
    std::vector<ui::CsvColumn> columns{{xName, {}}};
    for (int i = 0; i < chart.seriesCount() && i < names.size(); ++i) {
        ui::CsvColumn y{names.at(i), {}};
        for (const QPointF& point : chart.points(i)) {
            if (i == 0)
                columns.front().values.push_back(point.x());
            y.values.push_back(point.y());
        }
        columns.push_back(std::move(y));
    }
    return columns;
}

} // namespace hopfield::app::chart_columns
