#pragma once

#include <span>
#include <vector>

namespace hopfield {

/// Quadrature for the Gaussian averages of the AGS equations,
///   < g(z) >_z = int g(z) exp(-z^2 / 2) / sqrt(2 pi) dz,
/// for integrands like tanh(beta (m + sigma z)) that are smooth except for a step of
/// width w = T / sigma at z0 = -m / sigma.  Plain Gauss-Hermite converges slowly on such a
/// step when T is small (its nodes are ~ 1/sqrt(n) apart, the step is T/sigma wide), so we
/// use composite 16-point Gauss-Legendre on [-9, 9] (the tails beyond weigh 2e-19) with
/// panel edges on the Gaussian's scale (0, +-2, +-4, +-8) and at z0 + {0, +-1, +-3, +-8,
/// +-20} w, so every panel sees either a smooth Gaussian or a resolved piece of the step.
class GaussianAverage {
public:
    /// stepWidth > 0 (infinite allowed: no step); stepCentre finite.
    GaussianAverage(double stepCentre, double stepWidth);

    /// The nodes z_k and weights w_k (the Gaussian density included): < g > ~= sum w_k g(z_k).
    std::span<const double> nodes() const { return m_nodes; }
    std::span<const double> weights() const { return m_weights; }

    template <typename Function> double operator()(Function&& g) const
    {
        double sum = 0.0;
        for (std::size_t k = 0; k < m_nodes.size(); ++k)
            sum += m_weights[k] * g(m_nodes[k]);
        return sum;
    }

private:
    std::vector<double> m_nodes;
    std::vector<double> m_weights;
};

} // namespace hopfield
