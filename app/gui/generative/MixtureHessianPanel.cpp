#include "gui/generative/MixtureHessianPanel.h"

#include "Palette.h"
#include "XYChartView.h"
#include "analysis/MixtureStability.h"

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <cmath>
#include <exception>

namespace hopfield::app {

MixtureHessianPanel::MixtureHessianPanel(QWidget* parent)
    : LabPanel(tr("The symmetric n-mixture m_μ = m_n (μ ≤ n) at vanishing load and the "
                  "eigenvalues of the mean-field free energy's Hessian there, by eigenspace: "
                  "I along the mixture, II inside it, III towards a pattern outside. The "
                  "mixture is stable where all are positive."),
               parent),
      m_thread(this)
{
    m_order = addIntegerControl(QStringLiteral("order"), tr("Mixture order n (odd)"), 3, 9, 2);
    m_order->setValue(3);
    m_temperatureStop =
        addNumberControl(QStringLiteral("temperature-stop"), tr("T up to"), 0.1, 1.2, 0.1, 2);
    m_temperatureStop->setValue(0.7);
    m_points = addIntegerControl(QStringLiteral("points"), tr("Points"), 10, 400, 10);
    m_points->setValue(71);

    m_view = new ui::XYChartView(tr("Mixture Hessian eigenvalues"),
                                 {tr("T"), tr("eigenvalue"), false, 0, 0, 0, 0});
    m_view->setObjectName(QStringLiteral("mixtureHessian"));
    addFigure(
        m_view, [this] { return csvColumns(); }, QStringLiteral("mixture-hessian"));
    connect(&m_thread, &JobThread::busyChanged, this, &MixtureHessianPanel::setBusy);
}

void MixtureHessianPanel::compute()
{
    const int order = m_order->value() | 1; // odd
    const double stop = m_temperatureStop->value();
    const int points = m_points->value();
    setStatus(tr("Solving the mixture…"));
    m_thread.start([this, order, stop, points](const JobThread::Context& context) {
        try {
            std::vector<double> temperatures;
            for (int k = 0; k < points; ++k)
                temperatures.push_back(stop * k / (points - 1));
            const std::vector<MixtureState> states = mixtureCurvatureCurve(order, temperatures);
            std::vector<std::vector<double>> curve;
            for (const MixtureState& state : states)
                curve.push_back({state.temperature, state.curvatureSymmetric,
                                 state.curvatureInternal, state.curvatureExternal});
            const double stability = mixtureStabilityTemperature(order);
            context.post([this, order, curve, stability] { show(order, curve, stability); });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { setStatus(message); });
        }
    });
}

void MixtureHessianPanel::cancel()
{
    m_thread.cancel();
    setStatus(tr("Cancelled"));
}

void MixtureHessianPanel::show(int order, const std::vector<std::vector<double>>& curve,
                               double stability)
{
    m_curve = curve;
    m_stability = stability;
    const QStringList names{tr("I: along the mixture"), tr("II: inside the mixture"),
                            tr("III: towards another pattern")};
    std::vector<ui::XYSeries> series;
    for (int e = 0; e < 3; ++e) {
        ui::XYSeries line{names[e], {}, {}, ui::palette::series(e), Qt::SolidLine, false};
        for (const std::vector<double>& row : curve)
            if (std::isfinite(row[static_cast<std::size_t>(e + 1)]))
                line.points.append({row[0], row[static_cast<std::size_t>(e + 1)]});
        series.push_back(line);
    }
    if (!curve.empty())
        series.push_back({tr("zero"),
                          {{0.0, 0.0}, {curve.back()[0], 0.0}},
                          {},
                          ui::palette::neutral(),
                          Qt::DotLine,
                          false});
    m_view->setSeries(series);
    setProgress(1.0);
    setStatus(tr("The %1-mixture is stable below T = %2").arg(order).arg(stability, 0, 'f', 3));
    emit shown();
}

std::vector<ui::CsvColumn> MixtureHessianPanel::csvColumns() const
{
    std::vector<ui::CsvColumn> columns{{QStringLiteral("temperature"), {}},
                                       {QStringLiteral("curvature_I"), {}},
                                       {QStringLiteral("curvature_II"), {}},
                                       {QStringLiteral("curvature_III"), {}}};
    for (const std::vector<double>& row : m_curve)
        for (std::size_t c = 0; c < columns.size(); ++c)
            columns[c].values.push_back(row[c]);
    return columns;
}

} // namespace hopfield::app
