#include "plasticity/Optimizer.h"

#include <cmath>
#include <stdexcept>

namespace hopfield {

std::string_view optimizerName(OptimizerKind kind) noexcept
{
    return kind == OptimizerKind::Adam ? "adam" : "sgd";
}

std::optional<OptimizerKind> optimizerFromName(std::string_view name) noexcept
{
    for (const auto kind : {OptimizerKind::Sgd, OptimizerKind::Adam})
        if (optimizerName(kind) == name)
            return kind;
    return std::nullopt;
}

template <typename Scalar>
Optimizer<Scalar>::Optimizer(OptimizerKind kind, double learningRate)
    : m_kind(kind), m_rate(learningRate)
{
    if (!std::isfinite(learningRate) || learningRate <= 0)
        throw std::invalid_argument("the learning rate must be a finite number > 0");
}

template <typename Scalar>
void Optimizer<Scalar>::descend(Matrix& parameters, const Matrix& gradient)
{
    beginStep(parameters.rows(), parameters.cols());
    descendRows(parameters, gradient, 0, parameters.rows());
}

template <typename Scalar> void Optimizer<Scalar>::beginStep(Eigen::Index rows, Eigen::Index cols)
{
    if (m_kind == OptimizerKind::Sgd)
        return;
    if (m_first.rows() != rows || m_first.cols() != cols) {
        m_first.setZero(rows, cols);
        m_second.setZero(rows, cols);
        m_steps = 0;
    }
    ++m_steps;
}

template <typename Scalar>
void Optimizer<Scalar>::descendRows(Matrix& parameters, const Matrix& gradient, Eigen::Index first,
                                    Eigen::Index count)
{
    auto p = parameters.middleRows(first, count);
    const auto g = gradient.middleRows(first, count);
    if (m_kind == OptimizerKind::Sgd) {
        p.noalias() -= static_cast<Scalar>(m_rate) * g;
        return;
    }
    auto m = m_first.middleRows(first, count);
    auto v = m_second.middleRows(first, count);
    const auto b1 = static_cast<Scalar>(beta1);
    const auto b2 = static_cast<Scalar>(beta2);
    m = b1 * m + (Scalar(1) - b1) * g;
    v = b2 * v + (Scalar(1) - b2) * g.cwiseAbs2();
    // The bias corrections folded into the step size (Kingma and Ba 2015, section 2).
    const double correction1 = 1.0 - std::pow(beta1, static_cast<double>(m_steps));
    const double correction2 = 1.0 - std::pow(beta2, static_cast<double>(m_steps));
    const auto step = static_cast<Scalar>(m_rate / correction1);
    const auto root = static_cast<Scalar>(1.0 / std::sqrt(correction2));
    const auto eps = static_cast<Scalar>(epsilon);
    p.array() -= step * m.array() / (v.array().sqrt() * root + eps);
}

template class Optimizer<float>;
template class Optimizer<double>;

} // namespace hopfield
