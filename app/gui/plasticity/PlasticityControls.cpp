#include "gui/plasticity/PlasticityControls.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace hopfield::app {
namespace {

/// The combo entries, in the order of the engine's enums.
const QStringList kModels{QStringLiteral("BCM"), QStringLiteral("Competing units")};
const QStringList kActivations{QStringLiteral("logistic"), QStringLiteral("relu"),
                               QStringLiteral("linear")};
const QStringList kOptimizers{QStringLiteral("sgd"), QStringLiteral("adam")};
const QStringList kInits{QStringLiteral("normal"), QStringLiteral("glorot")};

} // namespace

PlasticityControls::PlasticityControls(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_model = addChoice(tr("Model"), kModels);
    m_model->setObjectName(QStringLiteral("plasticityModel"));
    m_units = addInteger(tr("Units K"), 2, 400, 100);
    m_activation = addChoice(tr("Activation"), kActivations);
    m_optimizer = addChoice(tr("Optimiser"), kOptimizers);
    m_rate = addNumber(tr("Learning rate"), 1e-5, 1.0, 0.005, 5, 0.02);
    m_init = addChoice(tr("Initialisation"), kInits);
    m_lateral = addNumber(tr("Lateral s"), -0.99, 0.99, 0.01, 3, 0.0);
    m_memory = addNumber(tr("Memory gamma"), 0.0, 0.999, 0.01, 3, 0.9);
    m_competingRate = addNumber(tr("Learning rate eps0"), 1e-4, 1.0, 0.01, 4, 0.1);
    m_power = addNumber(tr("Power p"), 2.0, 10.0, 1.0, 1, 2.0);
    m_rank = addInteger(tr("Rank k"), 2, 50, 2);
    m_delta = addNumber(tr("Delta"), 0.0, 1.0, 0.05, 2, 0.4);
    m_batch = addInteger(tr("Batch"), 1, 2000, 100);
    m_epochs = addInteger(tr("Epochs"), 1, 1000, 10);
    m_evaluate = addInteger(tr("Measure every (epochs)"), 1, 100, 1);
    m_seed = addInteger(tr("Seed"), 1, 1000000, 1);
    setSettings(labSettings());
    connect(m_model, &QComboBox::currentIndexChanged, this, &PlasticityControls::showModelRows);
    showModelRows();
}

QSpinBox* PlasticityControls::addInteger(const QString& label, int low, int high, int value)
{
    auto* box = new QSpinBox;
    box->setRange(low, high);
    box->setValue(value);
    connect(box, &QSpinBox::valueChanged, this, &PlasticityControls::changed);
    m_form->addRow(label, box);
    return box;
}

QDoubleSpinBox* PlasticityControls::addNumber(const QString& label, double low, double high,
                                              double step, int decimals, double value)
{
    auto* box = new QDoubleSpinBox;
    box->setDecimals(decimals);
    box->setRange(low, high);
    box->setSingleStep(step);
    box->setValue(value);
    connect(box, &QDoubleSpinBox::valueChanged, this, &PlasticityControls::changed);
    m_form->addRow(label, box);
    return box;
}

QComboBox* PlasticityControls::addChoice(const QString& label, const QStringList& names)
{
    auto* box = new QComboBox;
    box->addItems(names);
    connect(box, &QComboBox::currentIndexChanged, this, &PlasticityControls::changed);
    m_form->addRow(label, box);
    return box;
}

void PlasticityControls::showModelRows()
{
    const bool bcm = m_model->currentIndex() == 0;
    for (QWidget* row : {static_cast<QWidget*>(m_activation), static_cast<QWidget*>(m_optimizer),
                         static_cast<QWidget*>(m_init), static_cast<QWidget*>(m_lateral),
                         static_cast<QWidget*>(m_memory), static_cast<QWidget*>(m_rate)})
        m_form->setRowVisible(row, bcm);
    for (QWidget* row : {static_cast<QWidget*>(m_competingRate), static_cast<QWidget*>(m_power),
                         static_cast<QWidget*>(m_rank), static_cast<QWidget*>(m_delta)})
        m_form->setRowVisible(row, !bcm);
}

PlasticitySettings PlasticityControls::labSettings()
{
    PlasticitySettings settings;
    settings.epochs = 5;
    settings.bcm.activation = Activation::Relu;
    settings.bcm.init = WeightInit::Glorot;
    settings.bcm.lateral = -0.05;
    settings.competing.learningRate = 0.1;
    return settings;
}

PlasticitySettings PlasticityControls::settings() const
{
    PlasticitySettings settings;
    settings.model =
        m_model->currentIndex() == 0 ? PlasticityModel::Bcm : PlasticityModel::Competing;
    settings.epochs = m_epochs->value();
    settings.batch = m_batch->value();
    settings.seed = static_cast<std::uint64_t>(m_seed->value());
    settings.bcm.units = m_units->value();
    settings.bcm.activation = static_cast<Activation>(m_activation->currentIndex());
    settings.bcm.optimizer = static_cast<OptimizerKind>(m_optimizer->currentIndex());
    settings.bcm.learningRate = m_rate->value();
    settings.bcm.init = static_cast<WeightInit>(m_init->currentIndex());
    settings.bcm.lateral = m_lateral->value();
    settings.bcm.memory = m_memory->value();
    settings.bcm.seed = settings.seed;
    settings.competing.units = m_units->value();
    settings.competing.power = m_power->value();
    settings.competing.rank = m_rank->value();
    settings.competing.delta = m_delta->value();
    settings.competing.learningRate = m_competingRate->value();
    settings.competing.seed = settings.seed;
    return settings;
}

void PlasticityControls::setSettings(const PlasticitySettings& settings)
{
    const bool bcm = settings.model == PlasticityModel::Bcm;
    m_model->setCurrentIndex(bcm ? 0 : 1);
    m_units->setValue(bcm ? settings.bcm.units : settings.competing.units);
    m_rate->setValue(settings.bcm.learningRate);
    m_competingRate->setValue(settings.competing.learningRate);
    m_activation->setCurrentIndex(static_cast<int>(settings.bcm.activation));
    m_optimizer->setCurrentIndex(static_cast<int>(settings.bcm.optimizer));
    m_init->setCurrentIndex(static_cast<int>(settings.bcm.init));
    m_lateral->setValue(settings.bcm.lateral);
    m_memory->setValue(settings.bcm.memory);
    m_power->setValue(settings.competing.power);
    m_rank->setValue(settings.competing.rank);
    m_delta->setValue(settings.competing.delta);
    m_batch->setValue(settings.batch);
    m_epochs->setValue(settings.epochs);
    m_seed->setValue(static_cast<int>(settings.seed));
}

QList<LessonControl> PlasticityControls::lessonControls() const
{
    return {{ControlId::PlasticityModel, m_model},
            {ControlId::PlasticityUnits, m_units},
            {ControlId::PlasticityActivation, m_activation},
            {ControlId::PlasticityOptimizer, m_optimizer},
            {ControlId::PlasticityLearningRate, m_rate},
            {ControlId::PlasticityInit, m_init},
            {ControlId::PlasticityLateral, m_lateral},
            {ControlId::PlasticityMemory, m_memory},
            {ControlId::PlasticityCompetingRate, m_competingRate},
            {ControlId::PlasticityPower, m_power},
            {ControlId::PlasticityRank, m_rank},
            {ControlId::PlasticityDelta, m_delta},
            {ControlId::PlasticityBatch, m_batch},
            {ControlId::PlasticityEpochs, m_epochs},
            {ControlId::PlasticityMeasureEvery, m_evaluate},
            {ControlId::PlasticitySeed, m_seed}};
}

int PlasticityControls::evaluateEvery() const
{
    return m_evaluate->value();
}

} // namespace hopfield::app
