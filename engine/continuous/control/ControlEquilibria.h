#pragma once
// Equilibria of the (controlled) network X(u) = M g(u) - u = 0 for a fixed coupling
// matrix M (A, or A + xi_inf after a recording), and whether an old memory can still be
// held by admissible controls (the forgetting criterion of SCIENCE.md section 6).
#include "continuous/control/ControlProblem.h"

#include <optional>
#include <vector>

namespace hopfield {

struct ControlEquilibrium {
    Eigen::VectorXd state;
    /// Asymptotically stable for the time model: every eigenvalue of the Jacobian
    /// M diag g'(u) - I has a negative real part (Ode), or every eigenvalue of
    /// M diag g'(u) lies inside the unit circle (Map).
    bool stable = false;
};

/// Newton's method on X(u) = M g(u) - u from `start`, halving steps until |X| falls.
/// Returns the root when |X| < 1e-12 within 100 iterations, else nothing.
std::optional<Eigen::VectorXd> refineEquilibrium(const Eigen::MatrixXd& total, const Gain& gain,
                                                 const Eigen::VectorXd& start);

bool isStableEquilibrium(const Eigen::MatrixXd& total, const Gain& gain,
                         const Eigen::VectorXd& state, ControlTimeModel model);

/// Distinct equilibria reached by Newton from `starts` (two count as one closer than
/// 1e-6), in the order first found.
std::vector<ControlEquilibrium> findEquilibria(const Eigen::MatrixXd& total, const Gain& gain,
                                               const std::vector<Eigen::VectorXd>& starts,
                                               ControlTimeModel model);

/// The uniform grid of starts with `perAxis` points per neuron on [-extent, extent]^N
/// (the authors used 5 x 5 on [-1.5, 1.5]^2).  Throws std::invalid_argument above 10^6 points.
std::vector<Eigen::VectorXd> gridStarts(int neurons, int perAxis, double extent);

/// How far `state` is from being an equilibrium that admissible controls can hold:
/// max_i (|u_i - sum_j A_ij g(u_j)| - sum_{s in row i} bound_s |g(u_col(s))|).  Each row
/// of X(u, xi) = 0 is one linear equation in that row's controls, whose reach over the
/// box is exactly the bound-weighted sum, so the state is holdable iff this is <= 0.
/// A memory whose excess is > 0 is forgotten: no control within (K, k) can recall it.
double holdingExcess(const Eigen::MatrixXd& couplings, const ControlLayout& layout,
                     const Gain& gain, const Eigen::VectorXd& state);

} // namespace hopfield
