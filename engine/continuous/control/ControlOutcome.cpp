#include "continuous/control/ControlOutcome.h"

#include "continuous/control/ControlEquilibria.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace hopfield {
namespace {

// The smallest lag P >= 2 (in grid steps) with |u_n - u_{n-P}| <= tolerance over the whole
// tail, at most half the tail so that at least two periods are seen, and such that within
// one period the state goes farther than 3 tolerances from where it returns (a slow drift
// or a resting state is no cycle); 0 if there is none.
int periodInSteps(const Eigen::MatrixXd& states, int firstNode, double tolerance)
{
    const int last = static_cast<int>(states.rows()) - 1;
    const int tail = last - firstNode;
    double excursion = 0.0; // max_{0 < k < lag} |u_last - u_{last-k}|
    for (int lag = 2; lag <= tail / 2; ++lag) {
        excursion = std::max(excursion, (states.row(last) - states.row(last - lag + 1)).norm());
        if (excursion <= 3.0 * tolerance)
            continue;
        double worst = 0.0;
        for (int n = firstNode + lag; n <= last && worst <= tolerance; ++n)
            worst = std::max(worst, (states.row(n) - states.row(n - lag)).norm());
        if (worst <= tolerance)
            return lag;
    }
    return 0;
}

} // namespace

OutcomeReport classifyOutcome(const ControlCost& cost, const Eigen::VectorXd& controls,
                              const ControlTrajectory& trajectory,
                              const OutcomeThresholds& thresholds)
{
    const ControlLayout& layout = cost.layout();
    const ControlProblem& problem = cost.problem();
    OutcomeReport report;
    report.finalControl = layout.controlMatrix(controls, layout.pieces - 1);
    const int firstNode =
        std::min(layout.steps - 1,
                 static_cast<int>(std::floor((1.0 - thresholds.tailFraction) * layout.steps)));
    report.tailField = trajectory.fieldNorm.tail(layout.steps + 1 - firstNode).maxCoeff();
    for (int p = std::min(firstNode / layout.stepsPerPiece, layout.pieces - 1); p < layout.pieces;
         ++p)
        report.tailControlChange = std::max(
            report.tailControlChange,
            (layout.controlMatrix(controls, p) - report.finalControl).cwiseAbs().maxCoeff());
    const Eigen::VectorXd last = trajectory.states.bottomRows(1).transpose();
    const bool settled = report.tailField < thresholds.settledField &&
                         report.tailControlChange < thresholds.steadyControl;
    if (settled) {
        const bool controlled = report.finalControl.cwiseAbs().maxCoeff() > thresholds.zeroControl;
        const Eigen::MatrixXd total =
            problem.couplings + (controlled
                                     ? report.finalControl
                                     : Eigen::MatrixXd::Zero(layout.neurons, layout.neurons));
        if (const std::optional<Eigen::VectorXd> root =
                refineEquilibrium(total, problem.gain, last);
            root && (*root - last).norm() <= thresholds.equilibriumDistance) {
            report.outcome = controlled ? ControlOutcome::Recorded : ControlOutcome::Recognised;
            report.equilibrium = *root;
            report.equilibriumField = cost.field(*root, total).norm();
            return report;
        }
    }
    const double drift =
        problem.model == ControlTimeModel::Map ? 0.0 : 0.5 * layout.stepSize * report.tailField;
    if (const int lag =
            periodInSteps(trajectory.states, firstNode, thresholds.cycleTolerance + drift)) {
        report.outcome = ControlOutcome::LimitCycle;
        report.period = lag * layout.stepSize;
        return report;
    }
    report.outcome = ControlOutcome::Wandering;
    return report;
}

std::string outcomeName(ControlOutcome outcome)
{
    switch (outcome) {
    case ControlOutcome::Recognised:
        return "recognised";
    case ControlOutcome::Recorded:
        return "recorded";
    case ControlOutcome::LimitCycle:
        return "limit-cycle";
    case ControlOutcome::Wandering:
        return "wandering";
    }
    return "wandering";
}

} // namespace hopfield
