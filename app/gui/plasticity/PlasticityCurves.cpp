#include "gui/plasticity/PlasticityCurves.h"

#include "TimeSeriesChartView.h"
#include "XYChartView.h"
#include "gui/plasticity/ChartColumns.h"
#include "gui/plasticity/FigureColumn.h"
#include "gui/plasticity/SelectivitySeries.h"

#include <QGridLayout>
#include <algorithm>
#include <numeric>

namespace hopfield::app {
namespace {

/// Bins of the selectivity histogram over [0, 1] (alpha / N).
constexpr int kBins = 20;

} // namespace

PlasticityCurves::PlasticityCurves(QWidget* parent)
    : QWidget(parent), m_threshold(new ui::TimeSeriesChartView(tr("Sliding threshold θ"),
                                                               {tr("epochs"), tr("θ, ⟨y²⟩")})),
      m_selectivity(new ui::XYChartView(
          tr("Selectivity"), {tr("epochs"), tr("fraction of patterns"), false, 0, 0, 0.0, 1.0})),
      m_overlap(new ui::XYChartView(SelectivitySeries::overlapTitle(), {tr("epochs"), tr("beta")})),
      m_accuracy(new ui::XYChartView(tr("Linear read-out, held-out split"),
                                     {tr("epochs"), tr("accuracy"), false, 0, 0, 0.0, 1.0})),
      m_histogram(new ui::XYChartView(tr("Selectivity of the units (latest)"),
                                      {tr("alpha / N"), tr("units"), false, 0.0, 1.0}))
{
    m_threshold->setSeriesNames({tr("mean θ"), tr("mean ⟨y²⟩ (batch)")});
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto add = [this, grid](QWidget* figure, ui::FigureExportButton::CsvSource csv,
                                  const QString& name, int row, int column) {
        auto* cell = new FigureColumn(figure, std::move(csv), name);
        connect(cell, &FigureColumn::exported, this, &PlasticityCurves::exported);
        grid->addWidget(cell, row, column);
    };
    add(
        m_threshold,
        [this] {
            return chart_columns::ofTimeSeries(
                *m_threshold, QStringLiteral("epochs"),
                {QStringLiteral("mean_theta"), QStringLiteral("mean_y2")});
        },
        QStringLiteral("threshold"), 0, 0);
    add(
        m_selectivity, [this] { return chart_columns::ofXY(*m_selectivity); },
        QStringLiteral("selectivity"), 0, 1);
    add(
        m_overlap, [this] { return chart_columns::ofXY(*m_overlap); },
        QStringLiteral("overlap-index"), 0, 2);
    add(
        m_accuracy, [this] { return chart_columns::ofXY(*m_accuracy); }, QStringLiteral("readout"),
        1, 0);
    add(
        m_histogram, [this] { return chart_columns::ofXY(*m_histogram); },
        QStringLiteral("selectivity-histogram"), 1, 1);
}

void PlasticityCurves::clear()
{
    m_evaluations.clear();
    m_lastSelectivity.clear();
    m_threshold->clearPoints();
    redraw();
}

void PlasticityCurves::setPixelAccuracy(std::optional<double> accuracy)
{
    m_pixelAccuracy = accuracy;
    redraw();
}

void PlasticityCurves::showFrame(const PlasticityFrame& frame)
{
    if (!frame.theta.empty()) {
        const auto mean = [](const std::vector<double>& values) {
            return std::accumulate(values.begin(), values.end(), 0.0) /
                   static_cast<double>(values.size());
        };
        m_threshold->appendPoint(frame.epochs, {mean(frame.theta), mean(frame.meanSquare)});
    }
    if (!frame.measures)
        return;
    const SelectivityReport& report = frame.measures->selectivity;
    m_patterns = std::max(1, report.patterns);
    const double patterns = m_patterns;
    Evaluation evaluation{frame.epochs, report.meanSelectivity / patterns,
                          report.selectedPatterns / patterns, report.overlapIndex, std::nullopt};
    if (frame.measures->readout)
        evaluation.accuracy = frame.measures->readout->accuracy;
    m_evaluations.push_back(evaluation);
    m_lastSelectivity = report.selectivity;
    redraw();
}

void PlasticityCurves::redraw()
{
    SelectivitySeries selectivity;
    ui::XYSeries accuracy{tr("layer's responses"), {}, {}, {}, Qt::SolidLine, true};
    for (const Evaluation& evaluation : m_evaluations) {
        selectivity.append(evaluation.epochs, evaluation.meanSelectivity, evaluation.selected,
                           evaluation.overlap);
        if (evaluation.accuracy)
            accuracy.points.append({evaluation.epochs, *evaluation.accuracy});
    }
    selectivity.showOn(*m_selectivity, *m_overlap);
    std::vector<ui::XYSeries> readout{accuracy};
    if (m_pixelAccuracy && !m_evaluations.empty()) {
        const double last = std::max(1.0, m_evaluations.back().epochs);
        readout.push_back({tr("raw pixels"),
                           {QPointF(0.0, *m_pixelAccuracy), QPointF(last, *m_pixelAccuracy)},
                           {},
                           {},
                           Qt::DashLine,
                           false});
    }
    m_accuracy->setSeries(std::move(readout));

    m_histogram->clear();
    if (!m_lastSelectivity.empty()) {
        ui::Histogram histogram{tr("units"), {}, std::vector<double>(kBins, 0.0), {}};
        for (int bin = 0; bin <= kBins; ++bin)
            histogram.edges.push_back(static_cast<double>(bin) / kBins);
        for (int alpha : m_lastSelectivity) {
            const int bin = std::min(kBins - 1, static_cast<int>(kBins * alpha / m_patterns));
            histogram.counts[static_cast<std::size_t>(bin)] += 1.0;
        }
        m_histogram->addHistogram(std::move(histogram));
    }
}

} // namespace hopfield::app
