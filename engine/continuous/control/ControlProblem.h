#pragma once
// The controlled asymmetric network of Cardin, Lovison, Maritan and Megighian
// (arXiv 2305.14360; SCIENCE.md section 6):
//   du/dt = X(u, xi) = (A + xi(t)) g(u) - u,
//   |xi_ij| <= K where A_ij != 0 (existing synapses), |xi_ij| <= k << K where A_ij = 0
//   (silent synapses), and the discounted Pareto cost (the slides' convention)
//   J_mu = int_0^inf ((1 - mu) |X|^2 + mu |xi|^2) e^{-lambda t} dt,
// so mu near 1 is conservative (controls are dear) and mu near 0 innovative.
#include "continuous/Gain.h"

#include <Eigen/Core>
#include <string>
#include <vector>

namespace hopfield {

/// How time runs in the controlled model.
enum class ControlTimeModel {
    Ode, ///< the ODE above, integrated with fixed-step classical RK4
    Map, ///< the seed authors' unit-step map u_{k+1} = (A + xi_k) g(u_k) (Euler with h = 1)
};

/// The synapse from neuron `column` onto neuron `row`: the coupling A(row, column).
struct Synapse {
    int row = 0;
    int column = 0;
    bool operator==(const Synapse&) const = default;
};

/// |u| and |A_ij| beyond this are a blow-up: the ODE integrator's default bound
/// (IntegrationSettings::blowUpBound).  validate() refuses a start or couplings beyond it,
/// runControl a trajectory that leaves it.
inline constexpr double kControlBlowUpBound = 1e6;

/// One optimal-control problem: the network, the start, the cost and the discretisation.
struct ControlProblem {
    Eigen::MatrixXd couplings;    ///< A, N x N, any sign pattern; A_ij = 0 marks a silent synapse
    Eigen::VectorXd initialState; ///< u(0), N entries
    Gain gain{GainKind::Arctan, 10.0}; ///< the authors' g(s) = 1/2 + arctan(s / 0.1) / pi
    double mu = 0.5;          ///< slides' Pareto weight in [0, 1]: (1 - mu)|X|^2 + mu |xi|^2
    double lambda = 0.0;      ///< discount rate >= 0
    double strongBound = 0.5; ///< K: bound on |xi_ij| where A_ij != 0
    double silentBound = 0.0; ///< k in [0, K]: bound on |xi_ij| where A_ij = 0 (0: they stay off)
    /// The synapses the controls may touch.  Empty means the default: every existing
    /// synapse, and when k > 0 every silent off-diagonal one too (no new self-couplings).
    std::vector<Synapse> controllable;
    ControlTimeModel model = ControlTimeModel::Ode;
    /// Ode: T_h in time units, 0 = automatic (controlHorizon).  Map: ignored, T_h = steps.
    double horizon = 0.0;
    int steps = 200; ///< time steps on [0, T_h]: RK4 steps (Ode) or map iterations (Map)
    int pieces = 40; ///< constant control pieces on [0, T_h]; must divide `steps`
};

/// The horizon used for an Ode problem whose horizon is 0 (for a Map: `steps`).
/// lambda > 0: T_h = ln(1e4) / lambda, so the discarded tail int_T^inf e^{-lambda t} dt weighs
/// e^{-lambda T_h} = 1e-4 of the whole (for any bounded running cost).  lambda = 0: nothing
/// decays, so T_h is twice the time the uncontrolled flow takes to settle (|X| < 1e-6),
/// at least 10 and at most 200 time units.
double controlHorizon(const ControlProblem& problem);

/// The problem resolved: which synapses are control variables, their bounds, the grid.
/// The control vector is piece-major: z[p * synapses.size() + s] is xi on synapse s
/// during piece p.
struct ControlLayout {
    int neurons = 0;
    std::vector<Synapse> synapses;
    std::vector<double> bounds; ///< |z| <= bounds[s] (K or k)
    std::vector<bool> existing; ///< A_ij != 0 for synapse s
    int steps = 0;
    int pieces = 0;
    int stepsPerPiece = 0;
    double horizon = 0.0;
    double stepSize = 0.0;

    int controlsPerPiece() const { return static_cast<int>(synapses.size()); }
    int variables() const { return pieces * controlsPerPiece(); }
    /// xi during `piece` as an N x N matrix (zero off the controllable synapses).
    Eigen::MatrixXd controlMatrix(const Eigen::VectorXd& controls, int piece) const;
    /// Clamps every control into its box [-bound, bound].
    Eigen::VectorXd project(const Eigen::VectorXd& controls) const;
};

/// Validates the problem (throws std::invalid_argument naming the parameter and its range)
/// and resolves it.
ControlLayout resolveLayout(const ControlProblem& problem);

/// "ode" or "map".
std::string controlTimeModelName(ControlTimeModel model);

} // namespace hopfield
