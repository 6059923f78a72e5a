#include "generative/RestrictedBoltzmannMachine.h"

#include "core/Eigenvalues.h"
#include "discrete/ModelChecks.h"
#include "discrete/SpinVector.h"
#include "learning/CouplingRules.h"

#include <cmath>
#include <stdexcept>

namespace hopfield {
namespace {

void requireBeta(double beta)
{
    if (!std::isfinite(beta) || beta <= 0.0)
        throw std::invalid_argument("the RBM's inverse temperature beta must be finite and > 0, "
                                    "got " +
                                    std::to_string(beta));
}

/// ln 2cosh(x) without overflow: |x| + ln(1 + exp(-2|x|)).
double logTwoCosh(double x)
{
    const double a = std::abs(x);
    return a + std::log1p(std::exp(-2.0 * a));
}

/// +1 with probability 1 / (1 + exp(-2 field)), i.e. mean tanh(field).
double drawSpin(double field, Rng& rng)
{
    return rng.uniform() < 1.0 / (1.0 + std::exp(-2.0 * field)) ? 1.0 : -1.0;
}

} // namespace

std::string hiddenUnitsName(HiddenUnits kind)
{
    return kind == HiddenUnits::Gaussian ? "gaussian" : "binary";
}

HiddenUnits hiddenUnitsFromName(const std::string& name)
{
    if (name == "gaussian")
        return HiddenUnits::Gaussian;
    if (name == "binary")
        return HiddenUnits::Binary;
    throw std::invalid_argument("hidden units must be gaussian or binary, got '" + name + "'");
}

RestrictedBoltzmannMachine::RestrictedBoltzmannMachine(Eigen::MatrixXd weights, HiddenUnits hidden,
                                                       double beta, Eigen::VectorXd visibleBias,
                                                       Eigen::VectorXd hiddenBias)
    : m_weights(std::move(weights)), m_visibleBias(std::move(visibleBias)),
      m_hiddenBias(std::move(hiddenBias)), m_kind(hidden), m_beta(beta)
{
    if (m_weights.rows() < 1 || m_weights.cols() < 1)
        throw std::invalid_argument("an RBM needs at least one visible and one hidden unit");
    if (m_visibleBias.size() == 0)
        m_visibleBias = Eigen::VectorXd::Zero(m_weights.rows());
    if (m_hiddenBias.size() == 0)
        m_hiddenBias = Eigen::VectorXd::Zero(m_weights.cols());
    requireBeta(m_beta);
    checkParameters();
    m_visible.assign(static_cast<std::size_t>(m_weights.rows()), Spin{1});
    m_hidden = Eigen::VectorXd::Zero(m_weights.cols());
}

RestrictedBoltzmannMachine RestrictedBoltzmannMachine::fromPatterns(const PatternSet& stored,
                                                                    double beta)
{
    if (stored.empty())
        throw std::invalid_argument("the Hopfield dual needs at least one pattern");
    return RestrictedBoltzmannMachine(patternColumns(stored) /
                                          std::sqrt(static_cast<double>(stored.neurons())),
                                      HiddenUnits::Gaussian, beta);
}

RestrictedBoltzmannMachine
RestrictedBoltzmannMachine::fromCouplings(const Eigen::MatrixXd& couplings,
                                          const Eigen::VectorXd& field, double beta)
{
    const Eigen::Index n = couplings.rows();
    if (n < 1 || couplings.cols() != n)
        throw std::invalid_argument("the couplings must be a square matrix");
    if ((couplings - couplings.transpose()).cwiseAbs().maxCoeff() > 1e-9)
        throw std::invalid_argument("an RBM with Gaussian hidden units needs symmetric couplings");
    if (field.size() != 0 && field.size() != n)
        throw std::invalid_argument("a field of " + std::to_string(field.size()) + " entries for " +
                                    std::to_string(n) + " neurons");
    // s^T (J + c 1) s = s^T J s + c N: the shift is a constant, so the shifted, positive
    // semi-definite J + c 1 = V L V^T = W W^T describes the same distribution.
    const SymmetricEigen eigen = symmetricEigen(couplings, true);
    const Eigen::VectorXd& eigenvalues = eigen.values; // ascending
    const Eigen::VectorXd shifted = eigenvalues.array() + std::max(0.0, -eigenvalues.minCoeff());
    const double cutoff = 1e-12 * std::max(1.0, shifted.maxCoeff());
    Eigen::Index kept = 0;
    for (Eigen::Index k = 0; k < n; ++k)
        kept += shifted(k) > cutoff ? 1 : 0;
    // A J with all eigenvalues equal (J = c 1, e.g. J = 0) leaves none: one zero unit.
    Eigen::MatrixXd weights = Eigen::MatrixXd::Zero(n, std::max<Eigen::Index>(kept, 1));
    for (Eigen::Index k = n - kept, column = 0; k < n; ++k, ++column)
        weights.col(column) = eigen.vectors.col(k) * std::sqrt(shifted(k));
    return RestrictedBoltzmannMachine(std::move(weights), HiddenUnits::Gaussian, beta,
                                      field.size() == 0 ? Eigen::VectorXd::Zero(n) : field);
}

RestrictedBoltzmannMachine RestrictedBoltzmannMachine::random(int visible, int hidden,
                                                              HiddenUnits kind, double scale,
                                                              double beta, Rng& rng)
{
    if (visible < 1 || hidden < 1)
        throw std::invalid_argument("an RBM needs at least one visible and one hidden unit");
    if (!std::isfinite(scale) || scale < 0.0)
        throw std::invalid_argument("the initial weight scale must be finite and >= 0");
    Eigen::MatrixXd weights(visible, hidden);
    for (Eigen::Index j = 0; j < weights.cols(); ++j)
        for (Eigen::Index i = 0; i < weights.rows(); ++i)
            weights(i, j) = scale * rng.normal();
    return RestrictedBoltzmannMachine(std::move(weights), kind, beta);
}

void RestrictedBoltzmannMachine::checkParameters() const
{
    if (m_visibleBias.size() != m_weights.rows() || m_hiddenBias.size() != m_weights.cols())
        throw std::invalid_argument("the RBM's biases do not match its " +
                                    std::to_string(m_weights.rows()) + " x " +
                                    std::to_string(m_weights.cols()) + " weights");
    if (!m_weights.allFinite() || !m_visibleBias.allFinite() || !m_hiddenBias.allFinite())
        throw std::invalid_argument("an RBM parameter is not finite");
}

void RestrictedBoltzmannMachine::setState(std::span<const Spin> spins)
{
    requireSpins(spins, m_visible.size());
    m_visible.assign(spins.begin(), spins.end());
}

int RestrictedBoltzmannMachine::step(int sweeps, Rng& rng)
{
    Eigen::VectorXd visible = spinVector(m_visible);
    int flips = 0;
    for (int s = 0; s < sweeps; ++s) {
        m_hidden = sampleHidden(visible, rng);
        const Eigen::VectorXd next = sampleVisible(m_hidden, rng);
        flips += static_cast<int>((next.array() != visible.array()).count());
        visible = next;
    }
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        m_visible[i] = visible(static_cast<Eigen::Index>(i)) > 0.0 ? Spin{1} : Spin{-1};
    return flips;
}

std::vector<double> RestrictedBoltzmannMachine::overlaps() const
{
    const Eigen::VectorXd fields =
        m_weights.transpose() * spinVector(m_visible) / std::sqrt(double(m_weights.rows()));
    return {fields.data(), fields.data() + fields.size()};
}

void RestrictedBoltzmannMachine::setBeta(double beta)
{
    requireBeta(beta);
    m_beta = beta;
}

void RestrictedBoltzmannMachine::setParameters(Eigen::MatrixXd weights, Eigen::VectorXd visibleBias,
                                               Eigen::VectorXd hiddenBias)
{
    if (weights.rows() != m_weights.rows() || weights.cols() != m_weights.cols())
        throw std::invalid_argument("new RBM weights must keep the size " +
                                    std::to_string(m_weights.rows()) + " x " +
                                    std::to_string(m_weights.cols()));
    std::swap(m_weights, weights);
    std::swap(m_visibleBias, visibleBias);
    std::swap(m_hiddenBias, hiddenBias);
    try {
        checkParameters();
    } catch (...) {
        // Keep the machine as it was: a failed step loses nothing.
        std::swap(m_weights, weights);
        std::swap(m_visibleBias, visibleBias);
        std::swap(m_hiddenBias, hiddenBias);
        throw;
    }
}

Eigen::VectorXd RestrictedBoltzmannMachine::hiddenMean(const Eigen::VectorXd& visible) const
{
    const Eigen::VectorXd input = m_weights.transpose() * visible + m_hiddenBias;
    if (m_kind == HiddenUnits::Gaussian)
        return std::sqrt(m_beta) * input;
    return (m_beta * input).array().tanh();
}

Eigen::VectorXd RestrictedBoltzmannMachine::visibleMean(const Eigen::VectorXd& hidden) const
{
    return visibleField(hidden).array().tanh();
}

Eigen::VectorXd RestrictedBoltzmannMachine::visibleField(const Eigen::VectorXd& hidden) const
{
    if (m_kind == HiddenUnits::Gaussian)
        return std::sqrt(m_beta) * (m_weights * hidden) + m_beta * m_visibleBias;
    return m_beta * (m_weights * hidden + m_visibleBias);
}

Eigen::VectorXd RestrictedBoltzmannMachine::sampleHidden(const Eigen::VectorXd& visible,
                                                         Rng& rng) const
{
    Eigen::VectorXd hidden = hiddenMean(visible);
    for (Eigen::Index mu = 0; mu < hidden.size(); ++mu) {
        if (m_kind == HiddenUnits::Gaussian)
            hidden(mu) += rng.normal();
        else // P(h = +1) = (1 + tanh(x)) / 2 = 1 / (1 + exp(-2x)) with mean tanh(x)
            hidden(mu) = rng.uniform() < 0.5 * (1.0 + hidden(mu)) ? 1.0 : -1.0;
    }
    return hidden;
}

Eigen::VectorXd RestrictedBoltzmannMachine::sampleVisible(const Eigen::VectorXd& hidden,
                                                          Rng& rng) const
{
    Eigen::VectorXd visible = visibleField(hidden);
    for (Eigen::Index i = 0; i < visible.size(); ++i)
        visible(i) = drawSpin(visible(i), rng);
    return visible;
}

double RestrictedBoltzmannMachine::freeEnergy(std::span<const Spin> visible) const
{
    return freeEnergy(spinVector(visible));
}

double RestrictedBoltzmannMachine::freeEnergy(const Eigen::VectorXd& visible) const
{
    const Eigen::VectorXd input = m_weights.transpose() * visible + m_hiddenBias;
    const double bias = m_visibleBias.dot(visible);
    if (m_kind == HiddenUnits::Gaussian)
        return -0.5 * input.squaredNorm() - bias;
    double sum = 0.0;
    for (Eigen::Index mu = 0; mu < input.size(); ++mu)
        sum += logTwoCosh(m_beta * input(mu));
    return -bias - sum / m_beta;
}

double RestrictedBoltzmannMachine::reconstructionError(const PatternSet& data) const
{
    if (data.empty())
        throw std::invalid_argument("the reconstruction error needs at least one example");
    if (data.neurons() != visibleUnits())
        throw std::invalid_argument("examples of " + std::to_string(data.neurons()) +
                                    " units for an RBM of " + std::to_string(visibleUnits()));
    double sum = 0.0;
    for (const Pattern& example : data) {
        const Eigen::VectorXd s = spinVector(example.spins());
        sum += (s - visibleMean(hiddenMean(s))).squaredNorm();
    }
    return sum / (4.0 * data.size() * visibleUnits());
}

std::vector<double> RestrictedBoltzmannMachine::weightImage(int mu) const
{
    if (mu < 0 || mu >= hiddenUnits())
        throw std::out_of_range("no hidden unit " + std::to_string(mu));
    const auto column = m_weights.col(mu);
    return {column.data(), column.data() + column.size()};
}

} // namespace hopfield
