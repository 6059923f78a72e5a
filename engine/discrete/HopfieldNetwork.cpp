#include "discrete/HopfieldNetwork.h"

#include "discrete/Glauber.h"
#include "learning/CouplingRules.h"

#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace hopfield {
namespace {

std::variant<OverlapCouplings, DenseCouplings> hebbInForm(const PatternSet& stored,
                                                          CouplingForm form)
{
    if (form == CouplingForm::Overlap)
        return OverlapCouplings(stored);
    return DenseCouplings(hebbCouplings(stored), stored);
}

void checkTemperature(double temperature)
{
    if (!(temperature >= 0.0) || !std::isfinite(temperature))
        throw std::invalid_argument("temperature must be a finite number >= 0, got " +
                                    std::to_string(temperature));
}

} // namespace

HopfieldNetwork::HopfieldNetwork(PatternSet stored, CouplingForm form,
                                 std::vector<double> externalField)
    : m_stored(std::move(stored)), m_externalField(std::move(externalField)),
      m_state(static_cast<std::size_t>(m_stored.neurons()), Spin{1}),
      m_order(static_cast<std::size_t>(m_stored.neurons())), m_couplings(hebbInForm(m_stored, form))
{
    finishConstruction();
}

HopfieldNetwork::HopfieldNetwork(PatternSet stored, Eigen::MatrixXd couplings,
                                 std::vector<double> externalField)
    : m_stored(std::move(stored)), m_externalField(std::move(externalField)),
      m_state(static_cast<std::size_t>(m_stored.neurons()), Spin{1}),
      m_order(static_cast<std::size_t>(m_stored.neurons())),
      m_couplings(DenseCouplings(std::move(couplings), m_stored))
{
    finishConstruction();
}

void HopfieldNetwork::finishConstruction()
{
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_stored.neurons() <= 0)
        throw std::invalid_argument("a network needs at least one neuron");
    if (!m_externalField.empty() && m_externalField.size() != m_state.size())
        throw std::invalid_argument("external field of " + std::to_string(m_externalField.size()) +
                                    " values for " + std::to_string(m_state.size()) + " neurons");
    for (double h : m_externalField)
        if (!std::isfinite(h))
            throw std::invalid_argument("the external field holds a NaN or an infinity");
    setState(m_state);
}

CouplingForm HopfieldNetwork::form() const noexcept
{
    return std::holds_alternative<OverlapCouplings>(m_couplings) ? CouplingForm::Overlap
                                                                 : CouplingForm::Dense;
}

void HopfieldNetwork::setState(std::span<const Spin> spins)
{
    if (spins.size() != m_state.size())
        throw std::invalid_argument("a state of " + std::to_string(spins.size()) +
                                    " spins for a network of " + std::to_string(m_state.size()) +
                                    " neurons");
    for (Spin s : spins)
        if (s != 1 && s != -1)
            throw std::invalid_argument("a spin must be +1 or -1, got " + std::to_string(s));
    if (spins.data() != m_state.data())
        std::copy(spins.begin(), spins.end(), m_state.begin());
    std::visit([this](auto& couplings) { couplings.reset(m_state); }, m_couplings);
}

Pattern HopfieldNetwork::statePattern() const
{
    return Pattern(m_stored.width(), m_stored.height(), m_state, "state");
}

double HopfieldNetwork::localField(int i) const
{
    const double external =
        m_externalField.empty() ? 0.0 : m_externalField[static_cast<std::size_t>(i)];
    return std::visit([&](const auto& couplings) { return couplings.field(i, m_state); },
                      m_couplings) +
           external;
}

bool HopfieldNetwork::updateSpin(int i, double temperature, Rng& rng)
{
    if (i < 0 || i >= neurons())
        throw std::out_of_range("neuron " + std::to_string(i) + " of " + std::to_string(neurons()));
    checkTemperature(temperature);
    auto& spin = m_state[static_cast<std::size_t>(i)];
    const Spin next = glauberSpin(localField(i), temperature, spin, rng);
    if (next == spin)
        return false;
    spin = next;
    std::visit([&](auto& couplings) { couplings.onFlip(i, next); }, m_couplings);
    return true;
}

int HopfieldNetwork::sweep(UpdateMode mode, double temperature, Rng& rng)
{
    checkTemperature(temperature);
    const bool hasField = !m_externalField.empty();
    return std::visit(
        [&](auto& couplings) {
            int flips = 0;
            if (mode == UpdateMode::Synchronous) {
                std::vector<double> fields(m_state.size());
                couplings.fields(m_state, fields);
                for (std::size_t i = 0; i < m_state.size(); ++i) {
                    const double h = fields[i] + (hasField ? m_externalField[i] : 0.0);
                    const Spin next = glauberSpin(h, temperature, m_state[i], rng);
                    flips += next != m_state[i];
                    m_state[i] = next;
                }
                couplings.reset(m_state);
                return flips;
            }
            if (mode == UpdateMode::RandomAsync)
                rng.shuffle(std::span<int>(m_order));
            else
                std::iota(m_order.begin(), m_order.end(), 0);
            const std::size_t count = m_order.size();
            for (std::size_t k = 0; k < count; ++k) {
                const int i = m_order[k];
                if (k + 1 < count)
                    couplings.prefetch(m_order[k + 1]);
                const auto index = static_cast<std::size_t>(i);
                const double h =
                    couplings.field(i, m_state) + (hasField ? m_externalField[index] : 0.0);
                const Spin next = glauberSpin(h, temperature, m_state[index], rng);
                if (next != m_state[index]) {
                    m_state[index] = next;
                    couplings.onFlip(i, next);
                    ++flips;
                }
            }
            return flips;
        },
        m_couplings);
}

double HopfieldNetwork::energy() const
{
    double external = 0.0;
    for (std::size_t i = 0; i < m_externalField.size(); ++i)
        external += m_externalField[i] * m_state[i];
    return std::visit([](const auto& couplings) { return couplings.pairEnergy(); }, m_couplings) -
           external;
}

std::vector<double> HopfieldNetwork::overlaps() const
{
    return std::visit([](const auto& couplings) { return couplings.overlaps(); }, m_couplings);
}

} // namespace hopfield
