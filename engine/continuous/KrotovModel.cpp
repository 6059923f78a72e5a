#include "continuous/KrotovModel.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace hopfield {

KrotovModel::KrotovModel(Eigen::MatrixXd patterns, InteractionFunction interaction, Gain gain,
                         Eigen::VectorXd input)
    : m_patterns(std::move(patterns)), m_interaction(interaction), m_gain(gain)
{
    if (m_patterns.rows() == 0 || m_patterns.cols() == 0)
        throw std::invalid_argument("the Krotov model needs at least one pattern of one neuron");
    if (!m_patterns.allFinite())
        throw std::invalid_argument("patterns must be finite");
    m_interaction.validate();
    m_gain.validate();
    if (input.size() == 0)
        input = Eigen::VectorXd::Zero(m_patterns.cols());
    if (input.size() != m_patterns.cols() || !input.allFinite())
        throw std::invalid_argument("input I must have one finite value per neuron (" +
                                    std::to_string(m_patterns.cols()) + ")");
    m_input = std::move(input);
}

double KrotovModel::lagrangian(const Eigen::VectorXd& outputs) const
{
    const Eigen::VectorXd s = m_patterns * outputs;
    return s.unaryExpr([this](double x) { return m_interaction.value(x); }).sum();
}

Eigen::MatrixXd KrotovModel::couplingsAt(const Eigen::VectorXd& outputs) const
{
    const Eigen::VectorXd curvature = (m_patterns * outputs).unaryExpr([this](double x) {
        return m_interaction.secondDerivative(x);
    });
    return m_patterns.transpose() * curvature.asDiagonal() * m_patterns;
}

double KrotovModel::closureIntegral(const Eigen::VectorXd& outputs) const
{
    const Eigen::VectorXd s = m_patterns * outputs;
    const double f0 = m_interaction.value(0.0);
    return s
        .unaryExpr([this, f0](double x) {
            return x * m_interaction.firstDerivative(x) - m_interaction.value(x) + f0;
        })
        .sum();
}

double KrotovModel::energyAtOutput(const Eigen::VectorXd& outputs) const
{
    double integral = 0.0;
    for (double v : outputs)
        integral += m_gain.inverseIntegral(v);
    if (std::isinf(integral))
        return std::numeric_limits<double>::infinity();
    return -closureIntegral(outputs) - m_input.dot(outputs) + integral;
}

void KrotovModel::evaluateField(const Eigen::Ref<const Eigen::VectorXd>& u,
                                Eigen::Ref<Eigen::VectorXd> velocity) const
{
    const Eigen::VectorXd v = u.unaryExpr([this](double x) { return m_gain.value(x); });
    // T(V) V = sum_mu F''(s_mu) s_mu xi^mu, without forming T.
    const Eigen::VectorXd weighted = (m_patterns * v).unaryExpr([this](double s) {
        return s * m_interaction.secondDerivative(s);
    });
    velocity.noalias() = m_patterns.transpose() * weighted;
    velocity += m_input - u;
}

Eigen::MatrixXd KrotovModel::jacobian(const Eigen::VectorXd& u) const
{
    const Eigen::VectorXd slope = u.unaryExpr([this](double x) { return m_gain.slope(x); });
    const Eigen::VectorXd hPrime = (m_patterns * output(u)).unaryExpr([this](double s) {
        return m_interaction.secondDerivative(s) + s * m_interaction.thirdDerivative(s);
    });
    Eigen::MatrixXd j = m_patterns.transpose() * hPrime.asDiagonal() * m_patterns;
    j = j * slope.asDiagonal();
    j.diagonal().array() -= 1.0;
    return j;
}

Eigen::VectorXd KrotovModel::output(const Eigen::VectorXd& u) const
{
    return u.unaryExpr([this](double x) { return m_gain.value(x); });
}

double KrotovModel::energy(const Eigen::VectorXd& u) const
{
    const Eigen::VectorXd v = output(u);
    double integral = 0.0;
    for (double x : u)
        integral += m_gain.inverseIntegralAtPotential(x);
    return -closureIntegral(v) - m_input.dot(v) + integral;
}

std::unique_ptr<ContinuousModel> KrotovModel::clone() const
{
    return std::make_unique<KrotovModel>(*this);
}

} // namespace hopfield
