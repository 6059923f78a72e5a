#include "discrete/ModernHopfieldNetwork.h"

#include "learning/CouplingRules.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {

ModernHopfieldNetwork::ModernHopfieldNetwork(const PatternSet& stored, double beta)
    : m_patterns(patternColumns(stored)), m_beta(beta),
      m_state(Eigen::VectorXd::Zero(stored.neurons()))
{
    if (stored.empty())
        throw std::invalid_argument("a modern Hopfield network needs at least one pattern");
    if (!(beta > 0.0) || !std::isfinite(beta))
        throw std::invalid_argument("the inverse temperature beta must be a finite number > 0");
}

void ModernHopfieldNetwork::setState(const Eigen::VectorXd& state)
{
    if (state.size() != m_patterns.rows())
        throw std::invalid_argument("a state of " + std::to_string(state.size()) +
                                    " values for a network of " +
                                    std::to_string(m_patterns.rows()) + " neurons");
    if (!state.allFinite())
        throw std::invalid_argument("the state holds a NaN or an infinity");
    m_state = state;
}

Eigen::VectorXd ModernHopfieldNetwork::attention() const
{
    const Eigen::VectorXd scores = m_beta * (m_patterns.transpose() * m_state);
    const Eigen::VectorXd weights = (scores.array() - scores.maxCoeff()).exp();
    return weights / weights.sum();
}

void ModernHopfieldNetwork::step(int steps)
{
    if (steps < 0)
        throw std::invalid_argument("the number of steps must be >= 0");
    for (int k = 0; k < steps; ++k)
        m_state = m_patterns * attention();
}

std::vector<Spin> ModernHopfieldNetwork::retrieve(std::span<const Spin> start, int steps)
{
    Eigen::VectorXd state(static_cast<Eigen::Index>(start.size()));
    for (std::size_t i = 0; i < start.size(); ++i)
        state[static_cast<Eigen::Index>(i)] = start[i];
    setState(state);
    step(steps);
    std::vector<Spin> spins(start.begin(), start.end());
    for (std::size_t i = 0; i < spins.size(); ++i) {
        const double value = m_state[static_cast<Eigen::Index>(i)];
        if (value != 0.0)
            spins[i] = value > 0.0 ? Spin{1} : Spin{-1};
    }
    return spins;
}

double ModernHopfieldNetwork::energy() const
{
    const Eigen::VectorXd scores = m_beta * (m_patterns.transpose() * m_state);
    const double largest = scores.maxCoeff();
    const double lse = (largest + std::log((scores.array() - largest).exp().sum())) / m_beta;
    return -lse + 0.5 * m_state.squaredNorm();
}

std::vector<double> ModernHopfieldNetwork::overlaps() const
{
    const Eigen::VectorXd m = m_patterns.transpose() * m_state / static_cast<double>(neurons());
    return {m.data(), m.data() + m.size()};
}

} // namespace hopfield
