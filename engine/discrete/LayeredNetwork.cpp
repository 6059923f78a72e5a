#include "discrete/LayeredNetwork.h"

#include "discrete/Glauber.h"
#include "discrete/ModelChecks.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace hopfield {

LayeredNetwork::LayeredNetwork(PatternSet stored, int layers, double lambda, double field,
                               double temperature)
    : m_stored(std::move(stored)), m_layers(layers), m_lambda(lambda), m_field(field),
      m_temperature(temperature)
{
    if (m_stored.size() < 3)
        throw std::invalid_argument("a layered network splits the 3-mixture: it needs at least "
                                    "3 patterns, got " +
                                    std::to_string(m_stored.size()));
    if (layers < 1)
        throw std::invalid_argument("a layered network needs at least one layer");
    if (!std::isfinite(lambda) || !std::isfinite(field))
        throw std::invalid_argument("lambda and the field H must be finite");
    requireTemperature(temperature);
    const int n = neurons();
    const int p = patternCount();
    m_mixture.resize(static_cast<std::size_t>(n));
    m_patternsByNeuron.resize(static_cast<std::size_t>(n) * p);
    for (int i = 0; i < n; ++i) {
        const int vote = m_stored[0][i] + m_stored[1][i] + m_stored[2][i]; // odd: never 0
        m_mixture[static_cast<std::size_t>(i)] = vote > 0 ? Spin{1} : Spin{-1};
        for (int mu = 0; mu < p; ++mu)
            m_patternsByNeuron[static_cast<std::size_t>(i) * p + mu] = m_stored[mu][i];
    }
    m_state.resize(static_cast<std::size_t>(n) * layers);
    m_overlapSums.resize(static_cast<std::size_t>(layers) * p);
    m_order.resize(static_cast<std::size_t>(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    startInMixture();
}

void LayeredNetwork::setState(std::span<const Spin> spins)
{
    requireSpins(spins, m_state.size());
    m_state.assign(spins.begin(), spins.end());
    const int p = patternCount();
    for (int a = 0; a < m_layers; ++a)
        for (int mu = 0; mu < p; ++mu)
            m_overlapSums[static_cast<std::size_t>(a) * p + mu] =
                overlapSum(m_stored[mu].spins(), layerState(a));
}

void LayeredNetwork::startInMixture()
{
    std::vector<Spin> start;
    for (int a = 0; a < m_layers; ++a)
        start.insert(start.end(), m_mixture.begin(), m_mixture.end());
    setState(start);
}

void LayeredNetwork::setTemperature(double temperature)
{
    requireTemperature(temperature);
    m_temperature = temperature;
}

std::span<const Spin> LayeredNetwork::layerState(int layer) const
{
    if (layer < 0 || layer >= m_layers)
        throw std::out_of_range("no layer " + std::to_string(layer));
    return std::span<const Spin>(m_state).subspan(static_cast<std::size_t>(layer) * neurons(),
                                                  static_cast<std::size_t>(neurons()));
}

void LayeredNetwork::updateNeuron(int layer, int i, Rng& rng, int& flips)
{
    const int p = patternCount();
    const double n = neurons();
    const std::int8_t* xi = &m_patternsByNeuron[static_cast<std::size_t>(i) * p];
    Spin& spin = m_state[static_cast<std::size_t>(layer) * neurons() + i];
    // h^a_i = (1/N) sum_mu xi^mu_i (M^a_mu - lambda sum_{b != a} M^b_mu) - (P/N) s^a_i + H chi_i
    double field = 0.0;
    for (int mu = 0; mu < p; ++mu) {
        double others = 0.0;
        for (int b = 0; b < m_layers; ++b)
            if (b != layer)
                others += m_overlapSums[static_cast<std::size_t>(b) * p + mu];
        field +=
            xi[mu] * (m_overlapSums[static_cast<std::size_t>(layer) * p + mu] - m_lambda * others);
    }
    field = field / n - (p / n) * spin + m_field * m_mixture[static_cast<std::size_t>(i)];
    const Spin next = glauberSpin(field, m_temperature, spin, rng);
    if (next == spin)
        return;
    spin = next;
    ++flips;
    for (int mu = 0; mu < p; ++mu)
        m_overlapSums[static_cast<std::size_t>(layer) * p + mu] += 2 * next * xi[mu];
}

int LayeredNetwork::step(int sweeps, Rng& rng)
{
    int flips = 0;
    for (int s = 0; s < sweeps; ++s)
        for (int a = 0; a < m_layers; ++a) {
            rng.shuffle(std::span<int>(m_order));
            for (const int i : m_order)
                updateNeuron(a, i, rng, flips);
        }
    return flips;
}

double LayeredNetwork::energy() const
{
    // H = -(1/2N) sum_{a,b} g_ab sum_mu M^a_mu M^b_mu + L P / 2 - H_f sum_a chi . s^a, the
    // L P / 2 removing each layer's self-couplings (J^aa_ii = 0), as in the Hopfield energy.
    const int p = patternCount();
    double coupling = 0.0;
    for (int a = 0; a < m_layers; ++a)
        for (int b = 0; b < m_layers; ++b) {
            const double g = a == b ? 1.0 : -m_lambda;
            for (int mu = 0; mu < p; ++mu)
                coupling += g * double(m_overlapSums[static_cast<std::size_t>(a) * p + mu]) *
                            m_overlapSums[static_cast<std::size_t>(b) * p + mu];
        }
    double alignment = 0.0;
    for (int a = 0; a < m_layers; ++a)
        alignment += overlapSum(m_mixture, layerState(a));
    return -coupling / (2.0 * neurons()) + 0.5 * m_layers * p - m_field * alignment;
}

std::vector<double> LayeredNetwork::overlaps() const
{
    std::vector<double> m;
    for (int a = 0; a < m_layers; ++a) {
        const std::vector<double> layer = layerOverlaps(a);
        m.insert(m.end(), layer.begin(), layer.end());
    }
    return m;
}

std::vector<double> LayeredNetwork::layerOverlaps(int layer) const
{
    if (layer < 0 || layer >= m_layers)
        throw std::out_of_range("no layer " + std::to_string(layer));
    const int p = patternCount();
    std::vector<double> m(static_cast<std::size_t>(p));
    for (int mu = 0; mu < p; ++mu)
        m[static_cast<std::size_t>(mu)] =
            static_cast<double>(m_overlapSums[static_cast<std::size_t>(layer) * p + mu]) /
            neurons();
    return m;
}

bool LayeredNetwork::separated() const
{
    std::vector<int> winners;
    for (int a = 0; a < m_layers; ++a) {
        const std::vector<double> m = layerOverlaps(a);
        const auto best = std::max_element(m.begin(), m.end());
        if (*best <= kSeparationThreshold)
            return false;
        const int winner = static_cast<int>(best - m.begin());
        if (std::find(winners.begin(), winners.end(), winner) != winners.end())
            return false;
        winners.push_back(winner);
    }
    return true;
}

} // namespace hopfield
