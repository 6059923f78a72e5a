#pragma once
// What became of a controlled run, as the seed text classifies it (Cardin et al.,
// "Discussion of the controlled model"; SCIENCE.md section 6), read off the tail of the
// horizon:
//   recognised  -- the state settles on an equilibrium of A itself with xi ~ 0;
//   recorded    -- the state settles with xi_inf != 0 on a new equilibrium u** of
//                  A + xi_inf (the network learns A <- A + xi_inf);
//   limit cycle -- the state repeats with a period;
//   wandering   -- none of these: controls act but reach or create no attractor.
#include "continuous/control/ControlCost.h"

#include <string>

namespace hopfield {

enum class ControlOutcome { Recognised, Recorded, LimitCycle, Wandering };

/// The thresholds of classifyOutcome (states and couplings are O(1) in this model).
struct OutcomeThresholds {
    /// The tail examined: the last fifth of the horizon.
    double tailFraction = 0.2;
    /// Settled: max |X(u, xi)| over the tail below this (per unit time; per step for a map).
    /// Loose on purpose: a finite-horizon optimum with lambda = 0 creeps towards its
    /// equilibrium (the authors' 50-step example still moves |du| = 2e-3 per step at the end).
    double settledField = 1e-2;
    /// Steady controls: max_t max_ij |xi_ij(t) - xi_inf,ij| over the tail below this.
    double steadyControl = 2e-2;
    /// ... and the final state lies within this distance of the equilibrium that Newton's
    /// method finds from it (of A when xi ~ 0, of A + xi_inf otherwise).
    double equilibriumDistance = 5e-2;
    /// xi ~ 0: max_ij |xi_inf,ij| at or below this.  One hundredth of a unit coupling moves
    /// an equilibrium of the authors' network by about 0.01, well inside its basin.
    double zeroControl = 1e-2;
    /// Periodic: max |u(t) - u(t - P)| over the tail below this (plus half a step's drift
    /// on the ODE grid, where P is rounded to whole steps).
    double cycleTolerance = 1e-2;
};

struct OutcomeReport {
    ControlOutcome outcome = ControlOutcome::Wandering;
    Eigen::MatrixXd finalControl; ///< xi_inf: the controls of the last piece (N x N)
    /// Recognised: the equilibrium u* of A; recorded: u** of A + xi_inf, both refined by
    /// Newton from the final state.  Empty otherwise.
    Eigen::VectorXd equilibrium;
    double equilibriumField = 0.0;  ///< |X| at `equilibrium` (of A, or of A + xi_inf)
    double tailField = 0.0;         ///< max |X| over the tail
    double tailControlChange = 0.0; ///< max |xi(t) - xi_inf| over the tail
    double period = 0.0;            ///< limit cycle: the period (time units, or map steps)
};

OutcomeReport classifyOutcome(const ControlCost& cost, const Eigen::VectorXd& controls,
                              const ControlTrajectory& trajectory,
                              const OutcomeThresholds& thresholds = {});

/// "recognised", "recorded", "limit-cycle", "wandering" (the CLI's names).
std::string outcomeName(ControlOutcome outcome);

} // namespace hopfield
