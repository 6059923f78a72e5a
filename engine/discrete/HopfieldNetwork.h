#pragma once

#include "core/Pattern.h"
#include "core/PatternSet.h"
#include "core/Rng.h"
#include "discrete/DenseCouplings.h"
#include "discrete/OverlapCouplings.h"
#include "discrete/UpdateMode.h"

#include <Eigen/Core>
#include <span>
#include <variant>
#include <vector>

namespace hopfield {

/// The discrete Hopfield network (Hopfield 1982) with Glauber heat-bath dynamics.
///
/// Energy E(s) = -1/2 s^T J s - h^T s (J_ii = 0).  An update of spin i draws
/// s_i = +1 with probability 1 / (1 + exp(-2 beta h_i)), beta = 1/T, where
/// h_i = sum_j J_ij s_j + h_i^ext; at T = 0 it is s_i = sign(h_i) and a zero field
/// keeps the spin.  Asynchronous T = 0 dynamics never raises E.
class HopfieldNetwork {
public:
    /// Hebb couplings J = (1/N) sum_mu xi^mu xi^mu^T, zero diagonal, on `stored`, held in
    /// the given form.  Throws MemoryLimitError if they would not fit in memory.
    explicit HopfieldNetwork(PatternSet stored, CouplingForm form = CouplingForm::Overlap,
                             std::vector<double> externalField = {});
    /// Any couplings J (N x N, from another learning rule); `stored` gives the overlaps.
    HopfieldNetwork(PatternSet stored, Eigen::MatrixXd couplings,
                    std::vector<double> externalField = {});

    int neurons() const noexcept { return static_cast<int>(m_state.size()); }
    int patternCount() const noexcept { return m_stored.size(); }
    const PatternSet& patterns() const noexcept { return m_stored; }
    CouplingForm form() const noexcept;

    /// Throws std::invalid_argument if the size is wrong or a spin is not +-1.
    void setState(std::span<const Spin> spins);
    std::span<const Spin> state() const noexcept { return m_state; }
    /// The state as a pattern of the stored patterns' width and height.
    Pattern statePattern() const;

    /// h_i = sum_j J_ij s_j + h_i^ext.
    double localField(int i) const;
    /// One Glauber update of spin i at temperature T >= 0; true if it flipped.
    bool updateSpin(int i, double temperature, Rng& rng);
    /// N single-spin updates (or one synchronous step); returns the number of flips.
    int sweep(UpdateMode mode, double temperature, Rng& rng);

    double energy() const;
    /// m_mu = (1/N) sum_i xi_i^mu s_i for every stored pattern.
    std::vector<double> overlaps() const;

private:
    /// Checks the field, sets the visiting order and the all-up initial state.
    void finishConstruction();

    PatternSet m_stored;
    std::vector<double> m_externalField;
    std::vector<Spin> m_state;
    std::vector<int> m_order;
    std::variant<OverlapCouplings, DenseCouplings> m_couplings;
};

} // namespace hopfield
