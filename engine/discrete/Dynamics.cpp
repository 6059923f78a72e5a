#include "discrete/Dynamics.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace hopfield {

namespace {

/// The run loop of both overloads: `sweepOnce()` advances one sweep and returns its flips;
/// `model` is read for the state, energy and overlaps after each.
template <typename Model, typename Sweep>
DynamicsResult run(const Model& model, const DynamicsOptions& options,
                   const std::function<bool(const SweepRecord&)>& observer, Sweep sweepOnce)
{
    if (options.maxSweeps < 0)
        throw std::invalid_argument("the number of sweeps must be >= 0, got " +
                                    std::to_string(options.maxSweeps));
    DynamicsResult result;
    result.trace.push_back({0, 0, model.energy(), model.overlaps()});
    if (observer && !observer(result.trace.back())) {
        result.cancelled = true;
        return result;
    }
    const bool zeroTemperature = options.temperature <= 0.0;
    const bool synchronous = options.mode == UpdateMode::Synchronous;
    std::vector<Spin> twoBefore;
    std::vector<Spin> oneBefore(model.state().begin(), model.state().end());
    for (int sweep = 1; sweep <= options.maxSweeps; ++sweep) {
        const int flips = sweepOnce();
        if (!options.keepTrace && result.trace.size() == 2)
            result.trace.pop_back();
        result.trace.push_back({sweep, flips, model.energy(), model.overlaps()});
        result.converged = zeroTemperature && flips == 0;
        if (zeroTemperature && synchronous && !result.converged) {
            const auto state = model.state();
            result.twoCycle =
                !twoBefore.empty() && std::equal(state.begin(), state.end(), twoBefore.begin());
            twoBefore = std::move(oneBefore);
            oneBefore.assign(state.begin(), state.end());
        }
        if (observer && !observer(result.trace.back()))
            result.cancelled = true;
        if (result.converged || result.twoCycle || result.cancelled)
            break;
    }
    return result;
}

} // namespace

DynamicsResult runDynamics(DiscreteModel& model, const DynamicsOptions& options, Rng& rng,
                           const std::function<bool(const SweepRecord&)>& observer)
{
    return run(model, options, observer, [&] { return model.step(1, rng); });
}

DynamicsResult runDynamics(HopfieldNetwork& network, const DynamicsOptions& options, Rng& rng,
                           const std::function<bool(const SweepRecord&)>& observer)
{
    return run(network, options, observer,
               [&] { return network.sweep(options.mode, options.temperature, rng); });
}

} // namespace hopfield
