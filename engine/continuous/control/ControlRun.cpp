#include "continuous/control/ControlRun.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {

ControlRun runControl(const ControlProblem& problem, const ControlSolverOptions& options,
                      const ControlCallbacks& callbacks, const OutcomeThresholds& thresholds)
{
    const ControlCost cost(problem);
    ControlRun run;
    run.layout = cost.layout();
    run.solution = solveOptimalControl(cost, options, callbacks);
    run.trajectory = cost.trajectory(run.solution.controls);
    // A run that overflowed has no result to report (a null cost, a "converged" outcome):
    // the same check as the ODE integrator's, after the fact.
    if (!std::isfinite(run.solution.cost) || !run.trajectory.states.allFinite() ||
        run.trajectory.states.cwiseAbs().maxCoeff() > kControlBlowUpBound)
        throw std::runtime_error("the controlled network blew up: its state left +-1e6 or "
                                 "the cost is not finite");
    run.outcome = classifyOutcome(cost, run.solution.controls, run.trajectory, thresholds);
    const int m = run.layout.controlsPerPiece();
    for (Eigen::Index v = 0; v < run.solution.controls.size(); ++v) {
        const double size = std::abs(run.solution.controls[v]);
        double& maximum = run.layout.existing[static_cast<std::size_t>(v % m)]
                              ? run.maxControlExisting
                              : run.maxControlSilent;
        maximum = std::max(maximum, size);
    }
    return run;
}

} // namespace hopfield
