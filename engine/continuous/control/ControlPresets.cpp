#include "continuous/control/ControlPresets.h"

#include <stdexcept>

namespace hopfield {
namespace {

Eigen::VectorXd pair(double first, double second)
{
    Eigen::VectorXd u(2);
    u << first, second;
    return u;
}

// The authors' notebook: A = [[0, 1], [1, 0]], u(0) = (-1, 0.5), K = 0.5, lambda = 0.
ControlProblem authorsProblem(ControlTimeModel model, double mu)
{
    ControlProblem problem;
    problem.couplings.resize(2, 2);
    problem.couplings << 0.0, 1.0, 1.0, 0.0;
    problem.initialState = pair(-1.0, 0.5);
    problem.gain = {GainKind::Arctan, 10.0};
    problem.mu = mu;
    problem.lambda = 0.0;
    problem.strongBound = 0.5;
    problem.silentBound = 0.0;
    problem.model = model;
    if (model == ControlTimeModel::Map) {
        problem.steps = 50; // their 50-instant horizon, one control per step
        problem.pieces = 50;
    } else {
        problem.horizon = 50.0;
        problem.steps = 400;
        problem.pieces = 40;
    }
    return problem;
}

ControlSolverOptions solverOptions()
{
    ControlSolverOptions options;
    options.maxIterations = 3000;
    return options;
}

std::vector<ControlPreset> makePresets()
{
    std::vector<ControlPreset> presets;
    {
        ControlPreset preset{"recognise",
                             "ODE, conservative mu = 0.95: the cue (-1, 0.5) flows to the stored "
                             "equilibrium u* = g(u*) = (0.967, 0.967) while the control fades to 0",
                             authorsProblem(ControlTimeModel::Ode, 0.95),
                             solverOptions(),
                             {}};
        presets.push_back(preset);
    }
    {
        ControlPreset preset{
            "record",
            "ODE, innovative mu = 0.0005: the control settles near xi = (-0.34, -0.34) and "
            "holds a new equilibrium u** near (0.63, 0.63) of A + xi_inf",
            authorsProblem(ControlTimeModel::Ode, 0.0005),
            solverOptions(),
            {}};
        presets.push_back(preset);
    }
    {
        RecordingSequence sequence;
        sequence.base = authorsProblem(ControlTimeModel::Map, 0.0005);
        sequence.solver = solverOptions();
        sequence.cues = {pair(-1.0, 0.5), pair(-1.0, 0.5), pair(1.5, 1.5)};
        sequence.memories = {pair(0.967206, 0.967206)};     // u* of A_0, to 6 digits
        sequence.equilibriumStarts = gridStarts(2, 5, 1.5); // the authors' 5 x 5 grid
        ControlPreset preset{"forget-recover",
                             "map, mu = 0.0005: two recordings of (-1, 0.5) lower both synapses "
                             "by about 0.6 > K, so the old memory (0.967, 0.967) is forgotten; a "
                             "recording of (1.5, 1.5) raises them back within K and recovers it",
                             sequence.base, sequence.solver, sequence};
        presets.push_back(preset);
    }
    {
        ControlProblem problem = authorsProblem(ControlTimeModel::Map, 0.5);
        problem.lambda = 0.25;
        ControlSolverOptions options = solverOptions();
        // The authors' protocol: one random start and scipy's L-BFGS-B stopping rule
        // (projected gradient < 1e-5).  The discount leaves the last controls (weight
        // e^{-0.25 k} < 1e-4 for k > 37) almost free, so they stay where the random start
        // put them and the state wanders; the cost is within 1e-5 of the recognising optimum.
        options.zeroStart = false;
        options.randomStarts = 1;
        options.gradientTolerance = 1e-5;
        ControlPreset preset{"wandering",
                             "map, lambda = 0.25, mu = 0.5 from a random start: the discounted "
                             "tail leaves the controls free and the state never settles",
                             problem,
                             options,
                             {}};
        presets.push_back(preset);
    }
    {
        ControlPreset preset{"authors-map",
                             "the authors' discrete example: u(t+1) = (A + xi_t) g(u_t), 50 "
                             "steps, mu = 0.0005 (their alpha = 0.9995): xi settles near (-0.30, "
                             "-0.30) and the new equilibrium (0.67, 0.66) is recorded",
                             authorsProblem(ControlTimeModel::Map, 0.0005),
                             solverOptions(),
                             {}};
        presets.push_back(preset);
    }
    return presets;
}

} // namespace

const std::vector<ControlPreset>& controlPresets()
{
    static const std::vector<ControlPreset> presets = makePresets();
    return presets;
}

const ControlPreset& controlPreset(std::string_view name)
{
    std::string names;
    for (const ControlPreset& preset : controlPresets()) {
        if (preset.name == name)
            return preset;
        names += (names.empty() ? "" : ", ") + preset.name;
    }
    throw std::invalid_argument("unknown control preset '" + std::string(name) + "' (choose " +
                                names + ")");
}

} // namespace hopfield
