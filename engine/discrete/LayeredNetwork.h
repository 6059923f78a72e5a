#pragma once

#include "core/PatternSet.h"
#include "core/Rng.h"
#include "discrete/DiscreteModel.h"

#include <cstdint>
#include <span>
#include <vector>

namespace hopfield {

/// A layered (TAM-like) network that splits mixtures (Agliari, Alessandrelli, Barra,
/// Centonze, Ricci-Tersenghi, arXiv 2409.08151; SCIENCE.md sections 5 and 8): layers
/// a = 1..L of N +-1 neurons storing the same P patterns,
///   H = -(1/2N) sum_{a,b} g_ab sum_mu M^a_mu M^b_mu - H_f sum_a sum_i chi_i s^a_i,
///   M^a_mu = xi^mu . s^a,  g_aa = 1,  g_ab = -lambda (a != b),
///   chi = sgn(xi^1 + xi^2 + xi^3) (the 3-mixture, "the chord"),
/// with the self-couplings of each layer removed (J^aa_ii = 0), so the field on s^a_i is
///   h^a_i = sum_mu xi^mu_i (m^a_mu - lambda sum_{b != a} m^b_mu) - (P/N) s^a_i + H_f chi_i.
/// Glauber dynamics at temperature T, layers updated in turn (each a sweep of N updates in
/// random order).  Every layer starts in chi.  With noise (finite beta) and the right
/// lambda and H_f the layers separate chi into xi^1, xi^2, xi^3 ("the notes"); at T = 0
/// chi stays a fixed point for lambda < 1/2 (its field is (1/2)(1 - 2 lambda) sum xi + H chi).
/// Overlaps are kept exact as integers, so an update costs O(L P).
///
/// state() is the layers one after the other (L N units); overlaps() are m^a_mu, layer
/// a's P overlaps at [a P + mu].
class LayeredNetwork final : public DiscreteModel {
public:
    /// stored: P >= 3 patterns (the mixture uses the first three); layers >= 1;
    /// lambda, field finite; temperature >= 0 finite.  Else std::invalid_argument.
    LayeredNetwork(PatternSet stored, int layers, double lambda, double field, double temperature);

    int units() const override { return static_cast<int>(m_state.size()); }
    std::span<const Spin> state() const override { return m_state; }
    void setState(std::span<const Spin> spins) override;
    /// `sweeps` sweeps, each updating every layer in turn.
    int step(int sweeps, Rng& rng) override;
    double energy() const override;
    std::vector<double> overlaps() const override;

    int neurons() const noexcept { return m_stored.neurons(); }
    int layers() const noexcept { return m_layers; }
    int patternCount() const noexcept { return m_stored.size(); }
    const PatternSet& patterns() const noexcept { return m_stored; }
    double lambda() const noexcept { return m_lambda; }
    double field() const noexcept { return m_field; }
    double temperature() const noexcept { return m_temperature; }
    /// T >= 0 and finite, else std::invalid_argument.
    void setTemperature(double temperature);

    /// chi = sgn(xi^1 + xi^2 + xi^3).
    std::span<const Spin> mixture() const noexcept { return m_mixture; }
    /// Sets every layer to chi.
    void startInMixture();
    std::span<const Spin> layerState(int layer) const;
    /// m^a_mu for mu = 1..P.
    std::vector<double> layerOverlaps(int layer) const;
    /// Each layer's largest (signed) overlap is with a different pattern and above
    /// kSeparationThreshold (SCIENCE.md section 8).
    bool separated() const;

private:
    void updateNeuron(int layer, int i, Rng& rng, int& flips);

    PatternSet m_stored;
    int m_layers;
    double m_lambda;
    double m_field;
    double m_temperature;
    std::vector<Spin> m_mixture;
    std::vector<std::int8_t> m_patternsByNeuron; ///< xi^mu_i at [i P + mu]
    std::vector<Spin> m_state;                   ///< layer a at [a N, (a + 1) N)
    std::vector<std::int32_t> m_overlapSums;     ///< M^a_mu at [a P + mu]
    std::vector<int> m_order;
};

/// A separated layer's overlap with its pattern must exceed this (SCIENCE.md section 8).
inline constexpr double kSeparationThreshold = 0.8;

} // namespace hopfield
