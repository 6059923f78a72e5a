#include "discrete/DenseAssociativeMemory.h"

#include "core/MemoryGuard.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace hopfield {
namespace {

double integerPower(double x, int n)
{
    double result = 1.0;
    for (int k = 0; k < n; ++k)
        result *= x;
    return result;
}

} // namespace

DenseAssociativeMemory::DenseAssociativeMemory(PatternSet stored, InteractionFunction function)
    : m_stored(std::move(stored)), m_function(function)
{
    if (m_stored.empty())
        throw std::invalid_argument("a dense associative memory needs at least one pattern");
    const int n = m_stored.neurons();
    const int p = m_stored.size();
    m_function.validate();
    if (m_function.kind == InteractionKind::Power) {
        // g(r) = (r + 1)^n - (r - 1)^n for every possible r in [-N, N]: xi_i g(r^mu_i) is a
        // pattern's term of the update, so an update is P table look-ups.
        m_drive.resize(2 * static_cast<std::size_t>(n) + 1);
        for (int r = -n; r <= n; ++r)
            m_drive[static_cast<std::size_t>(r + n)] =
                integerPower(r + 1.0, m_function.power) - integerPower(r - 1.0, m_function.power);
    }
    ensureMemoryFits(arrayBytes(static_cast<std::size_t>(n), static_cast<std::size_t>(p), 1),
                     "the patterns of a dense memory with N = " + std::to_string(n) +
                         " and P = " + std::to_string(p));
    m_patternsByNeuron.resize(static_cast<std::size_t>(n) * static_cast<std::size_t>(p));
    for (int mu = 0; mu < p; ++mu)
        for (int i = 0; i < n; ++i)
            m_patternsByNeuron[static_cast<std::size_t>(i) * static_cast<std::size_t>(p) +
                               static_cast<std::size_t>(mu)] = m_stored[mu][i];
    m_overlapSums.resize(static_cast<std::size_t>(p));
    m_state.assign(static_cast<std::size_t>(n), Spin{1});
    m_order.resize(static_cast<std::size_t>(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    setState(m_state);
}

void DenseAssociativeMemory::setState(std::span<const Spin> spins)
{
    if (spins.size() != m_state.size())
        throw std::invalid_argument("a state of " + std::to_string(spins.size()) +
                                    " spins for a dense memory of " +
                                    std::to_string(m_state.size()) + " neurons");
    if (std::any_of(spins.begin(), spins.end(), [](Spin s) { return s != 1 && s != -1; }))
        throw std::invalid_argument("a spin must be +1 or -1");
    if (spins.data() != m_state.data())
        std::copy(spins.begin(), spins.end(), m_state.begin());
    for (int mu = 0; mu < patternCount(); ++mu)
        m_overlapSums[static_cast<std::size_t>(mu)] = overlapSum(m_stored[mu].spins(), m_state);
}

Pattern DenseAssociativeMemory::statePattern() const
{
    return Pattern(m_stored.width(), m_stored.height(), m_state, "state");
}

double DenseAssociativeMemory::updateDrive(int i) const
{
    if (i < 0 || i >= neurons())
        throw std::out_of_range("neuron " + std::to_string(i) + " of " + std::to_string(neurons()));
    const std::size_t p = m_overlapSums.size();
    const std::int8_t* xi = &m_patternsByNeuron[static_cast<std::size_t>(i) * p];
    const int si = m_state[static_cast<std::size_t>(i)];
    if (m_function.kind == InteractionKind::Power) {
        // F(r + xi) - F(r - xi) = xi g(r) for xi = +-1.
        const auto offset = static_cast<std::ptrdiff_t>(neurons());
        double drive = 0.0;
        for (std::size_t mu = 0; mu < p; ++mu) {
            const int r = m_overlapSums[mu] - xi[mu] * si;
            drive += xi[mu] * m_drive[static_cast<std::size_t>(r + offset)];
        }
        return drive;
    }
    // exp(r + xi) - exp(r - xi) = 2 sinh(1) xi exp(r).  exp(r) overflows for r > 709, so
    // the sum is taken as exp(r_max) sum_mu xi^mu exp(r^mu - r_max): the positive factor
    // exp(r_max) 2 sinh(1) does not change the sign.
    int largest = std::numeric_limits<int>::min();
    for (std::size_t mu = 0; mu < p; ++mu)
        largest = std::max(largest, m_overlapSums[mu] - xi[mu] * si);
    double drive = 0.0;
    for (std::size_t mu = 0; mu < p; ++mu)
        drive += xi[mu] * std::exp(m_overlapSums[mu] - xi[mu] * si - largest);
    return drive;
}

bool DenseAssociativeMemory::updateSpin(int i)
{
    const double drive = updateDrive(i);
    auto& spin = m_state[static_cast<std::size_t>(i)];
    const Spin next = drive > 0.0 ? Spin{1} : drive < 0.0 ? Spin{-1} : spin;
    if (next == spin)
        return false;
    spin = next;
    const std::size_t p = m_overlapSums.size();
    const std::int8_t* xi = &m_patternsByNeuron[static_cast<std::size_t>(i) * p];
    for (std::size_t mu = 0; mu < p; ++mu)
        m_overlapSums[mu] += 2 * next * xi[mu];
    return true;
}

void DenseAssociativeMemory::setTemperature(double temperature)
{
    if (temperature != 0.0)
        throw std::invalid_argument("the dense memory runs at T = 0 only, got T = " +
                                    std::to_string(temperature));
}

int DenseAssociativeMemory::sweep(Rng& rng)
{
    rng.shuffle(std::span<int>(m_order));
    int flips = 0;
    for (const int i : m_order)
        flips += updateSpin(i);
    return flips;
}

int DenseAssociativeMemory::step(int sweeps, Rng& rng)
{
    if (sweeps < 0)
        throw std::invalid_argument("the number of sweeps must be >= 0");
    int flips = 0;
    for (int s = 0; s < sweeps; ++s) {
        const int swept = sweep(rng);
        if (swept == 0)
            break;
        flips += swept;
    }
    return flips;
}

double DenseAssociativeMemory::energy() const
{
    if (m_function.kind == InteractionKind::Power) {
        double e = 0.0;
        for (const std::int32_t m : m_overlapSums)
            e -= integerPower(m, m_function.power);
        return e;
    }
    const std::int32_t largest = *std::max_element(m_overlapSums.begin(), m_overlapSums.end());
    double sum = 0.0;
    for (const std::int32_t m : m_overlapSums)
        sum += std::exp(static_cast<double>(m - largest));
    return -(largest + std::log(sum));
}

std::vector<double> DenseAssociativeMemory::overlaps() const
{
    std::vector<double> m(m_overlapSums.size());
    for (std::size_t mu = 0; mu < m.size(); ++mu)
        m[mu] = static_cast<double>(m_overlapSums[mu]) / neurons();
    return m;
}

DenseRetrieval retrieveDense(const DenseAssociativeMemory& memory, const Pattern& start,
                             int maxSweeps, Rng& rng)
{
    if (maxSweeps < 0)
        throw std::invalid_argument("the number of sweeps must be >= 0");
    DenseAssociativeMemory run = memory;
    run.setState(start.spins());
    DenseRetrieval result;
    for (int s = 1; s <= maxSweeps && !result.converged; ++s) {
        result.converged = run.sweep(rng) == 0;
        result.sweeps = s;
    }
    result.finalState = run.statePattern();
    result.finalOverlaps = run.overlaps();
    return result;
}

} // namespace hopfield
