#pragma once
// Ready-made continuous networks that reproduce the pictures of seed 002 (Cardin, Lovison,
// Maritan, Megighian): each runs by name from the CLI (`ode --preset NAME`) and the GUI.
#include "continuous/ContinuousModelSpec.h"
#include "continuous/IntegrationSettings.h"
#include "continuous/StatePlane.h"

#include <Eigen/Core>
#include <string>
#include <string_view>
#include <vector>

namespace hopfield {

struct OdePreset {
    std::string name;
    std::string description;
    ContinuousModelSpec model;
    std::vector<Eigen::VectorXd> initialStates; // at least one
    StatePlane plane;                           // where the phase portrait is drawn
    PlaneWindow window;                         // in plane coordinates
    IntegrationSettings integration;            // suggested run length and sampling
};

/// All presets, in a fixed order:
///  - "symmetric-two-neuron": T = [[1, 1/2], [1/2, 1]], tanh gain, beta = 4: four sinks
///    (the four sign patterns), four saddles on the axes between them, a source at 0 --
///    the sinks (red), sources (blue) and saddles of the seed's figures; energy contours.
///  - "limit-cycle": T = [[1, -1], [1, 1]], tanh gain, beta = 2: the origin is an unstable
///    spiral (eigenvalues 1 +- 2i) inside a stable limit cycle.
///  - "stored-pattern": N = 8, Hebb couplings of two orthogonal patterns, beta = 4, started
///    from pattern 1 with one neuron flipped and half amplitude: retrieval of pattern 1; the
///    plane is spanned by the two patterns.
///  - "krotov-quartic": Krotov's model, N = 2, F(x) = x^4 on the patterns 0.35 (1, 1) and
///    0.35 (1, -1), tanh gain, beta = 2: sinks at +-xi^1 and +-xi^2 (u = +-1.41 (1, +-1))
///    and at the quiet state 0 (T(0) = 0), four saddles between them.
std::vector<OdePreset> odePresets();

/// The preset called `name`; throws std::invalid_argument listing the names.
OdePreset odePreset(std::string_view name);

} // namespace hopfield
