#pragma once

#include "discrete/DenseAssociativeMemory.h"
#include "discrete/HopfieldNetwork.h"

#include <variant>

namespace hopfield::app {

/// The network a retrieval run steps: a Hopfield network with couplings from a learning
/// rule, or a dense associative memory (Krotov and Hopfield 2016), which has no coupling
/// matrix and moves by asynchronous T = 0 updates only.  One interface for RetrievalRun,
/// dispatched once per call.
class RetrievalNetwork {
public:
    explicit RetrievalNetwork(HopfieldNetwork network) : m_network(std::move(network)) {}
    explicit RetrievalNetwork(DenseAssociativeMemory memory) : m_network(std::move(memory)) {}

    /// True for the dense memory: T must stay 0 and updates asynchronous.
    bool isDenseMemory() const noexcept
    {
        return std::holds_alternative<DenseAssociativeMemory>(m_network);
    }
    int neurons() const;
    const PatternSet& patterns() const;
    void setState(std::span<const Spin> spins);
    std::span<const Spin> state() const;
    Pattern statePattern() const;
    /// One update of spin i (Glauber at T; the dense memory's T = 0 rule); true if it flipped.
    bool updateSpin(int i, double temperature, Rng& rng);
    /// One synchronous step of the Hopfield network; the dense memory has none (throws
    /// std::logic_error: RetrievalRun refuses that setup first).
    int synchronousStep(double temperature, Rng& rng);
    double energy() const;
    std::vector<double> overlaps() const;

private:
    std::variant<HopfieldNetwork, DenseAssociativeMemory> m_network;
};

} // namespace hopfield::app
