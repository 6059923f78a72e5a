#include "discrete/ModelChecks.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {

void requireSpins(std::span<const Spin> spins, std::size_t expected)
{
    if (spins.size() != expected)
        throw std::invalid_argument("a state of " + std::to_string(spins.size()) +
                                    " units for a model of " + std::to_string(expected));
    for (const Spin s : spins)
        if (s != 1 && s != -1)
            throw std::invalid_argument("a unit must be +1 or -1, got " + std::to_string(s));
}

void requireTemperature(double temperature)
{
    if (!std::isfinite(temperature) || temperature < 0.0)
        throw std::invalid_argument("the temperature must be finite and >= 0, got " +
                                    std::to_string(temperature));
}

} // namespace hopfield
