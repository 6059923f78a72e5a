#pragma once
// Forgetting and recovering (Cardin et al., "Discussion of the controlled model";
// SCIENCE.md section 6): cues are presented one after another; every recorded cue
// updates the network, A_{n+1} = A_n + xi_inf (the authors' iterated learning).  An old
// memory u-bar, an equilibrium of A_0, is forgotten once the recordings have moved the
// couplings so far (|xi^a + ... + xi^w| > K) that no admissible control can hold it any
// more (holdingExcess > 0); a later recording that brings the sum back within K recovers it.
#include "continuous/control/ControlEquilibria.h"
#include "continuous/control/ControlRun.h"

#include <vector>

namespace hopfield {

struct RecordingSequence {
    ControlProblem base; ///< A_0 and everything but the initial state
    ControlSolverOptions solver;
    std::vector<Eigen::VectorXd> cues;              ///< initial states, presented in order
    std::vector<Eigen::VectorXd> memories;          ///< states whose fate is tracked (e.g. u-bar)
    std::vector<Eigen::VectorXd> equilibriumStarts; ///< Newton starts for listing equilibria
};

struct RecordingStep {
    /// What this step solved: the network A_n before it, the cue as the initial state.
    ControlProblem problem;
    /// The controlled run itself (its outcome, cost, xi_inf = run.outcome.finalControl and
    /// trajectory), so that a recording can be replayed.
    ControlRun run;
    Eigen::MatrixXd couplings; ///< the network after the step (A_n + xi_inf if recorded)
    std::vector<ControlEquilibrium> equilibria; ///< equilibria of `couplings`
    std::vector<double> memoryExcess;           ///< holdingExcess of each memory after the step
    std::vector<bool> forgotten;                ///< memoryExcess > 0
};

/// Runs the sequence.  `callbacks` reach every run's solver; after a cancellation the
/// steps done so far are returned.
std::vector<RecordingStep> runRecordingSequence(const RecordingSequence& sequence,
                                                const ControlCallbacks& callbacks = {});

} // namespace hopfield
