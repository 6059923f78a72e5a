#pragma once

#include "core/Pattern.h"
#include "core/PatternSet.h"
#include "generative/RestrictedBoltzmannMachine.h"

#include <Eigen/Core>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace hopfield {

/// Exact distributions over all 2^N states of N +-1 units, for small N.  State number k
/// has s_i = +1 exactly when bit i of k is set.  Every distribution is a vector of
/// 2^N natural logarithms ln P(s), normalised (log-sum-exp), -infinity for P = 0.

/// The largest N enumerated (2^20 states, 8 MiB per distribution).
inline constexpr int kMaxEnumeratedNeurons = 20;

/// The state with number `index` (index < 2^N).
std::vector<Spin> enumeratedState(int neurons, std::uint32_t index);
/// The number of a state (N <= kMaxEnumeratedNeurons).
std::uint32_t stateIndex(std::span<const Spin> state);

/// ln P(s) = w(s) - ln sum_s' exp(w(s')) for the unnormalised log-weight w.  Throws
/// std::invalid_argument for N outside [1, kMaxEnumeratedNeurons].
Eigen::VectorXd logDistribution(int neurons,
                                const std::function<double(std::span<const Spin>)>& logWeight);

/// The Boltzmann distribution of a Hopfield network, w(s) = beta (1/2 s^T J s + h.s),
/// at inverse temperature beta > 0 (SCIENCE.md section 1).  An empty field is zero.
Eigen::VectorXd hopfieldLogDistribution(const Eigen::MatrixXd& couplings,
                                        const Eigen::VectorXd& field, double beta);
/// The RBM's visible marginal, w(s) = -beta F(s) (RestrictedBoltzmannMachine.h).
Eigen::VectorXd rbmLogDistribution(const RestrictedBoltzmannMachine& machine);
/// The empirical distribution of the samples (each counted once per occurrence).
/// Throws std::invalid_argument for an empty set.
Eigen::VectorXd empiricalLogDistribution(const PatternSet& samples);

/// KL(P || Q) = sum_s P(s) (ln P(s) - ln Q(s)) >= 0, in nats; +infinity where P > 0 = Q.
double klDivergence(const Eigen::VectorXd& logP, const Eigen::VectorXd& logQ);
/// max_s |ln P(s) - ln Q(s)| over the states where both are positive.
double maxAbsLogRatio(const Eigen::VectorXd& logP, const Eigen::VectorXd& logQ);
/// (1/p) sum_a ln P(s^a): the mean log-likelihood of the samples under P.
double meanLogLikelihood(const Eigen::VectorXd& logP, const PatternSet& samples);

/// The duality check of seed 001: the Hebb network on `stored` at temperature T against
/// the marginal of its Gaussian RBM (RestrictedBoltzmannMachine::fromPatterns), both
/// enumerated exactly.
struct DualityCheck {
    double maxAbsLogRatio = 0.0;       ///< max_s |ln P_RBM(s) - ln P_Hopfield(s)|, ~1e-12
    double klDivergence = 0.0;         ///< KL(P_Hopfield || P_RBM)
    double logPartitionHopfield = 0.0; ///< ln sum_s exp(-beta E_Hopfield(s))
};
/// temperature > 0, N <= kMaxEnumeratedNeurons; else std::invalid_argument.
DualityCheck checkDuality(const PatternSet& stored, double temperature);

} // namespace hopfield
