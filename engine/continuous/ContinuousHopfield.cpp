#include "continuous/ContinuousHopfield.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace hopfield {

namespace {

Eigen::VectorXd checkedInput(Eigen::VectorXd input, Eigen::Index n)
{
    if (input.size() == 0)
        return Eigen::VectorXd::Zero(n);
    if (input.size() != n)
        throw std::invalid_argument("input I has " + std::to_string(input.size()) +
                                    " components for " + std::to_string(n) + " neurons");
    if (!input.allFinite())
        throw std::invalid_argument("input I must be finite");
    return input;
}

} // namespace

ContinuousHopfield::ContinuousHopfield(Eigen::MatrixXd couplings, Gain gain, Eigen::VectorXd input)
    : m_couplings(std::move(couplings)), m_gain(gain)
{
    if (m_couplings.rows() == 0 || m_couplings.rows() != m_couplings.cols())
        throw std::invalid_argument("couplings T must be a non-empty square matrix (got " +
                                    std::to_string(m_couplings.rows()) + " x " +
                                    std::to_string(m_couplings.cols()) + ")");
    if (!m_couplings.allFinite())
        throw std::invalid_argument("couplings T must be finite");
    m_gain.validate();
    m_input = checkedInput(std::move(input), m_couplings.rows());
    m_symmetric = m_couplings == m_couplings.transpose();
}

void ContinuousHopfield::evaluateField(const Eigen::Ref<const Eigen::VectorXd>& u,
                                       Eigen::Ref<Eigen::VectorXd> velocity) const
{
    const Eigen::VectorXd v = u.unaryExpr([this](double x) { return m_gain.value(x); });
    velocity.noalias() = m_couplings * v;
    velocity += m_input - u;
}

Eigen::MatrixXd ContinuousHopfield::jacobian(const Eigen::VectorXd& u) const
{
    const Eigen::VectorXd slope = u.unaryExpr([this](double x) { return m_gain.slope(x); });
    Eigen::MatrixXd j = m_couplings * slope.asDiagonal();
    j.diagonal().array() -= 1.0;
    return j;
}

Eigen::VectorXd ContinuousHopfield::output(const Eigen::VectorXd& u) const
{
    return u.unaryExpr([this](double x) { return m_gain.value(x); });
}

double ContinuousHopfield::energyAtOutput(const Eigen::VectorXd& outputs) const
{
    double integral = 0.0;
    for (double v : outputs)
        integral += m_gain.inverseIntegral(v);
    if (std::isinf(integral))
        return std::numeric_limits<double>::infinity();
    return -0.5 * outputs.dot(m_couplings * outputs) - m_input.dot(outputs) + integral;
}

double ContinuousHopfield::energy(const Eigen::VectorXd& u) const
{
    const Eigen::VectorXd v = output(u);
    double integral = 0.0;
    for (double x : u)
        integral += m_gain.inverseIntegralAtPotential(x);
    return -0.5 * v.dot(m_couplings * v) - m_input.dot(v) + integral;
}

std::unique_ptr<ContinuousModel> ContinuousHopfield::clone() const
{
    return std::make_unique<ContinuousHopfield>(*this);
}

} // namespace hopfield
