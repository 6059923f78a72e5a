#pragma once

#include <Eigen/Core>
#include <vector>

namespace hopfield {

/// The seed's network properties (seed 003, "Network properties"; SCIENCE.md section 7)
/// of K units' responses to N patterns.
struct SelectivityReport {
    int patterns = 0;             ///< N
    std::vector<int> selectivity; ///< alpha_i = |{x : y_i(x) - E[y_i] > 0}|, per unit
    int selectedPatterns = 0;     ///< S: patterns selected by at least one unit
    double meanSelectivity = 0;   ///< mean of alpha_i
    double overlapIndex = 0;      ///< beta = S / mean(alpha), in [1, K] (0 if nothing is selected)
    /// The most patterns K units of these selectivities can select: min(N, sum alpha_i).
    /// The seed states this bound only as a figure; each selected pattern needs a unit
    /// selecting it, so S <= sum_i alpha_i = K mean(alpha), and S <= N.
    int memorisationBound = 0;
};

/// Measures `responses` (K x N: unit i's output to pattern x in row i, column x).
/// A unit whose responses are all equal selects nothing.
SelectivityReport measureSelectivity(const Eigen::MatrixXf& responses);

} // namespace hopfield
