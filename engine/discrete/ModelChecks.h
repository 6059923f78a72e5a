#pragma once

#include "core/Pattern.h"

#include <cstddef>
#include <span>

namespace hopfield {

/// The argument checks every DiscreteModel shares, so their messages agree.

/// Throws std::invalid_argument unless `spins` has `expected` entries, each +1 or -1.
void requireSpins(std::span<const Spin> spins, std::size_t expected);
/// Throws std::invalid_argument unless T is finite and >= 0.
void requireTemperature(double temperature);

} // namespace hopfield
