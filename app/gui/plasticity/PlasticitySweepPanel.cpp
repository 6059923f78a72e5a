#include "gui/plasticity/PlasticitySweepPanel.h"

#include "CsvExport.h"
#include "XYChartView.h"
#include "gui/plasticity/FigureColumn.h"
#include "gui/plasticity/SelectivitySeries.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <exception>

namespace hopfield::app {

PlasticitySweepPanel::PlasticitySweepPanel(SettingsSource settings, DatasetSource dataset,
                                           QWidget* parent)
    : QWidget(parent), m_settings(std::move(settings)), m_dataset(std::move(dataset)),
      m_thread(this), m_selectivity(new ui::XYChartView(
                          tr("Selectivity against the swept value"),
                          {tr("gamma"), tr("fraction of patterns"), false, 0, 0, 0.0, 1.0})),
      m_overlap(new ui::XYChartView(SelectivitySeries::overlapTitle(), {tr("gamma"), tr("beta")}))
{
    auto* side = new QWidget;
    side->setMaximumWidth(280);
    auto* form = new QFormLayout;
    m_parameter = new QComboBox;
    m_parameter->addItems({tr("memory gamma"), tr("lateral s")});
    form->addRow(tr("Sweep"), m_parameter);
    m_from = new QDoubleSpinBox;
    m_to = new QDoubleSpinBox;
    for (QDoubleSpinBox* box : {m_from, m_to}) {
        box->setDecimals(3);
        box->setRange(-0.99, 0.999);
        box->setSingleStep(0.05);
    }
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    m_count = new QSpinBox;
    m_count->setRange(2, 40);
    form->addRow(tr("Values"), m_count);
    m_epochs = new QSpinBox;
    m_epochs->setRange(1, 200);
    m_epochs->setValue(2);
    form->addRow(tr("Epochs per run"), m_epochs);
    setRange(SweepParameter::Memory, 0.5, 0.99, 6);
    connect(m_parameter, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            setRange(SweepParameter::Memory, 0.5, 0.99, m_count->value());
        else
            setRange(SweepParameter::Lateral, -0.1, 0.1, m_count->value());
    });

    m_compute = new QPushButton(tr("Compute"));
    m_compute->setObjectName(QStringLiteral("sweepCompute"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setEnabled(false);
    connect(m_compute, &QPushButton::clicked, this, &PlasticitySweepPanel::compute);
    connect(m_cancel, &QPushButton::clicked, this, &PlasticitySweepPanel::cancel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_compute);
    buttons->addWidget(m_cancel);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(tr("Each value trains one BCM layer with the lab's settings on all "
                             "cores."));
    m_status->setWordWrap(true);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addLayout(form);
    sideLayout->addLayout(buttons);
    sideLayout->addWidget(m_progress);
    sideLayout->addWidget(m_status);
    sideLayout->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(side);
    layout->addWidget(
        new FigureColumn(
            m_selectivity, [this] { return columns(); }, QStringLiteral("sweep-selectivity")),
        1);
    layout->addWidget(new FigureColumn(
                          m_overlap, [this] { return columns(); }, QStringLiteral("sweep-beta")),
                      1);
    connect(&m_thread, &JobThread::busyChanged, this, [this](bool busy) {
        m_cancel->setEnabled(busy);
        m_compute->setEnabled(!busy);
    });
}

void PlasticitySweepPanel::setRange(SweepParameter parameter, double from, double to, int points)
{
    m_parameter->setCurrentIndex(parameter == SweepParameter::Memory ? 0 : 1);
    m_from->setValue(from);
    m_to->setValue(to);
    m_count->setValue(points);
}

void PlasticitySweepPanel::compute()
{
    const std::shared_ptr<const Dataset> dataset = m_dataset();
    if (!dataset)
        return;
    PlasticitySettings base = m_settings();
    base.model = PlasticityModel::Bcm;
    base.epochs = m_epochs->value();
    const SweepParameter parameter =
        m_parameter->currentIndex() == 0 ? SweepParameter::Memory : SweepParameter::Lateral;
    std::vector<double> values;
    const int count = m_count->value();
    for (int i = 0; i < count; ++i)
        values.push_back(m_from->value() + (m_to->value() - m_from->value()) * i / (count - 1));
    m_progress->setValue(0);
    m_status->setText(tr("Training %1 layers...").arg(count));
    m_thread.start([this, dataset, base, parameter, values](const JobThread::Context& context) {
        try {
            QElapsedTimer clock;
            clock.start();
            auto points = sweepPlasticity(
                dataset, base, parameter, values, *context.cancelFlag(),
                [this, &context, &clock](int done, int total) {
                    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
                    const double left = seconds * (total - done) / std::max(1, done);
                    context.post([this, done, total, left] {
                        m_progress->setValue(static_cast<int>(std::lround(1000.0 * done / total)));
                        m_status->setText(tr("%1 of %2 runs done, about %3 s left")
                                              .arg(done)
                                              .arg(total)
                                              .arg(left, 0, 'f', 0));
                    });
                });
            if (!points)
                return;
            context.post([this, points = std::move(*points), parameter]() mutable {
                showPoints(std::move(points), parameter);
            });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { m_status->setText(message); });
        }
    });
}

QList<LessonControl> PlasticitySweepPanel::lessonControls() const
{
    return {{ControlId::SweepParameter, m_parameter},
            {ControlId::SweepFrom, m_from},
            {ControlId::SweepTo, m_to},
            {ControlId::SweepValues, m_count},
            {ControlId::SweepEpochs, m_epochs}};
}

void PlasticitySweepPanel::cancel()
{
    m_thread.cancel();
    m_status->setText(tr("Cancelled."));
}

void PlasticitySweepPanel::showPoints(std::vector<PlasticitySweepPoint> points,
                                      SweepParameter parameter)
{
    m_points = std::move(points);
    m_shown = parameter;
    const QString name = parameter == SweepParameter::Memory ? tr("gamma") : tr("s");
    SelectivitySeries selectivity;
    const std::shared_ptr<const Dataset> dataset = m_dataset();
    const double patterns = dataset ? static_cast<double>(dataset->trainIndices().size()) : 1.0;
    for (const PlasticitySweepPoint& point : m_points)
        selectivity.append(point.value, point.meanSelectivity / patterns,
                           point.selectedPatterns / patterns, point.overlapIndex);
    for (ui::XYChartView* chart : {m_selectivity, m_overlap}) {
        ui::XYAxes axes = chart->axes();
        axes.xTitle = name;
        chart->setAxes(axes);
    }
    selectivity.showOn(*m_selectivity, *m_overlap);
    m_progress->setValue(1000);
    m_status->setText(tr("%1 runs done.").arg(m_points.size()));
    emit finished();
}

std::vector<ui::CsvColumn> PlasticitySweepPanel::columns() const
{
    std::vector<ui::CsvColumn> columns{
        {m_shown == SweepParameter::Memory ? QStringLiteral("memory") : QStringLiteral("lateral"),
         {}},
        {QStringLiteral("mean_selectivity"), {}},
        {QStringLiteral("selected_patterns"), {}},
        {QStringLiteral("overlap_index"), {}},
        {QStringLiteral("memorisation_bound"), {}},
        {QStringLiteral("readout_accuracy"), {}}};
    for (const PlasticitySweepPoint& point : m_points) {
        columns[0].values.push_back(point.value);
        columns[1].values.push_back(point.meanSelectivity);
        columns[2].values.push_back(point.selectedPatterns);
        columns[3].values.push_back(point.overlapIndex);
        columns[4].values.push_back(point.memorisationBound);
        columns[5].values.push_back(point.readoutAccuracy.value_or(std::nan("")));
    }
    return columns;
}

} // namespace hopfield::app
