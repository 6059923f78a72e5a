#include "gui/retrieval/view/RetrievalControls.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <climits>
#include <cmath>

namespace hopfield::app {
namespace {

constexpr int kTemperatureSteps =
    static_cast<int>(RetrievalControls::kMaxTemperature / RetrievalControls::kTemperatureStep);

struct ModeChoice {
    UpdateMode mode;
    const char* text;
    const char* tip;
};

constexpr ModeChoice kModes[] = {
    {UpdateMode::RandomAsync, "random asynchronous",
     "One spin at a time, each sweep in a fresh random order: N updates per sweep"},
    {UpdateMode::SequentialAsync, "sequential", "One spin at a time, i = 1, 2, ..., N in order"},
    {UpdateMode::Synchronous, "synchronous",
     "All spins at once from the same old state, s(t+1) = sign(J s(t)): may end in a "
     "2-cycle"},
};

/// A combo box that can be narrower than its longest item, which it then elides: the run
/// column keeps every field in view at 1366 px and on a projector (issue 11, items 7-8);
/// the list that opens shows the whole names.
QComboBox* shrinkingComboBox()
{
    constexpr int kLeastVisibleChars = 8;
    auto* combo = new QComboBox;
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(kLeastVisibleChars);
    return combo;
}

/// A learning rule of the list, or (with `dense` set) the dense associative memory.
struct RuleChoice {
    CouplingRule rule;
    const char* text;
    const char* formula;
    std::optional<InteractionFunction> dense = std::nullopt;
};

const RuleChoice kRules[] = {
    {CouplingRule::Hebb, "Hebb",
     "J<sub>ij</sub> = (1/N) \u03a3<sub>\u03bc</sub> \u03be<sup>\u03bc</sup><sub>i</sub> "
     "\u03be<sup>\u03bc</sup><sub>j</sub>, J<sub>ii</sub> = 0"},
    {CouplingRule::PseudoInverse, "pseudo-inverse",
     "J = (1/N) \u039e<sup>T</sup> C<sup>\u22121</sup> \u039e, C<sub>\u03bc\u03bd</sub> = "
     "(1/N) \u03be<sup>\u03bc</sup>\u00b7\u03be<sup>\u03bd</sup>, J<sub>ii</sub> = 0: every "
     "pattern a fixed point for \u03b1 &lt; 1"},
    {CouplingRule::Storkey, "Storkey",
     "W<sub>ij</sub> += (1/N)[\u03be<sub>i</sub>\u03be<sub>j</sub> \u2212 "
     "\u03be<sub>i</sub>h<sub>ji</sub> \u2212 h<sub>ij</sub>\u03be<sub>j</sub>], patterns "
     "learnt one at a time"},
    {CouplingRule::Dreaming, "dreaming",
     "J = (1/N) \u039e<sup>T</sup> (1 + t)(1 + tC)<sup>\u22121</sup> \u039e: t = 0 is Hebb, "
     "t \u2192 \u221e the pseudo-inverse"},
    {CouplingRule::Unlearning, "Hebb + unlearning",
     "Hebb, then 60 P dreams: from a random state run to an attractor s* at T = 0 and "
     "J \u2212= (0.01/N) s* s*<sup>T</sup> (Hopfield, Feinstein and Palmer 1983)"},
    {CouplingRule::Boltzmann, "Boltzmann",
     "A Boltzmann machine at T = 1 trained on 20 examples of each pattern (each spin kept "
     "with probability (1 + r)/2, r = 0.6): J \u2190 J + 0.1 (\u27e8s<sub>i</sub>"
     "s<sub>j</sub>\u27e9<sub>data</sub> \u2212 \u27e8s<sub>i</sub>s<sub>j</sub>\u27e9"
     "<sub>model</sub>), 200 epochs"},
    {CouplingRule::ExamplesSupervised, "examples, supervised",
     "20 examples \u03b7 of each pattern at quality r = 0.6, grouped by a teacher: "
     "J = (1/RN) \u03a3<sub>\u03bc</sub> \u03b7\u0304<sup>\u03bc</sup> "
     "\u03b7\u0304<sup>\u03bcT</sup>, \u03b7\u0304<sup>\u03bc</sup> the mean of its "
     "examples, R = r\u00b2 + (1 \u2212 r\u00b2)/M"},
    {CouplingRule::ExamplesUnsupervised, "examples, unsupervised",
     "20 examples \u03b7 of each pattern at quality r = 0.6, unlabelled: J = (1/RNM) "
     "\u03a3<sub>\u03bc,a</sub> \u03b7<sup>\u03bc,a</sup> \u03b7<sup>\u03bc,aT</sup>, "
     "R = r\u00b2 + (1 \u2212 r\u00b2)/M"},
    {CouplingRule::Hebb, "dense memory, F = x\u00b3",
     "No couplings: E = \u2212\u03a3<sub>\u03bc</sub> F(\u03be<sup>\u03bc</sup>\u00b7s), "
     "F(x) = x\u00b3, storing about N\u00b2 patterns (Krotov and Hopfield 2016); "
     "asynchronous T = 0 updates only",
     InteractionFunction::polynomial(3)},
    {CouplingRule::Hebb, "dense memory, F = e\u02e3",
     "No couplings: E = \u2212\u03a3<sub>\u03bc</sub> exp(\u03be<sup>\u03bc</sup>\u00b7s), "
     "storing exponentially many patterns (Demircigil et al. 2017); asynchronous T = 0 "
     "updates only",
     InteractionFunction::exponential()},
};

/// The list's entry for a run's rule, or -1.
int ruleIndex(const RetrievalSetup& setup)
{
    for (int i = 0; i < static_cast<int>(std::size(kRules)); ++i)
        if (setup.denseMemory ? kRules[i].dense == setup.denseMemory
                              : !kRules[i].dense && kRules[i].rule == setup.rule)
            return i;
    return -1;
}

QString html(const QString& text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text);
}

} // namespace

RetrievalControls::RetrievalControls(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildDynamics());
    layout->addWidget(buildStart());
}

QWidget* RetrievalControls::buildDynamics()
{
    auto* group = new QGroupBox(tr("Dynamics"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const QString temperatureTip =
        html(tr("Temperature T = 1/\u03b2 of the Glauber dynamics: spin i becomes +1 with "
                "probability P(s<sub>i</sub> = +1) = 1/(1 + e<sup>\u22122\u03b2h<sub>i</sub>"
                "</sup>), h<sub>i</sub> = \u03a3<sub>j</sub> J<sub>ij</sub> s<sub>j</sub>. "
                "At T = 0, s<sub>i</sub> = sign(h<sub>i</sub>). Memories melt near T = 1."));
    m_temperatureSlider = new QSlider(Qt::Horizontal);
    m_temperatureSlider->setObjectName(QStringLiteral("temperatureSlider"));
    m_temperatureSlider->setRange(0, kTemperatureSteps);
    m_temperatureSlider->setPageStep(2);
    m_temperatureSlider->setTickPosition(QSlider::TicksBelow);
    m_temperatureSlider->setTickInterval(4);
    m_temperature = new QDoubleSpinBox;
    m_temperature->setObjectName(QStringLiteral("temperatureSpinBox"));
    m_temperature->setRange(0.0, kMaxTemperature);
    m_temperature->setDecimals(3);
    m_temperature->setSingleStep(kTemperatureStep);
    m_temperature->setKeyboardTracking(false); // one change per value entered
    auto* temperatureRow = new QHBoxLayout;
    temperatureRow->addWidget(m_temperatureSlider, 1);
    temperatureRow->addWidget(m_temperature);
    auto* temperatureLabel = new QLabel(tr("&T"));
    temperatureLabel->setBuddy(m_temperature);
    form->addRow(temperatureLabel, temperatureRow);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_temperatureSlider), static_cast<QWidget*>(m_temperature),
          static_cast<QWidget*>(temperatureLabel)})
        widget->setToolTip(temperatureTip);
    connect(m_temperatureSlider, &QSlider::valueChanged, this, [this](int step) {
        const double temperature = step * kTemperatureStep;
        {
            const QSignalBlocker block(m_temperature);
            m_temperature->setValue(temperature);
        }
        emit temperatureChanged(temperature);
    });
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, [this](double temperature) {
        {
            const QSignalBlocker block(m_temperatureSlider);
            m_temperatureSlider->setValue(
                static_cast<int>(std::lround(temperature / kTemperatureStep)));
        }
        emit temperatureChanged(temperature);
    });

    m_mode = shrinkingComboBox();
    m_mode->setObjectName(QStringLiteral("modeComboBox"));
    for (const ModeChoice& choice : kModes) {
        m_mode->addItem(tr(choice.text), static_cast<int>(choice.mode));
        m_mode->setItemData(m_mode->count() - 1, tr(choice.tip), Qt::ToolTipRole);
    }
    m_mode->setToolTip(html(tr("Update order. Random asynchronous and sequential never raise "
                               "E = \u2212\u00bd \u03a3 J<sub>ij</sub> s<sub>i</sub> "
                               "s<sub>j</sub> at T = 0; synchronous may end in a 2-cycle.")));
    form->addRow(tr("Update"), m_mode);
    connect(m_mode, &QComboBox::activated, this,
            [this] { emit modeChanged(static_cast<UpdateMode>(m_mode->currentData().toInt())); });

    m_rule = shrinkingComboBox();
    m_rule->setObjectName(QStringLiteral("ruleComboBox"));
    QStringList formulas;
    for (const RuleChoice& choice : kRules) {
        m_rule->addItem(tr(choice.text), m_rule->count());
        m_rule->setItemData(m_rule->count() - 1, html(tr(choice.formula)), Qt::ToolTipRole);
        formulas << QStringLiteral("<b>%1</b>: %2").arg(tr(choice.text), tr(choice.formula));
    }
    m_rule->setToolTip(html(formulas.join(QStringLiteral("<br>"))));
    form->addRow(tr("Rule"), m_rule);
    connect(m_rule, &QComboBox::activated, this, &RetrievalControls::emitRule);

    m_dreamingTime = new QDoubleSpinBox;
    m_dreamingTime->setObjectName(QStringLiteral("dreamingTimeSpinBox"));
    m_dreamingTime->setRange(0.0, 1000.0);
    m_dreamingTime->setDecimals(2);
    m_dreamingTime->setKeyboardTracking(false);
    m_dreamingTime->setToolTip(html(tr(kRules[3].formula)));
    m_dreamingLabel = new QLabel(tr("Dream t"));
    form->addRow(m_dreamingLabel, m_dreamingTime);
    connect(m_dreamingTime, &QDoubleSpinBox::valueChanged, this, &RetrievalControls::emitRule);

    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("seedSpinBox"));
    m_seed->setRange(0, INT_MAX);
    m_seed->setKeyboardTracking(false);
    m_seed->setToolTip(tr("Seed of the random numbers (xoshiro256**): patterns, corruption and "
                          "dynamics; the same seed gives the same run here and in "
                          "hopfield-lab-cli retrieve --seed"));
    form->addRow(tr("Seed"), m_seed);
    connect(m_seed, &QSpinBox::valueChanged, this,
            [this](int seed) { emit seedChanged(static_cast<std::uint64_t>(seed)); });

    buildField(form);
    return group;
}

void RetrievalControls::buildField(QFormLayout* form)
{
    // Seed 001's field as a pattern selector: h_i = H xi^mu_i tilts the energy by
    // -h.s = -H N m_mu, so a large enough H leaves xi^mu the only attractor.
    const QString tip =
        html(tr("External field h<sub>i</sub> = H ξ<sup>μ</sup><sub>i</sub> on the "
                "chosen pattern: it adds to every local field, h<sub>i</sub> = "
                "Σ<sub>j</sub> J<sub>ij</sub> s<sub>j</sub> + H ξ<sup>μ</sup>"
                "<sub>i</sub>, and to the energy, E = −½ s·J·s − "
                "H ξ<sup>μ</sup>·s. A moderate H pulls any start to "
                "ξ<sup>μ</sup> (hopfield-lab-cli retrieve --field-pattern --field)."));
    m_fieldPattern = shrinkingComboBox();
    m_fieldPattern->setObjectName(QStringLiteral("fieldPatternComboBox"));
    m_fieldPattern->setToolTip(tip);
    form->addRow(tr("Field on"), m_fieldPattern);
    connect(m_fieldPattern, &QComboBox::activated, this, &RetrievalControls::emitField);

    m_fieldSlider = new QSlider(Qt::Horizontal);
    m_fieldSlider->setObjectName(QStringLiteral("fieldStrengthSlider"));
    m_fieldSlider->setRange(0, static_cast<int>(std::lround(kMaxField / kFieldStep)));
    m_fieldSlider->setPageStep(2);
    m_fieldSlider->setToolTip(tip);
    m_fieldStrength = new QDoubleSpinBox;
    m_fieldStrength->setObjectName(QStringLiteral("fieldStrengthSpinBox"));
    m_fieldStrength->setRange(0.0, kMaxField);
    m_fieldStrength->setDecimals(3);
    m_fieldStrength->setSingleStep(kFieldStep);
    m_fieldStrength->setKeyboardTracking(false);
    m_fieldStrength->setToolTip(tip);
    auto* row = new QHBoxLayout;
    row->addWidget(m_fieldSlider, 1);
    row->addWidget(m_fieldStrength);
    form->addRow(tr("Field H"), row);
    connect(m_fieldSlider, &QSlider::valueChanged, this, [this](int step) {
        {
            const QSignalBlocker block(m_fieldStrength);
            m_fieldStrength->setValue(step * kFieldStep);
        }
        emitField();
    });
    connect(m_fieldStrength, &QDoubleSpinBox::valueChanged, this, [this](double strength) {
        {
            const QSignalBlocker block(m_fieldSlider);
            m_fieldSlider->setValue(static_cast<int>(std::lround(strength / kFieldStep)));
        }
        emitField();
    });
}

void RetrievalControls::emitField()
{
    const int index = m_fieldPattern->currentIndex();
    emit fieldChanged(index > 0 ? std::optional<int>(index - 1) : std::nullopt,
                      m_fieldStrength->value());
}

QWidget* RetrievalControls::buildStart()
{
    auto* group = new QGroupBox(tr("Start"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_target = shrinkingComboBox();
    m_target->setObjectName(QStringLiteral("targetComboBox"));
    m_target->setToolTip(tr("The stored pattern the start state is made from"));
    form->addRow(tr("Target"), m_target);
    // The entries after the patterns name a start made otherwise (a mixture, a start from
    // the Patterns panel): choosing one keeps that start.
    connect(m_target, &QComboBox::activated, this, [this](int index) {
        if (index < m_patternCount)
            emit targetChanged(index);
    });

    m_noise = new QDoubleSpinBox;
    m_noise->setObjectName(QStringLiteral("noiseSpinBox"));
    m_noise->setRange(0.0, 1.0);
    m_noise->setSingleStep(0.05);
    m_noise->setDecimals(2);
    m_noise->setKeyboardTracking(false);
    m_noise->setToolTip(html(tr("Fraction of the start pattern's spins flipped: the start "
                                "overlap is m = 1 \u2212 2 \u00d7 noise")));
    form->addRow(tr("Noise"), m_noise);
    connect(m_noise, &QDoubleSpinBox::valueChanged, this, &RetrievalControls::noiseChanged);

    m_newCorruption = new QAction(tr("New corruption"), this);
    m_newCorruption->setObjectName(QStringLiteral("newCorruptionAction"));
    m_newCorruption->setShortcut(Qt::Key_N);
    m_newCorruption->setToolTip(
        tr("Start again from a new random corruption: the next seed (%1)")
            .arg(m_newCorruption->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_newCorruption);
    auto* newButton = new QToolButton;
    newButton->setDefaultAction(m_newCorruption);
    newButton->setFocusPolicy(Qt::NoFocus);
    form->addRow(QString(), newButton);
    connect(m_newCorruption, &QAction::triggered, this, &RetrievalControls::newCorruptionRequested);

    m_averages = new QCheckBox(tr("Grey: each spin's mean"));
    m_averages->setObjectName(QStringLiteral("averagesCheckBox"));
    m_averages->setToolTip(html(tr("At T > 0, draw each neuron as its time average "
                                   "\u27e8s<sub>i</sub>\u27e9 over the sweeps since the "
                                   "last reset or change of T, from white (\u22121) to "
                                   "dark (+1)")));
    form->addRow(m_averages);
    connect(m_averages, &QCheckBox::toggled, this, &RetrievalControls::showAveragesToggled);
    return group;
}

void RetrievalControls::emitRule()
{
    const RuleChoice& choice = kRules[m_rule->currentData().toInt()];
    const bool dreaming = !choice.dense && choice.rule == CouplingRule::Dreaming;
    m_dreamingLabel->setVisible(dreaming);
    m_dreamingTime->setVisible(dreaming);
    emit ruleChanged(choice.rule, m_dreamingTime->value(), choice.dense);
}

void RetrievalControls::showSetup(const RetrievalSetup& setup, const QStringList& patternNames)
{
    const QSignalBlocker blocks[] = {QSignalBlocker(m_temperatureSlider),
                                     QSignalBlocker(m_temperature),
                                     QSignalBlocker(m_mode),
                                     QSignalBlocker(m_rule),
                                     QSignalBlocker(m_dreamingTime),
                                     QSignalBlocker(m_seed),
                                     QSignalBlocker(m_target),
                                     QSignalBlocker(m_noise),
                                     QSignalBlocker(m_fieldPattern),
                                     QSignalBlocker(m_fieldSlider),
                                     QSignalBlocker(m_fieldStrength)};
    showTemperature(setup.temperature);
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(setup.mode)));
    m_rule->setCurrentIndex(ruleIndex(setup));
    m_dreamingTime->setValue(setup.dreamingTime);
    const bool dreaming = !setup.denseMemory && setup.rule == CouplingRule::Dreaming;
    m_dreamingLabel->setVisible(dreaming);
    m_dreamingTime->setVisible(dreaming);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(setup.seed, INT_MAX)));
    m_noise->setValue(setup.noise);
    m_noise->setEnabled(setup.start != StartKind::Given);
    m_fieldPattern->clear();
    m_fieldPattern->addItem(tr("none"));
    m_fieldPattern->addItems(patternNames);
    m_fieldPattern->setCurrentIndex(setup.fieldPattern ? *setup.fieldPattern + 1 : 0);
    m_fieldStrength->setValue(setup.fieldStrength);
    m_fieldSlider->setValue(static_cast<int>(std::lround(setup.fieldStrength / kFieldStep)));
    // The dense memory has no local fields to add h to.
    for (QWidget* widget :
         {static_cast<QWidget*>(m_fieldPattern), static_cast<QWidget*>(m_fieldSlider),
          static_cast<QWidget*>(m_fieldStrength)})
        widget->setEnabled(!setup.denseMemory);
    m_target->clear();
    m_target->addItems(patternNames);
    m_patternCount = static_cast<int>(patternNames.size());
    if (setup.start == StartKind::Mixture) {
        QStringList members;
        for (int mu : setup.mixture)
            members << patternNames.value(mu);
        m_target->addItem(tr("mixture sign(%1)").arg(members.join(QStringLiteral(" + "))));
        m_target->setCurrentIndex(m_patternCount);
    } else if (setup.start == StartKind::Given) {
        m_target->addItem(tr("%1, start made in Patterns").arg(patternNames.value(setup.target)));
        m_target->setCurrentIndex(m_patternCount);
    } else {
        m_target->setCurrentIndex(setup.target);
    }
}

void RetrievalControls::showTemperature(double temperature)
{
    m_temperature->setValue(temperature);
    m_temperatureSlider->setValue(static_cast<int>(std::lround(temperature / kTemperatureStep)));
}

bool RetrievalControls::showsAverages() const
{
    return m_averages->isChecked();
}

QList<LessonControl> RetrievalControls::lessonControls() const
{
    return {
        {ControlId::Temperature, m_temperatureSlider},
        {ControlId::Temperature, m_temperature},
        {ControlId::UpdateMode, m_mode},
        {ControlId::Rule, m_rule},
        {ControlId::Rule, m_dreamingTime},
        {ControlId::Seed, m_seed},
        {ControlId::Field, m_fieldPattern},
        {ControlId::Field, m_fieldSlider},
        {ControlId::Field, m_fieldStrength},
        {ControlId::Noise, m_noise},
        {ControlId::Target, m_target},
        {ControlId::Corruption, m_newCorruption},
    };
}

} // namespace hopfield::app
