#pragma once

#include <vector>

namespace hopfield {

/// The symmetric n-mixture at vanishing load (alpha -> 0): m_mu = m_n for mu = 1..n,
/// solving m_n = < xi_1 tanh(beta m_n (xi_1 + ... + xi_n)) >_xi, and its stability from
/// the Hessian of the mean-field free energy f(m) (MeanFieldFreeEnergy; Amit, Gutfreund,
/// Sompolinsky 1985; SCIENCE.md section 1).  At T = 0, m_n = 2^(1-n) C(n-1, (n-1)/2)
/// and f = E/N = -n m_n^2 / 2.
struct MixtureState {
    int order = 3;                ///< n, odd
    double temperature = 0.0;     ///< T
    double overlap = 0.0;         ///< m_n (0 when only the paramagnet exists, T >= 1)
    double freeEnergy = 0.0;      ///< f per neuron at the mixture (E/N at T = 0)
    double lowestCurvature = 0.0; ///< smallest Hessian eigenvalue at the mixture
    bool stable = false;          ///< m_n > 0 and lowestCurvature > 0
    /// The Hessian's eigenvalues by eigenspace (seed 001; AGS 1985), computed with one
    /// pattern beyond the mixture (m_{n+1} = 0):
    ///   I:   along (1, ..., 1, 0), the mixture's own amplitude;
    ///   II:  the n - 1 directions inside the mixture orthogonal to it (degenerate);
    ///   III: towards a pattern outside the mixture, 1 - beta (1 - q), q = <tanh^2>.
    /// The 3-mixture loses stability where the lowest of them changes sign, T = 0.460.
    double curvatureSymmetric = 0.0; ///< I
    double curvatureInternal = 0.0;  ///< II (0 when n = 1: no such direction)
    double curvatureExternal = 0.0;  ///< III (NaN for n = kMaxPatterns: no pattern outside)
};

/// order odd in [1, MeanFieldFreeEnergy::kMaxPatterns], temperature in [0, 10];
/// otherwise std::invalid_argument naming the parameter.
MixtureState symmetricMixture(int order, double temperature);

/// The temperature below which the symmetric n-mixture is a local minimum of f (n >= 3
/// odd): 0.4598 for n = 3 (AGS 1985 quote 0.461), 0.385 for n = 5, 0.344 for n = 7.
/// Found by scanning T upwards from 0 in steps of 0.01 and bisecting the first loss of
/// stability to 1e-6.
double mixtureStabilityTemperature(int order);

/// symmetricMixture(order, T) for each T, in order: the eigenvalues against T for a chart.
/// Every T in [0, 10]; else std::invalid_argument.
std::vector<MixtureState> mixtureCurvatureCurve(int order, const std::vector<double>& temperatures);

} // namespace hopfield
