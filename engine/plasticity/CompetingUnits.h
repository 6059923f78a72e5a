#pragma once

#include "plasticity/InputBatch.h"

#include <Eigen/Core>
#include <cstdint>

namespace hopfield {

/// What competing hidden units are built with; defaults of Krotov and Hopfield 2019's
/// published code (SCIENCE.md section 7).
struct CompetingSettings {
    int units = 100;            ///< K hidden units
    double power = 2.0;         ///< p of the L_p norm, p >= 2
    int rank = 2;               ///< k: the k-th ranked unit is pushed away
    double delta = 0.4;         ///< Delta: the strength of that anti-Hebbian push
    double learningRate = 0.02; ///< eps0, annealed linearly to 0 over the epochs
    double featurePower = 1.0;  ///< n of the features max(I, 0)^n used by a read-out
    std::uint64_t seed = 1;     ///< draws the initial weights, Normal(0, 1)
    int threads = 0;            ///< threads a step uses (0: every core), see RowBlocks.h
};

/// Unsupervised learning by competing hidden units (Krotov and Hopfield 2019, PNAS,
/// doi 10.1073/pnas.1820458116; SCIENCE.md section 7).  For a minibatch V (D x B):
///   I_mu = sum_i sgn(W_mu,i) |W_mu,i|^(p-1) v_i            (currents, K x B),
///   g = 1 for the unit with the largest I, -Delta for the k-th largest, 0 otherwise,
///   dW_mu = sum_batch g_mu (v - I_mu W_mu),
///   W += eps dW / max|dW|.
/// The fixed point of the rule has sum_i |W_mu,i|^p = 1: rows converge to unit L_p
/// norm, and each winning unit's row to a prototype of the inputs it wins.
/// A step is one matrix product (the currents, O(K D B), or O(K nnz(V)) for sparse inputs:
/// InputBatch) in float32 with the units split in row blocks over the threads, the
/// ranking, and g V^T, which is O(D B) since g has two nonzero entries per input.
class CompetingUnits {
public:
    using Matrix = Eigen::MatrixXf;

    /// Throws std::invalid_argument for inputs < 1, units < 2, p < 2, k outside
    /// [2, units], Delta < 0 or a learning rate that is not finite and > 0.
    CompetingUnits(int inputs, const CompetingSettings& settings);

    int inputs() const noexcept { return static_cast<int>(m_weights.cols()); }
    int units() const noexcept { return static_cast<int>(m_weights.rows()); }
    const CompetingSettings& settings() const noexcept { return m_settings; }

    /// eps0 (1 - epoch / epochs): the linear annealing of the published code.
    static double annealedRate(double eps0, int epoch, int epochs) noexcept;

    /// I for every column of `inputs`: K x B.
    Matrix currents(const Matrix& inputs) const;
    /// max(I, 0)^n: the features a read-out sees (K x B).
    Matrix features(const Matrix& inputs) const;

    /// One step on a minibatch (D x B) with learning rate `rate`.
    void train(const Matrix& batch, double rate);
    void train(const InputBatch<float>& batch, double rate);

    /// (sum_i |W_mu,i|^p)^(1/p) per unit.
    Eigen::VectorXf weightNorms() const;

    const Matrix& weights() const noexcept { return m_weights; }
    long long steps() const noexcept { return m_steps; }

private:
    CompetingSettings m_settings;
    Matrix m_weights;
    long long m_steps = 0;
    Matrix m_signedPower; // sgn(W) |W|^(p-1), refreshed each step
    Matrix m_currents;
    Matrix m_gainsByInputs; // (g V^T)^T, D x K
    Matrix m_update;
};

} // namespace hopfield
