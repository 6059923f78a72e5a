#pragma once

#include "core/Pattern.h"
#include "core/Rng.h"

#include <cstdint>
#include <span>
#include <vector>

namespace hopfield {

/// One retrieval trial of a Hebb sweep sample: P random unbiased patterns of N neurons,
/// the target (pattern 0 or a random one) with round(noise N) spins flipped, Glauber
/// dynamics in random asynchronous order at `temperature` for at most maxSweeps sweeps
/// (stopping at a T = 0 fixed point).
struct HebbTrial {
    int neurons = 0;
    int patterns = 0;
    double noise = 0.0;
    bool randomTarget = false;
    double temperature = 0.0;
    int maxSweeps = 1;
};

/// Several independent samples (replicas) of one Hebb trial advanced together, update k
/// of every replica before update k + 1 of any, in the integer overlap form
///   h_i = (1/N) (sum_mu xi_i^mu M_mu - P s_i),  M_mu = sum_j xi_j^mu s_j,
/// with M updated by 2 s_i xi_i^mu on a flip (as OverlapCouplings).  Each replica draws
/// from its own Rng exactly what randomPatterns(N, 1, P, 0), flipExactly() and
/// HopfieldNetwork::sweep() draw for that seed, so its final overlap equals the
/// one-sample path bit for bit.  What the batch buys: buffers reused from batch to batch
/// (no page faults per sample), the patterns packed one bit per xi (BitRowKernels: a row
/// is one cache line at P <= 512, four replicas' patterns fit in L2), the replicas'
/// independent updates interleaved (one replica's row fetch overlaps another's
/// arithmetic), and the heat-bath probability looked up by integer field numerator
/// instead of an exp() per update.
///
/// The numerator n = sum_mu xi_i^mu M_mu - P s_i has the parity of P (N + 1): each M_mu
/// is a sum of N terms +-1, so n = P N - P = P (N + 1) mod 2.  The table holds only the
/// numerators of that parity, and is refilled when N, T or the parity change.
class HebbReplicas {
public:
    /// Runs one replica per seed and returns each final overlap m with its target, in
    /// seed order.  Throws std::invalid_argument unless 10 <= N, 1 <= P, P N < 2^31,
    /// maxSweeps >= 1, T >= 0; MemoryLimitError if the patterns would not fit.
    std::vector<double> run(const HebbTrial& trial, std::span<const std::uint64_t> seeds);

private:
    struct Replica {
        Rng rng{0};
        std::vector<std::uint64_t> rows; // neuron i's pattern bits at [i * m_words]
        std::vector<std::int16_t> narrowSums;
        std::vector<std::int32_t> wideSums;
        std::int64_t sumOfSums = 0; // S = sum_mu M_mu
        std::vector<Spin> state;
        std::vector<Spin> target;
        std::vector<int> order;
        Spin next = 0; // the spin update k gives, decided before it is applied
        int flips = 0;
    };

    void drawPatterns(Replica& replica, const HebbTrial& trial);
    void prepare(Replica& replica, const HebbTrial& trial, std::uint64_t seed);
    void fillTable(const HebbTrial& trial);
    template <typename Sum> void relax(const HebbTrial& trial, std::size_t count);
    std::uint64_t thresholdUp(std::int64_t numerator, const HebbTrial& trial) const noexcept;

    std::vector<Replica> m_replicas;
    std::size_t m_words = 0;              // words per pattern row, ceil(P / 64)
    std::vector<std::uint64_t> m_columns; // the draws, pattern by pattern, 64 spins a word
    // For each numerator n of parity m_tableParity in [-m_reach, m_reach], at index
    // (n + m_reach) / 2: the integer t with uniform() < P(up | n / N) exactly when
    // (draw >> 11) < t, for (m_tableNeurons, m_tableTemperature).
    std::vector<std::uint64_t> m_thresholds;
    std::int64_t m_reach = 0;
    int m_tableNeurons = 0;
    double m_tableTemperature = -1.0;
    int m_tableParity = -1;
};

} // namespace hopfield
