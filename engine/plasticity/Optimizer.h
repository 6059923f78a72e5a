#pragma once

#include <Eigen/Core>
#include <optional>
#include <string_view>

namespace hopfield {

/// Plain stochastic gradient descent, or Adam (Kingma and Ba 2015; the seed's "modern"
/// optimiser).
enum class OptimizerKind { Sgd, Adam };

/// "sgd", "adam".
std::string_view optimizerName(OptimizerKind kind) noexcept;
std::optional<OptimizerKind> optimizerFromName(std::string_view name) noexcept;

/// One optimiser's state for one parameter matrix.  descend() moves the parameters
/// against `gradient`:
///   SGD:  P -= eta G
///   Adam: m = b1 m + (1 - b1) G,  v = b2 v + (1 - b2) G^2,
///         P -= eta m^ / (sqrt(v^) + eps),  m^ = m / (1 - b1^t),  v^ = v / (1 - b2^t)
/// with b1 = 0.9, b2 = 0.999, eps = 1e-8.  As in the authors' library, a learning rule
/// that gives an ascent direction dW is handed over as G = -dW.
template <typename Scalar> class Optimizer {
public:
    using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;

    static constexpr double beta1 = 0.9;
    static constexpr double beta2 = 0.999;
    static constexpr double epsilon = 1e-8;

    /// Throws std::invalid_argument unless learningRate is finite and > 0.
    Optimizer(OptimizerKind kind, double learningRate);

    OptimizerKind kind() const noexcept { return m_kind; }
    double learningRate() const noexcept { return m_rate; }

    /// One step on all of `parameters`: beginStep() and descendRows() over every row.
    void descend(Matrix& parameters, const Matrix& gradient);

    /// Counts one step (Adam's t) and sizes the state for rows x cols parameters.  After
    /// it, descendRows() may run on disjoint row blocks from several threads at once.
    void beginStep(Eigen::Index rows, Eigen::Index cols);
    /// The step of beginStep() on rows first .. first + count - 1 only.
    void descendRows(Matrix& parameters, const Matrix& gradient, Eigen::Index first,
                     Eigen::Index count);

private:
    OptimizerKind m_kind;
    double m_rate;
    long long m_steps = 0;
    Matrix m_first;
    Matrix m_second;
};

} // namespace hopfield
