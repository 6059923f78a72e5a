#pragma once

#include "core/Rng.h"

#include <Eigen/Core>
#include <vector>

namespace hopfield {

/// Spins s = +-1 under dense couplings J (symmetric, zero diagonal) with the local fields
/// h = J s kept up to date: a flip of s_i adds 2 s_i J_{.i} to h, O(N), so a sweep costs
/// O(N) plus O(N) per flip instead of O(N^2).  Learning rules that run the network while
/// they change J (unlearning's dreams, Boltzmann's Monte Carlo chains) use it between
/// changes; call refresh() after J changed.  Holds a reference: J must outlive it.
class SpinsWithFields {
public:
    /// Starts from a state drawn by fair coins from `rng`.
    SpinsWithFields(const Eigen::MatrixXd& couplings, Rng& rng);
    /// With external fields b (size N): the local field is (J s)_i + b_i.  Holds a
    /// reference to b too.
    SpinsWithFields(const Eigen::MatrixXd& couplings, const Eigen::VectorXd& bias, Rng& rng);

    void randomize(Rng& rng);
    /// Recomputes h = J s (after the couplings changed).
    void refresh();
    const Eigen::VectorXd& state() const noexcept { return m_state; }

    /// One asynchronous sweep in a fresh random order with the Glauber rule at T >= 0
    /// (SCIENCE.md section 1); returns the number of flips.
    int sweep(double temperature, Rng& rng);
    /// T = 0 sweeps until one flips nothing (an attractor) or maxSweeps; true if converged.
    bool relax(int maxSweeps, Rng& rng);

private:
    const Eigen::MatrixXd& m_couplings;
    const Eigen::VectorXd* m_bias = nullptr; ///< null: no external field
    Eigen::VectorXd m_state;
    Eigen::VectorXd m_fields;
    std::vector<int> m_order;
};

} // namespace hopfield
