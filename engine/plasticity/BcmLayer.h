#pragma once

#include "plasticity/Activation.h"
#include "plasticity/InputBatch.h"
#include "plasticity/Optimizer.h"
#include "plasticity/WeightInit.h"

#include <Eigen/Core>
#include <cstdint>

namespace hopfield {

/// What a BCM layer is built with; the defaults are the authors' library's (SCIENCE.md
/// section 7), except the memory factor, which the seed introduces without a value.
struct BcmSettings {
    int units = 100;                              ///< K outputs
    Activation activation = Activation::Logistic; ///< sigma
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double learningRate = 0.02;
    WeightInit init = WeightInit::Normal;
    double lateral = 0.0;   ///< s: L = s off the diagonal (s < 0 inhibits, s > 0 excites)
    double memory = 0.9;    ///< gamma in [0, 1): theta's memory factor
    std::uint64_t seed = 1; ///< draws the initial weights
    int threads = 0;        ///< threads a step uses (0: every core), see RowBlocks.h
};

/// A layer of K BCM neurons with lateral connections (Castellani, Intrator, Shouval and
/// Cooper 1999; the seed 003, Curti et al.; SCIENCE.md section 7), D inputs:
///   y = sigma(M^-1 W x),  M = 1 - L = 1 on the diagonal and -s off it,
///   theta_t = gamma theta_{t-1} + (1 - gamma) <y^2>_batch   (per unit),
///   dW = < y (y - theta) x^T / theta >_batch                 (Law-Cooper form),
/// and dW handed to the optimiser as the gradient -dW.  train() first updates theta with
/// the batch (the first batch sets theta = <y^2> outright, there being no history), then
/// computes dW with the new theta; a theta below thetaFloor is taken as thetaFloor so a
/// silent unit (ReLU) does not divide by zero.
///
/// A batch of B inputs is a D x B matrix and every step is three matrix products
/// (W X, M^-1 Z and Phi X^T: Eigen's blocked GEMM, O(K D B), or for sparse inputs such
/// as digits O(K nnz(X)), see InputBatch), with the units split in
/// row blocks over the threads (all but M^-1 Z, which mixes units, is row-independent).  Scalar is
/// float for training and double for exact checks; both are instantiated.
template <typename Scalar> class BcmLayer {
public:
    using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
    using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

    static constexpr double thetaFloor = 1e-6;
    /// Largest condition number of M accepted by setLateral().
    static constexpr double maxCondition = 1e6;

    /// Weights drawn from settings.init with settings.seed, theta unset (the first batch
    /// sets it).  Throws std::invalid_argument for inputs < 1, units < 1, gamma outside
    /// [0, 1), a bad learning rate, or a lateral strength setLateral() refuses.
    BcmLayer(int inputs, const BcmSettings& settings);

    int inputs() const noexcept { return static_cast<int>(m_weights.cols()); }
    int units() const noexcept { return static_cast<int>(m_weights.rows()); }
    const BcmSettings& settings() const noexcept { return m_settings; }

    /// Sets s and computes M^-1 once.  M = (1 + s) I - s 1 1^T has the eigenvalues 1 + s
    /// (K - 1 times) and 1 - s (K - 1); throws std::invalid_argument (and keeps the old
    /// s) when s is not finite or M is singular or its condition number
    /// max|lambda| / min|lambda| exceeds maxCondition.
    void setLateral(double strength);
    double lateral() const noexcept { return m_settings.lateral; }
    /// M^-1 (the identity when s = 0).
    const Matrix& lateralInverse() const noexcept { return m_lateralInverse; }

    /// Throws std::invalid_argument for a gamma outside [0, 1).
    void setMemory(double gamma);

    /// y for every column of `inputs` (D x B): K x B.
    Matrix respond(const Matrix& inputs) const;

    /// One step on a minibatch (D x B, B >= 1); see the class comment.
    void train(const Matrix& batch);
    void train(const InputBatch<Scalar>& batch);

    /// The Intrator-Cooper objective whose ascent the BCM rule follows (Intrator and Cooper
    /// 1992), summed over units and negated so that learning lowers it:
    ///   R = -sum_i ( E[y_i^3] / 3 - E[y_i^2]^2 / 4 ),  E over the columns of `inputs`.
    double objective(const Matrix& inputs) const;

    const Matrix& weights() const noexcept { return m_weights; }
    /// Throws std::invalid_argument when the size differs.
    void setWeights(const Matrix& weights);
    /// theta per unit (zeros before the first step).
    const Vector& theta() const noexcept { return m_theta; }
    /// <y^2> per unit over the last training batch.
    const Vector& batchMeanSquare() const noexcept { return m_batchMeanSquare; }
    long long steps() const noexcept { return m_steps; }

private:
    BcmSettings m_settings;
    Matrix m_weights;
    Matrix m_lateralInverse;
    Vector m_theta;
    Vector m_batchMeanSquare;
    Optimizer<Scalar> m_optimizer;
    long long m_steps = 0;
    // Work matrices kept between steps so a step allocates nothing.
    Matrix m_response;
    Matrix m_drive;
    Matrix m_update;
};

extern template class BcmLayer<float>;
extern template class BcmLayer<double>;

} // namespace hopfield
