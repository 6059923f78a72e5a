#pragma once

#include "discrete/HopfieldNetwork.h"
#include "discrete/SingleUnitModel.h"
#include "discrete/UpdateMode.h"

namespace hopfield {

/// The existing HopfieldNetwork seen through the one model interface: it adds the update
/// mode and the temperature that HopfieldNetwork::sweep() takes per call, so a view can
/// step it like any other model.  The network itself is unchanged and stays reachable.
class HopfieldModel final : public SingleUnitModel {
public:
    /// temperature >= 0 and finite, else std::invalid_argument.
    HopfieldModel(HopfieldNetwork network, UpdateMode mode = UpdateMode::RandomAsync,
                  double temperature = 0.0);

    int units() const override { return m_network.neurons(); }
    std::span<const Spin> state() const override { return m_network.state(); }
    void setState(std::span<const Spin> spins) override { m_network.setState(spins); }
    /// `sweeps` calls of HopfieldNetwork::sweep(mode, T, rng); returns the total flips.
    int step(int sweeps, Rng& rng) override;
    double energy() const override { return m_network.energy(); }
    std::vector<double> overlaps() const override { return m_network.overlaps(); }
    /// HopfieldNetwork::updateSpin(i, T, rng).
    bool updateUnit(int i, Rng& rng) override
    {
        return m_network.updateSpin(i, m_temperature, rng);
    }
    const PatternSet& patterns() const override { return m_network.patterns(); }

    double temperature() const noexcept { return m_temperature; }
    /// T >= 0 and finite, else std::invalid_argument.
    void setTemperature(double temperature) override;
    UpdateMode mode() const noexcept { return m_mode; }
    void setMode(UpdateMode mode) noexcept { m_mode = mode; }
    const HopfieldNetwork& network() const noexcept { return m_network; }
    HopfieldNetwork& network() noexcept { return m_network; }

private:
    HopfieldNetwork m_network;
    UpdateMode m_mode;
    double m_temperature = 0.0;
};

} // namespace hopfield
