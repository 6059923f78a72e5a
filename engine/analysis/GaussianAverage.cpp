#include "analysis/GaussianAverage.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace hopfield {

namespace {

constexpr int kLegendreNodes = 16;
constexpr double kCutoff = 9.0; // the Gaussian mass beyond |z| = 9 is 2.3e-19

struct LegendreRule {
    std::array<double, kLegendreNodes> nodes{};
    std::array<double, kLegendreNodes> weights{};
};

/// Gauss-Legendre nodes on [-1, 1]: roots of P_n by Newton from Chebyshev guesses,
/// weights 2 / ((1 - x^2) P_n'(x)^2) (Abramowitz and Stegun 25.4.29).
LegendreRule makeLegendreRule()
{
    LegendreRule rule;
    constexpr int n = kLegendreNodes;
    for (int i = 0; i < n; ++i) {
        double x = std::cos(std::numbers::pi * (i + 0.75) / (n + 0.5));
        double derivative = 0.0;
        for (int iteration = 0; iteration < 100; ++iteration) {
            double previous = 1.0;
            double current = x;
            for (int k = 2; k <= n; ++k) {
                const double next = ((2.0 * k - 1.0) * x * current - (k - 1.0) * previous) / k;
                previous = current;
                current = next;
            }
            derivative = n * (x * current - previous) / (x * x - 1.0);
            const double step = current / derivative;
            x -= step;
            if (std::abs(step) < 1e-16)
                break;
        }
        rule.nodes[static_cast<std::size_t>(i)] = x;
        rule.weights[static_cast<std::size_t>(i)] = 2.0 / ((1.0 - x * x) * derivative * derivative);
    }
    return rule;
}

const LegendreRule& legendreRule()
{
    static const LegendreRule rule = makeLegendreRule();
    return rule;
}

} // namespace

GaussianAverage::GaussianAverage(double stepCentre, double stepWidth)
{
    if (!std::isfinite(stepCentre) || !(stepWidth > 0.0))
        throw std::invalid_argument("GaussianAverage: stepCentre must be finite and stepWidth > 0");
    std::vector<double> edges{-kCutoff, -8.0, -4.0, -2.0, 0.0, 2.0, 4.0, 8.0, kCutoff};
    if (std::isfinite(stepWidth))
        for (const double k : {0.0, 1.0, -1.0, 3.0, -3.0, 8.0, -8.0, 20.0, -20.0}) {
            const double edge = stepCentre + k * stepWidth;
            if (edge > -kCutoff && edge < kCutoff)
                edges.push_back(edge);
        }
    std::sort(edges.begin(), edges.end());
    edges.erase(
        std::unique(edges.begin(), edges.end(), [](double a, double b) { return b - a < 1e-13; }),
        edges.end());

    const LegendreRule& rule = legendreRule();
    const double density = 1.0 / std::sqrt(2.0 * std::numbers::pi);
    m_nodes.reserve((edges.size() - 1) * kLegendreNodes);
    m_weights.reserve(m_nodes.capacity());
    for (std::size_t p = 0; p + 1 < edges.size(); ++p) {
        const double half = 0.5 * (edges[p + 1] - edges[p]);
        const double middle = 0.5 * (edges[p + 1] + edges[p]);
        for (int i = 0; i < kLegendreNodes; ++i) {
            const double z = middle + half * rule.nodes[static_cast<std::size_t>(i)];
            m_nodes.push_back(z);
            m_weights.push_back(half * rule.weights[static_cast<std::size_t>(i)] * density *
                                std::exp(-0.5 * z * z));
        }
    }
}

} // namespace hopfield
