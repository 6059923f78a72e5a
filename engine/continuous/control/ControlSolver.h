#pragma once
// Box-constrained minimisation of the discretised control cost: the spectral projected
// gradient method (SPG2 of Birgin, Martinez and Raydan, SIAM J. Optim. 10, 1196, 2000).
// Each iteration steps along d = P(z - alpha grad) - z, P the clamp into the boxes
// |xi_ij| <= K or k, with the Barzilai-Borwein step alpha = s.s / s.y, and accepts the
// first trial z + t d (t = 1, then safeguarded quadratic backtracking) that satisfies the
// non-monotone Armijo condition J(z + t d) <= max(last 10 J) + 1e-4 t grad.d.  Every
// iterate is feasible by construction.  Several starts (zero controls, then uniform
// random controls in the boxes drawn from the seed) guard against local minima.
#include "continuous/control/ControlCost.h"

#include <cstdint>
#include <functional>
#include <string>

namespace hopfield {

struct ControlSolverOptions {
    int maxIterations = 300; ///< per start
    /// Converged when the projected gradient max_v |P(z - grad) - z|_v falls below this.
    double gradientTolerance = 1e-9;
    /// Stalled when ten iterations lower J by less than this fraction of |J|.
    double relativeTolerance = 1e-12;
    bool zeroStart = true; ///< start from xi = 0 ("do nothing") before the random starts
    int randomStarts = 0;  ///< starts from uniform random controls in the boxes
    std::uint64_t seed = 1;
};

/// What the solver reports after each iteration (for a progress bar or a live plot).
struct ControlProgress {
    int start = 0;  ///< counts from 0; with zeroStart, start 0 is the zero start
    int starts = 1; ///< zeroStart + randomStarts
    int iteration = 0;
    double cost = 0.0;     ///< current J of this start
    double bestCost = 0.0; ///< best J over all starts so far
    double projectedGradient = 0.0;
};

/// Optional hooks, called on the solver's thread: `progress` after every iteration with
/// the current (feasible) control vector, which lives only during the call -- copy what
/// a GUI frame needs; `cancelled` before every iteration (return true to stop: the best
/// controls so far are returned with stop = Cancelled).
struct ControlCallbacks {
    std::function<void(const ControlProgress&, const Eigen::VectorXd& controls)> progress;
    std::function<bool()> cancelled;
};

enum class SolverStop { Converged, Stalled, IterationLimit, Cancelled };

struct ControlSolution {
    Eigen::VectorXd controls; ///< the best feasible control vector found
    double cost = 0.0;
    double projectedGradient = 0.0; ///< at the returned controls
    int iterations = 0;             ///< summed over starts
    int evaluations = 0;            ///< cost evaluations summed over starts
    int bestStart = 0;
    SolverStop stop = SolverStop::Converged; ///< how the best start ended
};

/// Minimises J over the boxes.  Throws std::invalid_argument on nonsense options.
ControlSolution solveOptimalControl(const ControlCost& cost, const ControlSolverOptions& options,
                                    const ControlCallbacks& callbacks = {});

/// "converged", "stalled", "iteration-limit", "cancelled".
std::string solverStopName(SolverStop stop);

} // namespace hopfield
