#include "gui/continuous/ContinuousLabSetup.h"

#include <algorithm>

namespace hopfield::app {

QStringList continuousPresetNames()
{
    QStringList names;
    for (const OdePreset& preset : odePresets())
        names << QString::fromStdString(preset.name);
    for (const ControlPreset& preset : controlPresets())
        names << QString::fromStdString(preset.name);
    return names;
}

bool isControlPresetName(const QString& name)
{
    const auto& presets = controlPresets();
    return std::any_of(presets.begin(), presets.end(), [&name](const ControlPreset& preset) {
        return QString::fromStdString(preset.name) == name;
    });
}

ContinuousLabSetup defaultContinuousSetup(const QString& name)
{
    ContinuousLabSetup setup;
    setup.preset = name;
    setup.controlled = isControlPresetName(name);
    if (setup.controlled) {
        const ControlProblem& problem = controlPreset(name.toStdString()).problem;
        setup.beta = problem.gain.beta;
        setup.lambda = problem.lambda;
        setup.mu = problem.mu;
        setup.silentBound = problem.silentBound;
        setup.strongBound = problem.strongBound;
        return setup;
    }
    const OdePreset preset = odePreset(name.toStdString()); // throws for an unknown name
    setup.beta = preset.model.gain.beta;
    setup.input = preset.model.input.size() > 0 ? preset.model.input(0) : 0.0;
    return setup;
}

OdePreset odePresetFor(const ContinuousLabSetup& setup)
{
    OdePreset preset = odePreset(setup.preset.toStdString());
    preset.model.gain.beta = setup.beta;
    preset.model.input = Eigen::VectorXd::Constant(preset.model.size(), setup.input);
    return preset;
}

ControlPreset controlPresetFor(const ContinuousLabSetup& setup)
{
    ControlPreset preset = controlPreset(setup.preset.toStdString());
    auto apply = [&setup](ControlProblem& problem) {
        problem.gain.beta = setup.beta;
        problem.lambda = setup.lambda;
        problem.mu = setup.mu;
        problem.strongBound = setup.strongBound;
        problem.silentBound = std::min(setup.silentBound, setup.strongBound);
    };
    apply(preset.problem);
    if (preset.sequence)
        apply(preset.sequence->base);
    return preset;
}

} // namespace hopfield::app
