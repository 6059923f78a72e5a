#include "gui/plasticity/SingleNeuronPanel.h"

#include "XYChartView.h"
#include "gui/plasticity/ChartColumns.h"
#include "gui/plasticity/FigureColumn.h"

#include <Eigen/Dense>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <exception>

namespace hopfield::app {

SingleNeuronPanel::SingleNeuronPanel(QWidget* parent)
    : QWidget(parent), m_thread(this),
      m_plane(new ui::XYChartView(tr("Weights in the (w1, w2) plane"), {tr("w1"), tr("w2")})),
      m_history(new ui::XYChartView(tr("Neuron 1: y and sliding θ"),
                                    {tr("patterns presented"), tr("y, θ")}))
{
    const SingleNeuronSettings defaults;
    auto* side = new QWidget;
    side->setMaximumWidth(280);
    auto* form = new QFormLayout;
    m_neurons = new QSpinBox;
    m_neurons->setRange(1, 4);
    m_neurons->setValue(defaults.neurons);
    form->addRow(tr("Neurons K"), m_neurons);
    m_overlap = new QDoubleSpinBox;
    m_overlap->setRange(0.0, 0.9);
    m_overlap->setSingleStep(0.05);
    m_overlap->setValue(defaults.overlap);
    form->addRow(tr("Pattern overlap a"), m_overlap);
    m_lateral = new QDoubleSpinBox;
    m_lateral->setRange(-0.9, 0.9);
    m_lateral->setSingleStep(0.05);
    m_lateral->setValue(defaults.lateral);
    form->addRow(tr("Lateral s"), m_lateral);
    m_memory = new QDoubleSpinBox;
    m_memory->setDecimals(3);
    m_memory->setRange(0.0, 0.999);
    m_memory->setSingleStep(0.01);
    m_memory->setValue(defaults.memory);
    form->addRow(tr("Memory gamma"), m_memory);
    m_steps = new QSpinBox;
    m_steps->setRange(100, 200000);
    m_steps->setSingleStep(1000);
    m_steps->setValue(defaults.steps);
    form->addRow(tr("Patterns presented"), m_steps);
    m_seed = new QSpinBox;
    m_seed->setRange(1, 1000000);
    m_seed->setValue(static_cast<int>(defaults.seed));
    form->addRow(tr("Seed"), m_seed);
    auto* runButton = new QPushButton(tr("Run"));
    runButton->setObjectName(QStringLiteral("singleNeuronRun"));
    connect(runButton, &QPushButton::clicked, this, &SingleNeuronPanel::run);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    auto* sideLayout = new QVBoxLayout(side);
    auto* about = new QLabel(
        tr("Two patterns x1 = (1, a), x2 = (a, 1) shown at random to a linear neuron y = w . x. "
           "The threshold theta slides with <y^2>; the neuron ends answering one pattern with "
           "y = theta and the other with 0 (dashed: the lines w . x1 = theta and w . x2 = theta). "
           " With K > 1 and s < 0 the neurons compete."));
    about->setWordWrap(true);
    sideLayout->addWidget(about);
    sideLayout->addLayout(form);
    sideLayout->addWidget(runButton);
    sideLayout->addWidget(m_result);
    sideLayout->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(side);
    layout->addWidget(new FigureColumn(
                          m_plane, [this] { return chart_columns::ofXY(*m_plane); },
                          QStringLiteral("single-neuron-plane")),
                      1);
    layout->addWidget(new FigureColumn(
                          m_history, [this] { return chart_columns::ofXY(*m_history); },
                          QStringLiteral("single-neuron-history")),
                      1);
    run();
}

void SingleNeuronPanel::run()
{
    SingleNeuronSettings settings;
    settings.neurons = m_neurons->value();
    settings.overlap = m_overlap->value();
    settings.lateral = m_lateral->value();
    settings.memory = m_memory->value();
    settings.steps = m_steps->value();
    settings.recordEvery = std::max(1, settings.steps / 400);
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    m_result->setText(tr("Running..."));
    m_thread.start([this, settings](const JobThread::Context& context) {
        try {
            auto experiment = std::make_shared<SingleNeuronExperiment>(settings);
            while (!experiment->finished() && !context.cancelled())
                experiment->advance(1000);
            std::shared_ptr<const SingleNeuronExperiment> done = std::move(experiment);
            context.post([this, done] { showExperiment(done); });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { m_result->setText(message); });
        }
    });
}

void SingleNeuronPanel::showExperiment(
    const std::shared_ptr<const SingleNeuronExperiment>& experiment)
{
    const Eigen::MatrixXd& patterns = experiment->patterns(); // pattern p in column p
    const auto& history = experiment->history();
    const int neurons = experiment->settings().neurons;
    const auto count = static_cast<int>(patterns.cols());
    std::vector<ui::XYSeries> plane;
    for (int neuron = 0; neuron < neurons; ++neuron) {
        ui::XYSeries path{tr("neuron %1").arg(neuron + 1), {}, {}, {}, Qt::SolidLine, false};
        for (const auto& sample : history)
            path.points.append({sample.weights(neuron, 0), sample.weights(neuron, 1)});
        plane.push_back(std::move(path));
    }
    // One linear neuron, two equiprobable patterns: at a fixed point of dw = y (y - theta) x
    // each y_p is 0 or theta, and theta = E[y^2].  Selective, y = (theta, 0):
    // theta = theta^2 / 2, so theta = 2 (stable, BCM 1982); y = (theta, theta): theta = 1
    // (unstable), and w = 0.
    if (count == 2) {
        const Eigen::Matrix2d toWeights = patterns.transpose().inverse(); // w = X^-T y
        ui::XYSeries stable{tr("stable"), {}, {}, {}, Qt::NoPen, true};
        ui::XYSeries unstable{tr("unstable"), {}, {}, {}, Qt::NoPen, true};
        for (int p = 0; p < 2; ++p) {
            Eigen::Vector2d answer = Eigen::Vector2d::Zero();
            answer(p) = count;
            const Eigen::Vector2d w = toWeights * answer;
            stable.points.append({w(0), w(1)});
        }
        const Eigen::Vector2d both = toWeights * Eigen::Vector2d(1.0, 1.0);
        unstable.points.append({0.0, 0.0});
        unstable.points.append({both(0), both(1)});
        plane.push_back(std::move(stable));
        plane.push_back(std::move(unstable));
        // The lines y_p = w . x_p = theta at the final threshold of neuron 1.
        const double theta = history.empty() ? 0.0 : history.back().theta(0);
        for (int p = 0; p < 2; ++p) {
            const double a = patterns(0, p);
            const double b = patterns(1, p);
            ui::XYSeries line{tr("w · x%1 = θ").arg(p + 1), {}, {}, {}, Qt::DashLine, false, false};
            if (std::abs(b) > 1e-9) {
                for (double w1 : {-2.0 * count, 2.0 * count})
                    line.points.append({w1, (theta - a * w1) / b});
            } else { // x_p = (a, 0): the vertical line w1 = theta / a
                for (double w2 : {-2.0 * count, 2.0 * count})
                    line.points.append({theta / a, w2});
            }
            plane.push_back(std::move(line));
        }
    }
    // The window holds the fixed points with a margin; the first, wild steps (theta
    // still finding <y^2>) may leave it.
    double low = 0.0;
    double high = 0.0;
    for (const ui::XYSeries& series : plane)
        if (series.style == Qt::NoPen)
            for (const QPointF& point : series.points) {
                low = std::min({low, point.x(), point.y()});
                high = std::max({high, point.x(), point.y()});
            }
    ui::XYAxes axes = m_plane->axes();
    axes.xMin = axes.yMin = low - 0.4;
    axes.xMax = axes.yMax = high + 0.4;
    m_plane->setAxes(axes);
    m_plane->setSeries(std::move(plane));

    std::vector<ui::XYSeries> curves;
    for (int p = 0; p < count; ++p) {
        ui::XYSeries y{tr("y to pattern %1").arg(p + 1), {}, {}, {}, Qt::SolidLine, false};
        for (const auto& sample : history)
            y.points.append(
                {static_cast<double>(sample.step), sample.weights.row(0).dot(patterns.col(p))});
        curves.push_back(std::move(y));
    }
    ui::XYSeries theta{tr("θ"), {}, {}, {}, Qt::DashLine, false};
    for (const auto& sample : history)
        theta.points.append({static_cast<double>(sample.step), sample.theta(0)});
    curves.push_back(std::move(theta));
    m_history->setSeries(std::move(curves));

    QStringList picks;
    const std::vector<int> selected = experiment->selectedPatterns();
    for (std::size_t neuron = 0; neuron < selected.size(); ++neuron)
        picks
            << (selected[neuron] < 0
                    ? tr("neuron %1 selects none").arg(neuron + 1)
                    : tr("neuron %1 selects pattern %2").arg(neuron + 1).arg(selected[neuron] + 1));
    m_result->setText(picks.join(QStringLiteral("; ")) + QLatin1Char('.'));
    emit finished();
}

QList<LessonControl> SingleNeuronPanel::lessonControls() const
{
    return {
        {ControlId::SingleNeuronNeurons, m_neurons}, {ControlId::SingleNeuronOverlap, m_overlap},
        {ControlId::SingleNeuronLateral, m_lateral}, {ControlId::SingleNeuronMemory, m_memory},
        {ControlId::SingleNeuronSteps, m_steps},     {ControlId::SingleNeuronSeed, m_seed}};
}

QString SingleNeuronPanel::resultText() const
{
    return m_result->text();
}

} // namespace hopfield::app
