#include "analysis/SweepRule.h"

#include "discrete/Dynamics.h"
#include "discrete/HopfieldNetwork.h"

#include <iomanip>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace hopfield {

namespace {

std::vector<Spin> relax(HopfieldNetwork& network, std::span<const Spin> start, double temperature,
                        int maxSweeps, Rng& rng)
{
    network.setState(start);
    runDynamics(network, {UpdateMode::RandomAsync, temperature, maxSweeps}, rng);
    const auto state = network.state();
    return {state.begin(), state.end()};
}

} // namespace

SweepRule couplingSweepRule(CouplingRule rule, int maxSweeps, double dreamingTime)
{
    if (maxSweeps < 1)
        throw std::invalid_argument("maxSweeps must be >= 1, got " + std::to_string(maxSweeps));
    std::string name = couplingRuleName(rule) + " sweeps=" + std::to_string(maxSweeps);
    if (rule == CouplingRule::Dreaming) {
        std::ostringstream time; // every digit: the name is part of the SweepCache key
        time << std::setprecision(17) << dreamingTime;
        name += " t=" + time.str();
    }
    if (rule == CouplingRule::Hebb)
        return {name,
                [maxSweeps](const PatternSet& stored, std::span<const Spin> start,
                            double temperature, Rng& rng) {
                    HopfieldNetwork network(stored, CouplingForm::Overlap);
                    return relax(network, start, temperature, maxSweeps, rng);
                },
                maxSweeps};
    return {name,
            [rule, maxSweeps, dreamingTime](const PatternSet& stored, std::span<const Spin> start,
                                            double temperature, Rng& rng) {
                HopfieldNetwork network(stored, couplingsFor(rule, stored, dreamingTime));
                return relax(network, start, temperature, maxSweeps, rng);
            }};
}

} // namespace hopfield
