#include "discrete/BidirectionalMemory.h"

#include "discrete/Glauber.h"
#include "discrete/ModelChecks.h"
#include "discrete/SpinVector.h"
#include "learning/CouplingRules.h"

#include <numeric>
#include <stdexcept>

namespace hopfield {

std::string bamUpdateName(BamUpdate update)
{
    return update == BamUpdate::Synchronous ? "sync" : "async";
}

BamUpdate bamUpdateFromName(const std::string& name)
{
    if (name == "sync")
        return BamUpdate::Synchronous;
    if (name == "async")
        return BamUpdate::Asynchronous;
    throw std::invalid_argument("the BAM update must be sync or async, got '" + name + "'");
}

BidirectionalMemory::BidirectionalMemory(PatternSet first, PatternSet second, BamUpdate update,
                                         double temperature)
    : m_first(std::move(first)), m_second(std::move(second)), m_update(update),
      m_temperature(temperature)
{
    if (m_first.empty() || m_first.size() != m_second.size())
        throw std::invalid_argument("a BAM stores pairs: " + std::to_string(m_first.size()) +
                                    " patterns on one side and " + std::to_string(m_second.size()) +
                                    " on the other");
    requireTemperature(temperature);
    // W = (1/N) sum_mu xi^mu eta^mu^T = (1/N) Xi^T Eta (SCIENCE.md section 8).
    m_weights = patternColumns(m_first) * patternRows(m_second) / double(m_first.neurons());
    m_state.assign(static_cast<std::size_t>(neurons() + partnerNeurons()), Spin{1});
    m_order.resize(m_state.size());
    std::iota(m_order.begin(), m_order.end(), 0);
}

void BidirectionalMemory::setState(std::span<const Spin> spins)
{
    requireSpins(spins, m_state.size());
    m_state.assign(spins.begin(), spins.end());
}

void BidirectionalMemory::setLayers(std::span<const Spin> first, std::span<const Spin> second)
{
    requireSpins(first, static_cast<std::size_t>(neurons()));
    requireSpins(second, static_cast<std::size_t>(partnerNeurons()));
    std::copy(first.begin(), first.end(), m_state.begin());
    std::copy(second.begin(), second.end(), m_state.begin() + neurons());
}

std::span<const Spin> BidirectionalMemory::firstLayer() const noexcept
{
    return std::span<const Spin>(m_state).first(static_cast<std::size_t>(neurons()));
}

std::span<const Spin> BidirectionalMemory::secondLayer() const noexcept
{
    return std::span<const Spin>(m_state).subspan(static_cast<std::size_t>(neurons()));
}

void BidirectionalMemory::setTemperature(double temperature)
{
    requireTemperature(temperature);
    m_temperature = temperature;
}

namespace {

/// Every unit of `layer` from its field (all from the same old state); returns the flips.
int applyFields(std::span<Spin> layer, const Eigen::VectorXd& fields, double temperature, Rng& rng)
{
    int flips = 0;
    for (std::size_t i = 0; i < layer.size(); ++i) {
        const Spin next =
            glauberSpin(fields(static_cast<Eigen::Index>(i)), temperature, layer[i], rng);
        flips += next != layer[i] ? 1 : 0;
        layer[i] = next;
    }
    return flips;
}

} // namespace

int BidirectionalMemory::updateSecond(Rng& rng)
{
    const Eigen::VectorXd fields = m_weights.transpose() * spinVector(firstLayer());
    return applyFields(std::span<Spin>(m_state).subspan(static_cast<std::size_t>(neurons())),
                       fields, m_temperature, rng);
}

int BidirectionalMemory::updateFirst(Rng& rng)
{
    const Eigen::VectorXd fields = m_weights * spinVector(secondLayer());
    return applyFields(std::span<Spin>(m_state).first(static_cast<std::size_t>(neurons())), fields,
                       m_temperature, rng);
}

int BidirectionalMemory::asynchronousSweep(Rng& rng)
{
    // Fields kept up to date: a flip of s_i changes the field on tau by 2 s_i W_i., a flip
    // of tau_j the field on s by 2 tau_j W_.j.
    Eigen::VectorXd fieldOnFirst = m_weights * spinVector(secondLayer());
    Eigen::VectorXd fieldOnSecond = m_weights.transpose() * spinVector(firstLayer());
    rng.shuffle(std::span<int>(m_order));
    const int n = neurons();
    int flips = 0;
    for (const int unit : m_order) {
        Spin& spin = m_state[static_cast<std::size_t>(unit)];
        const bool first = unit < n;
        const double field = first ? fieldOnFirst(unit) : fieldOnSecond(unit - n);
        const Spin next = glauberSpin(field, m_temperature, spin, rng);
        if (next == spin)
            continue;
        spin = next;
        ++flips;
        if (first)
            fieldOnSecond += (2.0 * next) * m_weights.row(unit).transpose();
        else
            fieldOnFirst += (2.0 * next) * m_weights.col(unit - n);
    }
    return flips;
}

int BidirectionalMemory::step(int sweeps, Rng& rng)
{
    int flips = 0;
    for (int s = 0; s < sweeps; ++s) {
        if (m_update == BamUpdate::Synchronous) {
            flips += updateSecond(rng);
            flips += updateFirst(rng);
        } else {
            flips += asynchronousSweep(rng);
        }
    }
    return flips;
}

double BidirectionalMemory::energy() const
{
    return -spinVector(firstLayer()).dot(m_weights * spinVector(secondLayer()));
}

std::vector<double> BidirectionalMemory::firstOverlaps() const
{
    std::vector<double> m;
    for (const Pattern& xi : m_first)
        m.push_back(overlap(xi.spins(), firstLayer()));
    return m;
}

std::vector<double> BidirectionalMemory::secondOverlaps() const
{
    std::vector<double> m;
    for (const Pattern& eta : m_second)
        m.push_back(overlap(eta.spins(), secondLayer()));
    return m;
}

std::vector<double> BidirectionalMemory::overlaps() const
{
    std::vector<double> m = firstOverlaps();
    const std::vector<double> partner = secondOverlaps();
    m.insert(m.end(), partner.begin(), partner.end());
    return m;
}

} // namespace hopfield
