#pragma once

#include "core/Pattern.h"
#include "core/PatternSet.h"

#include <Eigen/Core>
#include <span>
#include <vector>

namespace hopfield {

/// Couplings held as a dense N x N matrix J (any learning rule): sum_j J_ij s_j costs O(N).
/// The state is mirrored as a double vector so each field is one Eigen dot product.
class DenseCouplings {
public:
    /// Throws std::invalid_argument unless J is square with N = stored.neurons().
    DenseCouplings(Eigen::MatrixXd couplings, const PatternSet& stored);

    void reset(std::span<const Spin> state);
    double field(int i, std::span<const Spin> state) const noexcept;
    void fields(std::span<const Spin> state, std::span<double> out) const;
    void onFlip(int i, Spin newSpin) noexcept;
    void prefetch(int) const noexcept {} // a row of J is N doubles: streaming beats a hint
    /// -1/2 s^T J s.
    double pairEnergy() const;
    std::vector<double> overlaps() const;

    const Eigen::MatrixXd& matrix() const noexcept { return m_transposed; }

private:
    Eigen::MatrixXd m_transposed; // J^T, so that row i of J is a contiguous column
    Eigen::MatrixXd m_patterns;   // N x P, xi^mu in column mu, for the overlaps
    Eigen::VectorXd m_state;
};

} // namespace hopfield
