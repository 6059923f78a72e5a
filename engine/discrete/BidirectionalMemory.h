#pragma once

#include "core/PatternSet.h"
#include "core/Rng.h"
#include "discrete/DiscreteModel.h"

#include <Eigen/Core>
#include <span>
#include <string>
#include <vector>

namespace hopfield {

/// How a BAM step updates its two layers.
enum class BamUpdate {
    Synchronous,  ///< reverberation: tau <- sgn(W^T s), then s <- sgn(W tau) (Kosko 1988)
    Asynchronous, ///< one unit at a time, both layers, random order, Glauber at T
};

/// "sync", "async"; bamUpdateFromName throws std::invalid_argument for anything else.
std::string bamUpdateName(BamUpdate update);
BamUpdate bamUpdateFromName(const std::string& name);

/// Bidirectional associative memory (Kosko 1988; SCIENCE.md sections 5 and 8): layers s
/// (N units) and tau (M units), W = (1/N) sum_mu xi^mu eta^mu^T for the stored pairs
/// (xi^mu, eta^mu), energy E(s, tau) = -s^T W tau.  The field on tau is W^T s, on s it is
/// W tau; a unit takes the sign of its field (at T = 0; keeps its value on a zero field)
/// or the Glauber rule at T > 0.  Synchronous reverberation never raises E and ends in a
/// fixed point or a 2-cycle; asynchronous T = 0 updates never raise E.
///
/// state() is s followed by tau (N + M units); overlaps() are the P overlaps of s with
/// xi^mu followed by the P overlaps of tau with eta^mu.
class BidirectionalMemory final : public DiscreteModel {
public:
    /// The two sets must hold the same number P >= 1 of patterns.  Both layers start all
    /// +1.  Throws std::invalid_argument otherwise.
    BidirectionalMemory(PatternSet first, PatternSet second,
                        BamUpdate update = BamUpdate::Synchronous, double temperature = 0.0);

    int units() const override { return static_cast<int>(m_state.size()); }
    std::span<const Spin> state() const override { return m_state; }
    void setState(std::span<const Spin> spins) override;
    /// `sweeps` reverberations (sync) or sweeps of N + M unit updates (async).
    int step(int sweeps, Rng& rng) override;
    /// E = -s^T W tau.
    double energy() const override;
    std::vector<double> overlaps() const override;

    int neurons() const noexcept { return m_first.neurons(); }
    int partnerNeurons() const noexcept { return m_second.neurons(); }
    int pairCount() const noexcept { return m_first.size(); }
    const PatternSet& firstPatterns() const noexcept { return m_first; }
    const PatternSet& secondPatterns() const noexcept { return m_second; }
    const Eigen::MatrixXd& weights() const noexcept { return m_weights; }

    std::span<const Spin> firstLayer() const noexcept;  ///< s
    std::span<const Spin> secondLayer() const noexcept; ///< tau
    /// Sets both layers (sizes N and M, values +-1; else std::invalid_argument).
    void setLayers(std::span<const Spin> first, std::span<const Spin> second);
    /// m_mu = (1/N) xi^mu . s and (1/M) eta^mu . tau.
    std::vector<double> firstOverlaps() const;
    std::vector<double> secondOverlaps() const;

    BamUpdate update() const noexcept { return m_update; }
    void setUpdate(BamUpdate update) noexcept { m_update = update; }
    double temperature() const noexcept { return m_temperature; }
    /// T >= 0 and finite, else std::invalid_argument.
    void setTemperature(double temperature);

private:
    int updateFirst(Rng& rng);  ///< every s_i from W tau (synchronous half-step)
    int updateSecond(Rng& rng); ///< every tau_j from W^T s
    int asynchronousSweep(Rng& rng);

    PatternSet m_first;
    PatternSet m_second;
    Eigen::MatrixXd m_weights; ///< N x M
    BamUpdate m_update;
    double m_temperature;
    std::vector<Spin> m_state; ///< s then tau
    std::vector<int> m_order;
};

} // namespace hopfield
