#include "discrete/HopfieldModel.h"

#include "discrete/ModelChecks.h"

namespace hopfield {

HopfieldModel::HopfieldModel(HopfieldNetwork network, UpdateMode mode, double temperature)
    : m_network(std::move(network)), m_mode(mode)
{
    setTemperature(temperature);
}

int HopfieldModel::step(int sweeps, Rng& rng)
{
    int flips = 0;
    for (int s = 0; s < sweeps; ++s)
        flips += m_network.sweep(m_mode, m_temperature, rng);
    return flips;
}

void HopfieldModel::setTemperature(double temperature)
{
    requireTemperature(temperature);
    m_temperature = temperature;
}

} // namespace hopfield
