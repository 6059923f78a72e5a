#include "continuous/control/RecordingSequence.h"

namespace hopfield {

std::vector<RecordingStep> runRecordingSequence(const RecordingSequence& sequence,
                                                const ControlCallbacks& callbacks)
{
    std::vector<RecordingStep> steps;
    ControlProblem problem = sequence.base;
    for (const Eigen::VectorXd& cue : sequence.cues) {
        problem.initialState = cue;
        RecordingStep step;
        step.problem = problem;
        step.run = runControl(problem, sequence.solver, callbacks);
        if (step.run.outcome.outcome == ControlOutcome::Recorded)
            problem.couplings += step.run.outcome.finalControl;
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
        if (steps.back().run.solution.stop == SolverStop::Cancelled)
            break;
    }
    return steps;
}

} // namespace hopfield
