#pragma once

#include "core/PatternSet.h"

#include <span>
#include <vector>

namespace hopfield {

/// The correlations C_mu,nu = xi^mu . xi^nu / N of a pattern set, computed a row at a time
/// the first time the row is asked for (O(NP)) and kept: a caller that reads many states
/// of one network (the studio, ~60 frames a second) pays for the rows of the patterns it
/// meets, once, instead of P^2 N up front or N P per state.
class PatternCorrelations {
public:
    /// Keeps a reference to `patterns`, which must outlive this object and not change.
    explicit PatternCorrelations(const PatternSet& patterns);

    /// C_mu,nu for nu = 0..P-1 (C_mu,mu = 1).
    std::span<const double> row(int mu);

private:
    const PatternSet* m_patterns;
    std::vector<std::vector<double>> m_rows; ///< empty until computed
};

} // namespace hopfield
