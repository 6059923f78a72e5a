#include "continuous/OdePresets.h"

#include "core/PatternSet.h"
#include "learning/CouplingRules.h"

#include <stdexcept>

namespace hopfield {

namespace {

Eigen::VectorXd vector2(double a, double b)
{
    return Eigen::Vector2d(a, b);
}

OdePreset symmetricTwoNeuron()
{
    ContinuousModelSpec model;
    model.couplings = Eigen::Matrix2d{{1.0, 0.5}, {0.5, 1.0}};
    model.gain = {GainKind::Tanh, 4.0};
    OdePreset preset{
        "symmetric-two-neuron",
        "T = [[1, 0.5], [0.5, 1]], g = tanh(4u): four sinks, four saddles and a source; the "
        "energy decreases along every trajectory (seed 002, symmetric Hopfield)",
        model,
        {vector2(0.1, 0.05), vector2(-0.3, 0.6), vector2(1.4, -1.2), vector2(-0.05, -1.3)},
        StatePlane::coordinatePlane(2),
        {-2.0, 2.0, -2.0, 2.0},
        {}};
    preset.integration.maxTime = 20.0;
    return preset;
}

OdePreset limitCycle()
{
    ContinuousModelSpec model;
    model.couplings = Eigen::Matrix2d{{1.0, -1.0}, {1.0, 1.0}};
    model.gain = {GainKind::Tanh, 2.0};
    OdePreset preset{"limit-cycle",
                     "T = [[1, -1], [1, 1]], g = tanh(2u): the origin is an unstable spiral "
                     "(eigenvalues 1 +- 2i) surrounded by a stable limit cycle (seed 002, "
                     "asymmetric couplings: oscillation, memory association)",
                     model,
                     {vector2(0.05, 0.0), vector2(2.5, 2.5)},
                     StatePlane::coordinatePlane(2),
                     {-3.0, 3.0, -3.0, 3.0},
                     {}};
    preset.integration.maxTime = 40.0;
    return preset;
}

OdePreset storedPattern()
{
    const int n = 8;
    PatternSet stored(n, 1);
    stored.add(Pattern(n, 1, {1, 1, 1, 1, -1, -1, -1, -1}, "xi1"));
    stored.add(Pattern(n, 1, {1, -1, 1, -1, 1, -1, 1, -1}, "xi2"));
    Eigen::VectorXd first(n);
    Eigen::VectorXd second(n);
    for (int i = 0; i < n; ++i) {
        first[i] = stored[0][i];
        second[i] = stored[1][i];
    }
    ContinuousModelSpec model;
    model.couplings = hebbCouplings(stored); // (1/N) sum_mu xi^mu xi^mu^T, zero diagonal
    model.gain = {GainKind::Tanh, 4.0};
    Eigen::VectorXd start = 0.5 * first;
    start[0] = -start[0];
    OdePreset preset{"stored-pattern",
                     "N = 8, Hebb couplings of two orthogonal patterns, g = tanh(4u), started "
                     "from pattern 1 at half amplitude with neuron 1 flipped: the continuous "
                     "network retrieves pattern 1 (plane spanned by the two patterns)",
                     model,
                     {start, -0.3 * second + 0.2 * first},
                     StatePlane(Eigen::VectorXd::Zero(n), first, second),
                     {-1.5, 1.5, -1.5, 1.5},
                     {}};
    preset.integration.maxTime = 20.0;
    return preset;
}

OdePreset krotovQuartic()
{
    ContinuousModelSpec model;
    model.kind = ContinuousModelKind::Krotov;
    model.patterns = Eigen::Matrix2d{{0.35, 0.35}, {0.35, -0.35}};
    model.interaction = {InteractionKind::Power, 4};
    model.gain = {GainKind::Tanh, 2.0};
    OdePreset preset{"krotov-quartic",
                     "Krotov's model, Phi(V) = sum_mu (xi^mu . V)^4 with xi = 0.35 (1, 1) and "
                     "0.35 (1, -1), g = tanh(2u): state-dependent symmetric couplings T(V) = "
                     "Hessian of Phi, energy from the Legendre transform; sinks at +-xi^1, +-xi^2 "
                     "and at the quiet state 0, saddles between (seed 002)",
                     model,
                     {vector2(0.6, 0.4), vector2(-0.5, 0.8), vector2(0.2, 0.1)},
                     StatePlane::coordinatePlane(2),
                     {-2.5, 2.5, -2.5, 2.5},
                     {}};
    preset.integration.maxTime = 20.0;
    return preset;
}

} // namespace

std::vector<OdePreset> odePresets()
{
    return {symmetricTwoNeuron(), limitCycle(), storedPattern(), krotovQuartic()};
}

OdePreset odePreset(std::string_view name)
{
    std::string names;
    for (OdePreset& preset : odePresets()) {
        if (preset.name == name)
            return preset;
        names += (names.empty() ? "" : ", ") + preset.name;
    }
    throw std::invalid_argument("unknown preset '" + std::string(name) + "' (choose " + names +
                                ")");
}

} // namespace hopfield
