#include "discrete/Dynamics.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace hopfield {

DynamicsResult runDynamics(HopfieldNetwork& network, const DynamicsOptions& options, Rng& rng,
                           const std::function<bool(const SweepRecord&)>& observer)
{
    if (options.maxSweeps < 0)
        throw std::invalid_argument("the number of sweeps must be >= 0, got " +
                                    std::to_string(options.maxSweeps));
    DynamicsResult result;
    result.trace.push_back({0, 0, network.energy(), network.overlaps()});
    if (observer && !observer(result.trace.back())) {
        result.cancelled = true;
        return result;
    }
    const bool zeroTemperature = options.temperature <= 0.0;
    const bool synchronous = options.mode == UpdateMode::Synchronous;
    std::vector<Spin> twoBefore;
    std::vector<Spin> oneBefore(network.state().begin(), network.state().end());
    for (int sweep = 1; sweep <= options.maxSweeps; ++sweep) {
        const int flips = network.sweep(options.mode, options.temperature, rng);
        if (!options.keepTrace && result.trace.size() == 2)
            result.trace.pop_back();
        result.trace.push_back({sweep, flips, network.energy(), network.overlaps()});
        result.converged = zeroTemperature && flips == 0;
        if (zeroTemperature && synchronous && !result.converged) {
            const auto state = network.state();
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

} // namespace hopfield
