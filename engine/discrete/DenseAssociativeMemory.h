#pragma once

#include "core/InteractionFunction.h"
#include "core/Pattern.h"
#include "core/PatternSet.h"
#include "core/Rng.h"
#include "discrete/SingleUnitModel.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace hopfield {

/// Dense associative memory (Krotov and Hopfield 2016; SCIENCE.md section 4):
///   E(s) = -sum_mu F(M_mu),  M_mu = xi^mu . s (integer overlaps),
/// F(x) = x^n or exp(x) (Demircigil et al. 2017).  Asynchronous T = 0 update of spin i:
///   s_i = sign( sum_mu [F(xi^mu_i + r^mu_i) - F(-xi^mu_i + r^mu_i)] ),
///   r^mu_i = sum_{j != i} xi^mu_j s_j = M_mu - xi^mu_i s_i,
/// keeping s_i on a tie.  The new s_i minimises E over s_i with the others fixed, so E
/// never rises.  The overlaps M_mu are kept exact and updated by 2 s_i xi^mu_i on a flip,
/// so an update costs O(P) and a sweep O(N P), never O(N^2 P).
/// Capacity grows as N^(n-1) (exp: exponentially), so P > N patterns can be stored.
class DenseAssociativeMemory final : public SingleUnitModel {
public:
    /// Throws std::invalid_argument for an empty set or a power order outside [2, 30]
    /// (N^30 stays finite in a double for every N an int can hold).
    DenseAssociativeMemory(PatternSet stored, InteractionFunction function);

    int neurons() const noexcept { return static_cast<int>(m_state.size()); }
    int units() const override { return neurons(); }
    int patternCount() const noexcept { return m_stored.size(); }
    const PatternSet& patterns() const noexcept override { return m_stored; }
    const InteractionFunction& function() const noexcept { return m_function; }

    /// Throws std::invalid_argument if the size is wrong or a spin is not +-1.
    void setState(std::span<const Spin> spins) override;
    std::span<const Spin> state() const noexcept override { return m_state; }
    Pattern statePattern() const;

    /// The T = 0 update of spin i; true if it flipped.
    bool updateSpin(int i);
    /// updateSpin(i): the T = 0 rule draws no random number.
    bool updateUnit(int i, Rng&) override { return updateSpin(i); }
    /// The dynamics is T = 0 only: any other temperature is std::invalid_argument.
    void setTemperature(double temperature) override;
    /// One sweep: N updates in a fresh random order; returns the number of flips.
    int sweep(Rng& rng);
    /// Up to `sweeps` sweeps, stopping early at a fixed point (T = 0: a sweep without a
    /// flip leaves every later sweep flipless too); returns the flips over all of them.
    int step(int sweeps, Rng& rng) override;

    /// E(s) = -sum_mu F(M_mu).  For the exponential F, whose E overflows a double beyond
    /// N ~ 700, it returns -ln(-E) = -ln sum_mu exp(M_mu) (a log-sum-exp with the largest
    /// M subtracted): a monotone function of E, so it too never rises.
    double energy() const override;
    /// m_mu = M_mu / N.
    std::vector<double> overlaps() const override;

    /// sum_mu [F(xi^mu_i + r^mu_i) - F(-xi^mu_i + r^mu_i)] up to a positive factor: the
    /// update sets s_i to its sign, so s_i * updateDrive(i) > 0 means spin i is stable.
    double updateDrive(int i) const;

private:
    PatternSet m_stored;
    InteractionFunction m_function;
    std::vector<double> m_drive; ///< g(r) = (r+1)^n - (r-1)^n at [r + N] (Power only)
    std::vector<std::int8_t> m_patternsByNeuron; ///< xi^mu_i at [i * P + mu]
    std::vector<std::int32_t> m_overlapSums;     ///< M_mu = xi^mu . s
    std::vector<Spin> m_state;
    std::vector<int> m_order;
};

/// Where a dense memory's T = 0 dynamics went from a start.
struct DenseRetrieval {
    Pattern finalState;
    std::vector<double> finalOverlaps;
    int sweeps = 0;
    bool converged = false; ///< the last sweep flipped nothing
};

/// Runs a copy of `memory` from `start` for up to maxSweeps sweeps (memory is unchanged).
DenseRetrieval retrieveDense(const DenseAssociativeMemory& memory, const Pattern& start,
                             int maxSweeps, Rng& rng);

} // namespace hopfield
