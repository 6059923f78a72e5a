#include "continuous/control/ControlRun.h"

#include <algorithm>
#include <cmath>

namespace hopfield {

ControlRun runControl(const ControlProblem& problem, const ControlSolverOptions& options,
                      const ControlCallbacks& callbacks, const OutcomeThresholds& thresholds)
{
    const ControlCost cost(problem);
    ControlRun run;
    run.layout = cost.layout();
    run.solution = solveOptimalControl(cost, options, callbacks);
    run.trajectory = cost.trajectory(run.solution.controls);
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
