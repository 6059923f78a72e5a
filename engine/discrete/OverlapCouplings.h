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
/// A field costs O(P) int8 x int32 multiply-adds, which vectorise; memory is N P bytes.
class OverlapCouplings {
public:
    explicit OverlapCouplings(const PatternSet& stored);

    void reset(std::span<const Spin> state);
    /// sum_j J_ij s_j for the state last given to reset() and onFlip().
    double field(int i, std::span<const Spin> state) const noexcept;
    /// Every field at once, for a synchronous step.
    void fields(std::span<const Spin> state, std::span<double> out) const noexcept;
    void onFlip(int i, Spin newSpin) noexcept;
    /// -1/2 s^T J s = -(1/2N) (sum_mu M_mu^2 - P N).
    double pairEnergy() const noexcept;
    std::vector<double> overlaps() const;

private:
    std::int64_t fieldNumerator(int i, Spin si) const noexcept;

    int m_neurons;
    int m_patterns;
    std::size_t m_stride; // P rounded up to a multiple of 64, zero-padded, for whole vectors
    std::vector<std::int8_t> m_patternsByNeuron; // xi_i^mu at [i * stride + mu]
    std::vector<std::int32_t> m_overlapSums;     // M_mu, padded with zeros to stride
};

} // namespace hopfield
