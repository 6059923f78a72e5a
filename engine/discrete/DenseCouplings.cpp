#include "discrete/DenseCouplings.h"

#include "learning/CouplingRules.h"

#include <stdexcept>
#include <string>

namespace hopfield {

DenseCouplings::DenseCouplings(Eigen::MatrixXd couplings, const PatternSet& stored)
    : m_transposed(couplings.transpose()), m_patterns(patternColumns(stored)),
      m_state(stored.neurons())
{
    if (couplings.rows() != stored.neurons() || couplings.cols() != stored.neurons())
        throw std::invalid_argument("couplings of " + std::to_string(couplings.rows()) + "x" +
                                    std::to_string(couplings.cols()) + " for a network of " +
                                    std::to_string(stored.neurons()) + " neurons");
    if (!couplings.allFinite())
        throw std::invalid_argument("the coupling matrix holds a NaN or an infinity");
}

void DenseCouplings::reset(std::span<const Spin> state)
{
    for (Eigen::Index i = 0; i < m_state.size(); ++i)
        m_state(i) = state[static_cast<std::size_t>(i)];
}

double DenseCouplings::field(int i, std::span<const Spin>) const noexcept
{
    return m_transposed.col(i).dot(m_state);
}

void DenseCouplings::fields(std::span<const Spin>, std::span<double> out) const
{
    Eigen::Map<Eigen::VectorXd>(out.data(), m_state.size()).noalias() =
        m_transposed.transpose() * m_state;
}

void DenseCouplings::onFlip(int i, Spin newSpin) noexcept
{
    m_state(i) = newSpin;
}

double DenseCouplings::pairEnergy() const
{
    return -0.5 * m_state.dot(m_transposed.transpose() * m_state);
}

std::vector<double> DenseCouplings::overlaps() const
{
    const Eigen::VectorXd m =
        m_patterns.transpose() * m_state / static_cast<double>(m_state.size());
    return {m.data(), m.data() + m.size()};
}

} // namespace hopfield
