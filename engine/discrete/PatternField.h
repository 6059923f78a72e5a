#pragma once

#include "core/Pattern.h"

#include <vector>

namespace hopfield {

/// The external field h_i = H xi^mu_i that selects pattern mu (seed 001, "the field as a
/// pattern selector"): added to the local field it tilts the energy by -H xi^mu . s =
/// -H N m_mu, so a strong enough H makes xi^mu the only attractor.  H finite, else
/// std::invalid_argument.  Pass it to HopfieldNetwork as its external field.
std::vector<double> patternField(const Pattern& pattern, double strength);

} // namespace hopfield
