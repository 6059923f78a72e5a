#include "learning/SpinsWithFields.h"

#include "discrete/Glauber.h"

#include <numeric>
#include <span>

namespace hopfield {

SpinsWithFields::SpinsWithFields(const Eigen::MatrixXd& couplings, Rng& rng)
    : m_couplings(couplings), m_state(couplings.rows()), m_fields(couplings.rows()),
      m_order(static_cast<std::size_t>(couplings.rows()))
{
    std::iota(m_order.begin(), m_order.end(), 0);
    randomize(rng);
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
        const Spin next = glauberSpin(m_fields(i), temperature, current, rng);
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
