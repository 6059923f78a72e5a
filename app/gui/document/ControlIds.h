#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QObject;

/// The controls a lesson may hide, lock or set. A lesson's JSON names them by string; the
/// readers turn the names into these ids (refusing any other, and any of another lab than
/// the lesson's), and the widget that owns a control registers it under its id
/// (LessonControl), so renaming a widget cannot silently break a lesson.
namespace hopfield::app {

/// The lab a lesson drives: the retrieval studio (a session file) or another lab's tab.
enum class LessonLab {
    Studio,
    Plasticity,
    Generative,
};

enum class ControlId {
    // The retrieval studio.
    Temperature,
    UpdateMode,
    Rule,
    Seed,
    Field, ///< the external field h = H xi^mu: its pattern and strength
    Noise,
    Target,
    Corruption,
    Speed,
    PatternsEditor,
    PatternLibrary,
    Landscape,
    Trials,
    // The plasticity lab's training form (PlasticityControls).
    PlasticityModel,
    PlasticityUnits,
    PlasticityActivation,
    PlasticityOptimizer,
    PlasticityLearningRate,
    PlasticityInit,
    PlasticityLateral,
    PlasticityMemory,
    PlasticityCompetingRate,
    PlasticityPower,
    PlasticityRank,
    PlasticityDelta,
    PlasticityBatch,
    PlasticityEpochs,
    PlasticityMeasureEvery,
    PlasticitySeed,
    // Its single-neuron experiment (SingleNeuronPanel).
    SingleNeuronNeurons,
    SingleNeuronOverlap,
    SingleNeuronLateral,
    SingleNeuronMemory,
    SingleNeuronSteps,
    SingleNeuronSeed,
    // Its sweep (PlasticitySweepPanel).
    SweepParameter,
    SweepFrom,
    SweepTo,
    SweepValues,
    SweepEpochs,
    // The generative lab's single rule (SingleRulePanel).
    SingleRuleSide,
    SingleRulePatterns,
    SingleRuleExamples,
    SingleRuleFlip,
    SingleRuleTemperatureStop,
    SingleRuleTemperatureStep,
    SingleRuleEpochs,
    SingleRuleLearningRate,
    SingleRuleSeed,
};

/// One widget or action of a control, as its owner registers it.
struct LessonControl {
    ControlId id;
    QObject* control;
};

namespace controls {

/// Every id, in the order a settings panel lists them.
const QList<ControlId>& all();
/// The ids of `lab`'s controls.
QList<ControlId> ofLab(LessonLab lab);
/// The lab whose control `id` is.
LessonLab labOf(ControlId id);
/// The name a lesson's JSON uses ("temperature", "plasticity-model", ...).
QString name(ControlId id);
/// The id of `name`, or nothing when no control has that name.
std::optional<ControlId> fromName(const QString& name);
/// The names of `ids` (or of every id), for messages and for the session writer.
QStringList names(const QList<ControlId>& ids = all());

/// The lab's name in a lesson file: "studio", "plasticity", "generative".
QString labName(LessonLab lab);
std::optional<LessonLab> labFromName(const QString& name);

} // namespace controls
} // namespace hopfield::app
