#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `theory ags [--points n]`: the replica-symmetric AGS phase diagram as JSON (alpha_c,
/// m_at_alpha_c, y_at_alpha_c, alpha_c_Tc and the lines T_g, T_M, T_c as [alpha, T]);
/// `theory mixtures`: the symmetric n-mixtures at alpha -> 0 (n = 3, 5, 7) with their
/// T = 0 overlap and energy and the temperature below which they are stable.
int runTheory(const std::vector<std::string>& options, std::ostream& out);

} // namespace hopfield::cli
