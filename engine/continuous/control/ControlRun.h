#pragma once
// One controlled run end to end: solve for the optimal controls, integrate the controlled
// trajectory and classify its outcome.  The one call the CLI and the GUI's worker make.
#include "continuous/control/ControlOutcome.h"
#include "continuous/control/ControlSolver.h"

namespace hopfield {

struct ControlRun {
    ControlLayout layout;
    ControlSolution solution;
    ControlTrajectory trajectory;
    OutcomeReport outcome;
    double maxControlExisting = 0.0; ///< max |xi_ij(t)| over existing synapses (A_ij != 0)
    double maxControlSilent = 0.0;   ///< max |xi_ij(t)| over silent synapses (A_ij = 0)
};

ControlRun runControl(const ControlProblem& problem, const ControlSolverOptions& options,
                      const ControlCallbacks& callbacks = {},
                      const OutcomeThresholds& thresholds = {});

} // namespace hopfield
