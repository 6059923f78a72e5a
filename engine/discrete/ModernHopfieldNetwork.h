#pragma once

#include "core/PatternSet.h"

#include <Eigen/Core>
#include <span>
#include <vector>

namespace hopfield {

/// The modern continuous Hopfield network (Ramsauer et al. 2020, "Hopfield networks is
/// all you need"; SCIENCE.md section 4).  With X = (xi^1 ... xi^P) (N x P) and a real
/// state s, one step is
///   s <- X softmax(beta X^T s),
/// the attention update, which lowers
///   E(s) = -lse(beta, X^T s) + 1/2 s^T s,  lse(beta, z) = (1/beta) ln sum_mu exp(beta z_mu)
/// (the constant (1/beta) ln P + 1/2 max|xi|^2 of the paper is dropped).  Well separated
/// patterns are retrieved in one step; a small beta gives metastable averages of many.
/// The softmax and lse subtract the largest beta z_mu, so nothing overflows.
class ModernHopfieldNetwork {
public:
    /// Throws std::invalid_argument for an empty set or beta not finite and > 0.
    ModernHopfieldNetwork(const PatternSet& stored, double beta);

    int neurons() const noexcept { return static_cast<int>(m_patterns.rows()); }
    int patternCount() const noexcept { return static_cast<int>(m_patterns.cols()); }
    double beta() const noexcept { return m_beta; }

    /// Throws std::invalid_argument if the size is wrong or a value is not finite.
    void setState(const Eigen::VectorXd& state);
    const Eigen::VectorXd& state() const noexcept { return m_state; }

    /// softmax(beta X^T s): how much each pattern weighs in the next state.
    Eigen::VectorXd attention() const;
    /// `steps` updates s <- X softmax(beta X^T s).
    void step(int steps = 1);
    double energy() const;
    /// m_mu = xi^mu . s / N.
    std::vector<double> overlaps() const;

    /// The network as a binary memory: the state starts at the spins of `start`, takes
    /// `steps` updates, and its signs are the answer (a component that is exactly 0 keeps
    /// the start's spin).  Throws as setState and step do.
    std::vector<Spin> retrieve(std::span<const Spin> start, int steps);

private:
    Eigen::MatrixXd m_patterns; // N x P
    double m_beta;
    Eigen::VectorXd m_state;
};

} // namespace hopfield
