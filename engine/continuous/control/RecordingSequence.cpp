#include "continuous/control/RecordingSequence.h"

namespace hopfield {

std::vector<RecordingStep> runRecordingSequence(const RecordingSequence& sequence,
                                                const ControlCallbacks& callbacks)
{
    std::vector<RecordingStep> steps;
    ControlProblem problem = sequence.base;
    for (const Eigen::VectorXd& cue : sequence.cues) {
        problem.initialState = cue;
        const ControlRun run = runControl(problem, sequence.solver, callbacks);
        RecordingStep step;
        step.cue = cue;
        step.outcome = run.outcome.outcome;
        step.cost = run.solution.cost;
        step.maxControlExisting = run.maxControlExisting;
        step.maxControlSilent = run.maxControlSilent;
        step.finalControl = run.outcome.finalControl;
        if (step.outcome == ControlOutcome::Recorded)
            problem.couplings += step.finalControl;
        step.couplings = problem.couplings;
        step.equilibria = findEquilibria(problem.couplings, problem.gain,
                                         sequence.equilibriumStarts, problem.model);
        const ControlLayout layout = resolveLayout(problem);
        for (const Eigen::VectorXd& memory : sequence.memories) {
            step.memoryExcess.push_back(
                holdingExcess(problem.couplings, layout, problem.gain, memory));
            step.forgotten.push_back(step.memoryExcess.back() > 0.0);
        }
        steps.push_back(step);
        if (run.solution.stop == SolverStop::Cancelled)
            break;
    }
    return steps;
}

} // namespace hopfield
