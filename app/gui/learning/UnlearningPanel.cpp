#include "gui/learning/UnlearningPanel.h"

#include "Palette.h"
#include "XYChartView.h"
#include "learning/LearningCurveColumns.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace hopfield::app {

UnlearningPanel::UnlearningPanel(QWidget* parent)
    : LabPanel(tr("Hebbian unlearning: each dream relaxes a random state to its T = 0 "
                  "attractor and weakens it, J ← J − (λ/N) s* s*ᵀ. Spurious states go first, "
                  "so the stored patterns become stable (D_in), most robust (D_top), and with "
                  "too many dreams are destroyed (D_fin)."),
               parent)
{
    m_neurons = addIntegerControl(QStringLiteral("neurons"), tr("Neurons N"), 20, 1000, 10);
    m_patterns = addIntegerControl(QStringLiteral("patterns"), tr("Patterns P"), 1, 1000);
    m_lambda =
        addNumberControl(QStringLiteral("strength"), tr("Strength λ"), 0.0001, 1.0, 0.005, 4);
    m_dreams = addIntegerControl(QStringLiteral("dreams"), tr("Dreams"), 0, 10'000'000, 500);
    m_seed = addIntegerControl(QStringLiteral("seed"), tr("Seed"), 0, 1'000'000);
    setSetup({});

    m_view =
        new ui::XYChartView(tr("Hebbian unlearning"),
                            {tr("dreams"), tr("fraction / stability Δ"), false, 0, 0, -1.5, 1.05});
    m_view->setObjectName(QStringLiteral("unlearningCurves"));
    addFigure(
        m_view, [this] { return csvColumns(); }, QStringLiteral("unlearning"));

    m_redraw.setInterval(100);
    connect(&m_redraw, &QTimer::timeout, this, [this] {
        if (m_dirty)
            redraw();
    });
    connect(&m_controller, &UnlearningController::busyChanged, this, [this](bool busy) {
        setBusy(busy);
        if (!busy)
            m_redraw.stop();
    });
    connect(&m_controller, &UnlearningController::progress, this,
            [this](const UnlearningProgress& progress, double done) {
                m_history.push_back(progress);
                m_dirty = true;
                setProgress(done);
            });
    connect(&m_controller, &UnlearningController::finished, this,
            [this](const UnlearningMilestones& milestones) {
                m_milestones = milestones;
                redraw();
                setStatus(tr("D_in = %1, D_top = %2, D_fin = %3 (−1: not reached)")
                              .arg(milestones.dIn)
                              .arg(milestones.dTop)
                              .arg(milestones.dFin));
                emit shown();
            });
    connect(&m_controller, &UnlearningController::failed, this, &UnlearningPanel::setStatus);
}

void UnlearningPanel::setSetup(const UnlearningSetup& setup)
{
    m_neurons->setValue(setup.neurons);
    m_patterns->setValue(setup.patterns);
    m_lambda->setValue(setup.lambda);
    m_dreams->setValue(setup.dreams);
    m_seed->setValue(static_cast<int>(setup.seed));
}

UnlearningSetup UnlearningPanel::setup() const
{
    UnlearningSetup setup;
    setup.neurons = m_neurons->value();
    setup.patterns = m_patterns->value();
    setup.lambda = m_lambda->value();
    setup.dreams = m_dreams->value();
    setup.seed = static_cast<std::uint64_t>(m_seed->value());
    return setup;
}

void UnlearningPanel::compute()
{
    m_history.clear();
    m_milestones.reset();
    m_view->clear();
    setStatus(tr("Dreaming…"));
    m_controller.start(setup());
    m_redraw.start();
}

void UnlearningPanel::cancel()
{
    m_controller.cancel();
    setStatus(tr("Cancelled"));
}

void UnlearningPanel::redraw()
{
    m_dirty = false;
    ui::XYSeries stable{tr("stable patterns"), {},   {}, ui::palette::series(0),
                        Qt::SolidLine,         false};
    ui::XYSeries minimum{tr("min stability Δ"), {},   {}, ui::palette::series(3),
                         Qt::SolidLine,         false};
    ui::XYSeries stored{tr("dreams ending in a memory"), {},           {},
                        ui::palette::series(2),          Qt::DashLine, false};
    for (const UnlearningProgress& p : m_history) {
        stable.points.append({double(p.dreams), p.stableFraction});
        minimum.points.append({double(p.dreams), p.minStability});
        if (p.dreams > 0)
            stored.points.append({double(p.dreams), p.storedDreamFraction});
    }
    std::vector<ui::XYSeries> curves{stable, minimum, stored};
    if (m_milestones && !m_history.empty()) {
        const double low = m_view->axes().yMin;
        const std::pair<int, QString> marks[] = {{m_milestones->dIn, QStringLiteral("D_in")},
                                                 {m_milestones->dTop, QStringLiteral("D_top")},
                                                 {m_milestones->dFin, QStringLiteral("D_fin")}};
        int index = 4;
        for (const auto& [dreams, name] : marks)
            if (dreams >= 0)
                curves.push_back({QStringLiteral("%1 = %2").arg(name).arg(dreams),
                                  {QPointF(dreams, low), QPointF(dreams, 1.0)},
                                  {},
                                  ui::palette::series(index++),
                                  Qt::DotLine,
                                  false});
    }
    m_view->setSeries(std::move(curves));
}

std::vector<ui::CsvColumn> UnlearningPanel::csvColumns() const
{
    std::vector<ui::CsvColumn> columns{ui::CsvColumn::named(learning_curve::kDreams),
                                       ui::CsvColumn::named(learning_curve::kStableFraction),
                                       ui::CsvColumn::named(learning_curve::kStableBitFraction),
                                       ui::CsvColumn::named(learning_curve::kMinStability),
                                       ui::CsvColumn::named(learning_curve::kMeanStability),
                                       ui::CsvColumn::named(learning_curve::kStoredDreamFraction)};
    for (const UnlearningProgress& p : m_history) {
        columns[0].values.push_back(p.dreams);
        columns[1].values.push_back(p.stableFraction);
        columns[2].values.push_back(p.stableBitFraction);
        columns[3].values.push_back(p.minStability);
        columns[4].values.push_back(p.meanStability);
        columns[5].values.push_back(p.storedDreamFraction);
    }
    return columns;
}

} // namespace hopfield::app
