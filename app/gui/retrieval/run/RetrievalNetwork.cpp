#include "gui/retrieval/run/RetrievalNetwork.h"

#include <stdexcept>

namespace hopfield::app {

int RetrievalNetwork::neurons() const
{
    return std::visit([](const auto& network) { return network.neurons(); }, m_network);
}

const PatternSet& RetrievalNetwork::patterns() const
{
    return std::visit([](const auto& network) -> const PatternSet& { return network.patterns(); },
                      m_network);
}

void RetrievalNetwork::setState(std::span<const Spin> spins)
{
    std::visit([spins](auto& network) { network.setState(spins); }, m_network);
}

std::span<const Spin> RetrievalNetwork::state() const
{
    return std::visit([](const auto& network) { return network.state(); }, m_network);
}

Pattern RetrievalNetwork::statePattern() const
{
    return std::visit([](const auto& network) { return network.statePattern(); }, m_network);
}

bool RetrievalNetwork::updateSpin(int i, double temperature, Rng& rng)
{
    if (auto* dense = std::get_if<DenseAssociativeMemory>(&m_network))
        return dense->updateSpin(i);
    return std::get<HopfieldNetwork>(m_network).updateSpin(i, temperature, rng);
}

int RetrievalNetwork::synchronousStep(double temperature, Rng& rng)
{
    if (isDenseMemory())
        throw std::logic_error("the dense memory has no synchronous step");
    return std::get<HopfieldNetwork>(m_network).sweep(UpdateMode::Synchronous, temperature, rng);
}

double RetrievalNetwork::energy() const
{
    return std::visit([](const auto& network) { return network.energy(); }, m_network);
}

std::vector<double> RetrievalNetwork::overlaps() const
{
    return std::visit([](const auto& network) { return network.overlaps(); }, m_network);
}

} // namespace hopfield::app
