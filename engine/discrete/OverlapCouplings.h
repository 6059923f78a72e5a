#pragma once

#include "core/Pattern.h"
#include "core/PatternSet.h"

#include <cstdint>
#include <span>
#include <vector>

namespace hopfield {

/// Hebb couplings held as the patterns themselves, never as an N x N matrix:
///   sum_j J_ij s_j = (1/N) (sum_mu xi_i^mu M_mu - P s_i),  M_mu = sum_j xi_j^mu s_j,
/// with the integer overlaps M kept exact and updated by 2 s_i xi_i^mu on a flip.
/// A field costs O(P) int8 x int16 multiply-adds, which vectorise (pmaddwd); memory is
/// N P bytes.  The overlaps are int16 while |M_mu| <= N fits, int32 for larger N.
class OverlapCouplings {
public:
    explicit OverlapCouplings(const PatternSet& stored);

    void reset(std::span<const Spin> state);
    /// sum_j J_ij s_j for the state last given to reset() and onFlip().
    double field(int i, std::span<const Spin> state) const noexcept;
    /// Every field at once, for a synchronous step.
    void fields(std::span<const Spin> state, std::span<double> out) const noexcept;
    void onFlip(int i, Spin newSpin) noexcept;
    /// Hints that neuron i's field is needed soon (the next one in a sweep's order).
    void prefetch(int i) const noexcept;
    /// -1/2 s^T J s = -(1/2N) (sum_mu M_mu^2 - P N).
    double pairEnergy() const noexcept;
    std::vector<double> overlaps() const;

private:
    std::int64_t fieldNumerator(int i, Spin si) const noexcept;
    const std::int8_t* row(int i) const noexcept
    {
        return &m_patternsByNeuron[static_cast<std::size_t>(i) * m_stride];
    }

    int m_neurons;
    int m_patterns;
    std::size_t m_stride; // P rounded up to a multiple of 64, zero-padded, for whole vectors
    std::vector<std::int8_t> m_patternsByNeuron; // xi_i^mu at [i * stride + mu]
    bool m_narrow;                               // N <= 32767: M_mu kept in int16
    std::vector<std::int16_t> m_narrowSums;      // M_mu, padded with zeros to stride
    std::vector<std::int32_t> m_wideSums;        // M_mu when N > 32767
};

} // namespace hopfield
