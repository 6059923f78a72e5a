#include "gui/document/ControlIds.h"

#include <algorithm>
#include <array>
#include <utility>

namespace hopfield::app::controls {
namespace {

struct Entry {
    ControlId id;
    LessonLab lab;
    const char* name;
};

// One table for the names and the labs, so an id cannot have one without the other.
constexpr std::array kEntries{
    Entry{ControlId::Temperature, LessonLab::Studio, "temperature"},
    Entry{ControlId::UpdateMode, LessonLab::Studio, "update-mode"},
    Entry{ControlId::Rule, LessonLab::Studio, "rule"},
    Entry{ControlId::Seed, LessonLab::Studio, "seed"},
    Entry{ControlId::Field, LessonLab::Studio, "field"},
    Entry{ControlId::Noise, LessonLab::Studio, "noise"},
    Entry{ControlId::Target, LessonLab::Studio, "target"},
    Entry{ControlId::Corruption, LessonLab::Studio, "corruption"},
    Entry{ControlId::Speed, LessonLab::Studio, "speed"},
    Entry{ControlId::PatternsEditor, LessonLab::Studio, "patterns-editor"},
    Entry{ControlId::PatternLibrary, LessonLab::Studio, "pattern-library"},
    Entry{ControlId::Landscape, LessonLab::Studio, "landscape"},
    Entry{ControlId::Trials, LessonLab::Studio, "trials"},
    Entry{ControlId::PlasticityModel, LessonLab::Plasticity, "plasticity-model"},
    Entry{ControlId::PlasticityUnits, LessonLab::Plasticity, "plasticity-units"},
    Entry{ControlId::PlasticityActivation, LessonLab::Plasticity, "plasticity-activation"},
    Entry{ControlId::PlasticityOptimizer, LessonLab::Plasticity, "plasticity-optimizer"},
    Entry{ControlId::PlasticityLearningRate, LessonLab::Plasticity, "plasticity-learning-rate"},
    Entry{ControlId::PlasticityInit, LessonLab::Plasticity, "plasticity-init"},
    Entry{ControlId::PlasticityLateral, LessonLab::Plasticity, "plasticity-lateral"},
    Entry{ControlId::PlasticityMemory, LessonLab::Plasticity, "plasticity-memory"},
    Entry{ControlId::PlasticityCompetingRate, LessonLab::Plasticity, "plasticity-eps0"},
    Entry{ControlId::PlasticityPower, LessonLab::Plasticity, "plasticity-power"},
    Entry{ControlId::PlasticityRank, LessonLab::Plasticity, "plasticity-rank"},
    Entry{ControlId::PlasticityDelta, LessonLab::Plasticity, "plasticity-delta"},
    Entry{ControlId::PlasticityBatch, LessonLab::Plasticity, "plasticity-batch"},
    Entry{ControlId::PlasticityEpochs, LessonLab::Plasticity, "plasticity-epochs"},
    Entry{ControlId::PlasticityMeasureEvery, LessonLab::Plasticity, "plasticity-measure-every"},
    Entry{ControlId::PlasticitySeed, LessonLab::Plasticity, "plasticity-seed"},
    Entry{ControlId::SingleNeuronNeurons, LessonLab::Plasticity, "single-neuron-neurons"},
    Entry{ControlId::SingleNeuronOverlap, LessonLab::Plasticity, "single-neuron-overlap"},
    Entry{ControlId::SingleNeuronLateral, LessonLab::Plasticity, "single-neuron-lateral"},
    Entry{ControlId::SingleNeuronMemory, LessonLab::Plasticity, "single-neuron-memory"},
    Entry{ControlId::SingleNeuronSteps, LessonLab::Plasticity, "single-neuron-steps"},
    Entry{ControlId::SingleNeuronSeed, LessonLab::Plasticity, "single-neuron-seed"},
    Entry{ControlId::SweepParameter, LessonLab::Plasticity, "sweep-parameter"},
    Entry{ControlId::SweepFrom, LessonLab::Plasticity, "sweep-from"},
    Entry{ControlId::SweepTo, LessonLab::Plasticity, "sweep-to"},
    Entry{ControlId::SweepValues, LessonLab::Plasticity, "sweep-values"},
    Entry{ControlId::SweepEpochs, LessonLab::Plasticity, "sweep-epochs"},
    Entry{ControlId::SingleRuleSide, LessonLab::Generative, "single-rule-side"},
    Entry{ControlId::SingleRulePatterns, LessonLab::Generative, "single-rule-patterns"},
    Entry{ControlId::SingleRuleExamples, LessonLab::Generative, "single-rule-examples"},
    Entry{ControlId::SingleRuleFlip, LessonLab::Generative, "single-rule-flip"},
    Entry{ControlId::SingleRuleTemperatureStop, LessonLab::Generative,
          "single-rule-temperature-stop"},
    Entry{ControlId::SingleRuleTemperatureStep, LessonLab::Generative,
          "single-rule-temperature-step"},
    Entry{ControlId::SingleRuleEpochs, LessonLab::Generative, "single-rule-epochs"},
    Entry{ControlId::SingleRuleLearningRate, LessonLab::Generative, "single-rule-learning-rate"},
    Entry{ControlId::SingleRuleSeed, LessonLab::Generative, "single-rule-seed"},
};

const Entry& entryOf(ControlId id)
{
    return *std::find_if(kEntries.begin(), kEntries.end(),
                         [id](const Entry& entry) { return entry.id == id; });
}

constexpr std::array<std::pair<LessonLab, const char*>, 3> kLabs{{
    {LessonLab::Studio, "studio"},
    {LessonLab::Plasticity, "plasticity"},
    {LessonLab::Generative, "generative"},
}};

} // namespace

const QList<ControlId>& all()
{
    static const QList<ControlId> ids = [] {
        QList<ControlId> list;
        for (const Entry& entry : kEntries)
            list.append(entry.id);
        return list;
    }();
    return ids;
}

QList<ControlId> ofLab(LessonLab lab)
{
    QList<ControlId> ids;
    for (const Entry& entry : kEntries)
        if (entry.lab == lab)
            ids.append(entry.id);
    return ids;
}

LessonLab labOf(ControlId id)
{
    return entryOf(id).lab;
}

QString name(ControlId id)
{
    return QString::fromLatin1(entryOf(id).name);
}

std::optional<ControlId> fromName(const QString& text)
{
    const auto found = std::find_if(kEntries.begin(), kEntries.end(), [&](const Entry& entry) {
        return text == QLatin1String(entry.name);
    });
    if (found == kEntries.end())
        return std::nullopt;
    return found->id;
}

QStringList names(const QList<ControlId>& ids)
{
    QStringList result;
    for (ControlId id : ids)
        result.append(name(id));
    return result;
}

QString labName(LessonLab lab)
{
    for (const auto& [each, text] : kLabs)
        if (each == lab)
            return QString::fromLatin1(text);
    return {};
}

std::optional<LessonLab> labFromName(const QString& text)
{
    for (const auto& [each, name] : kLabs)
        if (text == QLatin1String(name))
            return each;
    return std::nullopt;
}

} // namespace hopfield::app::controls
