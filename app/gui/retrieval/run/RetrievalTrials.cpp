#include "gui/retrieval/run/RetrievalTrials.h"

#include "gui/retrieval/run/RetrievalRun.h"

namespace hopfield::app {

StateKind runTrial(const RetrievalSetup& setup, int trial, const std::atomic<bool>& stop)
{
    RetrievalSetup fresh = setup;
    fresh.seed = setup.seed + 1 + static_cast<std::uint64_t>(trial);
    RetrievalRun run(fresh);
    const int sweeps = setup.temperature > 0.0 ? kTrialSweepsAtFiniteT : kMaxTrialSweeps;
    while (run.sweep() < sweeps && !run.converged() && !stop.load(std::memory_order_relaxed))
        run.completeSweep(stop);
    return run.frame().kind;
}

} // namespace hopfield::app
