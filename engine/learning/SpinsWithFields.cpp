#include "learning/SpinsWithFields.h"

#include "discrete/Glauber.h"

#include <numeric>
#include <span>
#include <stdexcept>
#include <string>

namespace hopfield {

SpinsWithFields::SpinsWithFields(const Eigen::MatrixXd& couplings, Rng& rng)
    : m_couplings(couplings), m_state(couplings.rows()), m_fields(couplings.rows()),
      m_order(static_cast<std::size_t>(couplings.rows()))
{
    std::iota(m_order.begin(), m_order.end(), 0);
    randomize(rng);
}

SpinsWithFields::SpinsWithFields(const Eigen::MatrixXd& couplings, const Eigen::VectorXd& bias,
                                 Rng& rng)
    : SpinsWithFields(couplings, rng)
{
    if (bias.size() != couplings.rows())
        throw std::invalid_argument("external fields of " + std::to_string(bias.size()) + " for " +
                                    std::to_string(couplings.rows()) + " neurons");
    m_bias = &bias;
}

void SpinsWithFields::randomize(Rng& rng)
{
    for (Eigen::Index i = 0; i < m_state.size(); ++i)
        m_state(i) = rng.bernoulli(0.5) ? 1.0 : -1.0;
    refresh();
}

void SpinsWithFields::refresh()
{
    m_fields.noalias() = m_couplings * m_state;
}

int SpinsWithFields::sweep(double temperature, Rng& rng)
{
    rng.shuffle(std::span<int>(m_order));
    int flips = 0;
    for (const int i : m_order) {
        const auto current = static_cast<Spin>(m_state(i));
        const double field = m_bias ? m_fields(i) + (*m_bias)(i) : m_fields(i);
        const Spin next = glauberSpin(field, temperature, current, rng);
        if (next == current)
            continue;
        m_state(i) = next;
        // J symmetric: column i is row i, contiguous in Eigen's column-major storage.
        m_fields.noalias() += (2.0 * next) * m_couplings.col(i);
        ++flips;
    }
    return flips;
}

bool SpinsWithFields::relax(int maxSweeps, Rng& rng)
{
    for (int s = 0; s < maxSweeps; ++s)
        if (sweep(0.0, rng) == 0)
            return true;
    return false;
}

} // namespace hopfield
