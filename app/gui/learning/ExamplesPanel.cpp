#include "gui/learning/ExamplesPanel.h"

#include "Palette.h"
#include "XYChartView.h"
#include "learning/LearningCurveColumns.h"

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <cmath>

namespace hopfield::app {

ExamplesPanel::ExamplesPanel(QWidget* parent)
    : LabPanel(tr("K archetypes are never shown, only M noisy examples of each (every spin "
                  "agrees with probability (1 + r)/2). As M grows the archetype becomes an "
                  "attractor, and single examples stop being stable. The theory line is the "
                  "low-load limit; at higher load K/N a teacher who groups the examples "
                  "helps."),
               parent)
{
    m_neurons = addIntegerControl(QStringLiteral("neurons"), tr("Neurons N"), 50, 2000, 50);
    m_archetypes = addIntegerControl(QStringLiteral("archetypes"), tr("Archetypes K"), 1, 200);
    m_quality = addNumberControl(QStringLiteral("quality"), tr("Quality r"), 0.05, 1.0, 0.05, 2);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setSetup({});

    m_view = new ui::XYChartView(
        tr("Learning from examples"),
        {tr("examples per archetype M"), tr("overlap / fraction"), true, 0, 0, -0.02, 1.02});
    m_view->setObjectName(QStringLiteral("exampleCurves"));
    addFigure(
        m_view, [this] { return csvColumns(); }, QStringLiteral("examples"));

    connect(&m_controller, &ExampleCurveController::busyChanged, this, &ExamplesPanel::setBusy);
    connect(&m_controller, &ExampleCurveController::pointReady, this,
            [this](const ExampleCurvePoint& point, double done) {
                m_points.push_back(point);
                setProgress(done);
                redraw();
            });
    connect(&m_controller, &ExampleCurveController::finished, this, [this] {
        setStatus(tr("Done"));
        emit shown();
    });
    connect(&m_controller, &ExampleCurveController::failed, this, &ExamplesPanel::setStatus);
}

void ExamplesPanel::setSetup(const ExampleCurveSetup& setup)
{
    m_requested = setup;
    m_neurons->setValue(setup.neurons);
    m_archetypes->setValue(setup.archetypes);
    m_quality->setValue(setup.quality);
    m_seed->setValue(static_cast<int>(setup.seed));
}

ExampleCurveSetup ExamplesPanel::setup() const
{
    ExampleCurveSetup setup = m_requested; // the list of M is not a control
    setup.neurons = m_neurons->value();
    setup.archetypes = m_archetypes->value();
    setup.quality = m_quality->value();
    setup.seed = static_cast<std::uint64_t>(m_seed->value());
    return setup;
}

void ExamplesPanel::compute()
{
    m_requested = setup();
    m_points.clear();
    m_view->clear();
    setStatus(tr("Learning…"));
    m_controller.start(m_requested);
}

void ExamplesPanel::cancel()
{
    m_controller.cancel();
    setStatus(tr("Cancelled"));
}

void ExamplesPanel::redraw()
{
    ui::XYSeries supervised{tr("supervised"), {}, {}, ui::palette::series(0), Qt::SolidLine, true};
    ui::XYSeries unsupervised{tr("unsupervised"), {},  {}, ui::palette::series(1),
                              Qt::SolidLine,      true};
    ui::XYSeries stable{tr("examples still stable"), {},           {},
                        ui::palette::series(3),      Qt::DashLine, true};
    for (const ExampleCurvePoint& p : m_points) {
        const double m = p.examplesPerArchetype;
        supervised.points.append({m, p.supervised});
        unsupervised.points.append({m, p.unsupervised});
        stable.points.append({m, p.exampleStableFraction});
    }
    // The low-load limit erf(1/sqrt(2 rho)), rho = (1 - r^2)/(M r^2) (SCIENCE.md section 3),
    // drawn smoothly in M over the requested range.
    ui::XYSeries theory{tr("theory erf(1/√(2ρ))"), {},          {},
                        ui::palette::series(6),    Qt::DotLine, false};
    if (!m_requested.examples.empty()) {
        const double low = m_requested.examples.front();
        const double high = m_requested.examples.back();
        const double r2 = m_requested.quality * m_requested.quality;
        for (int k = 0; k <= 100; ++k) {
            const double m = low * std::pow(high / low, k / 100.0);
            const double rho = (1.0 - r2) / (m * r2);
            theory.points.append({m, rho > 0.0 ? std::erf(1.0 / std::sqrt(2.0 * rho)) : 1.0});
        }
    }
    m_view->setSeries({supervised, unsupervised, stable, theory});
}

std::vector<ui::CsvColumn> ExamplesPanel::csvColumns() const
{
    std::vector<ui::CsvColumn> columns{
        ui::CsvColumn::named(learning_curve::kExamples),
        ui::CsvColumn::named(learning_curve::kEntropy),
        ui::CsvColumn::named(learning_curve::kTheory),
        ui::CsvColumn::named(learning_curve::kSupervised),
        ui::CsvColumn::named(learning_curve::kUnsupervised),
        ui::CsvColumn::named(learning_curve::kExampleStableFraction)};
    for (const ExampleCurvePoint& p : m_points) {
        columns[0].values.push_back(p.examplesPerArchetype);
        columns[1].values.push_back(p.entropy);
        columns[2].values.push_back(p.theory);
        columns[3].values.push_back(p.supervised);
        columns[4].values.push_back(p.unsupervised);
        columns[5].values.push_back(p.exampleStableFraction);
    }
    return columns;
}

} // namespace hopfield::app
