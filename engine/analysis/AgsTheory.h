#pragma once

#include <functional>
#include <optional>

namespace hopfield {

/// A replica-symmetric state of the Hopfield network with Hebb couplings and no field,
/// in the thermodynamic limit at load alpha = P/N and temperature T = 1/beta (Amit,
/// Gutfreund, Sompolinsky, Ann. Phys. 173, 30 (1987); SCIENCE.md section 1):
///   m = < tanh(beta (m + sqrt(alpha r) z)) >_z,   q = < tanh^2(...) >_z,
///   r = q / (1 - beta (1 - q))^2,
/// and the free energy per neuron
///   f = alpha/2 + m^2/2 + (alpha/2beta) [ln(1 - C) - beta q / (1 - C)]
///       + (alpha beta/2) r (1 - q) - (1/beta) < ln 2cosh beta (m + sqrt(alpha r) z) >_z,
/// with C = beta (1 - q), which stays finite as T -> 0 (then q -> 1 and f -> E/N).
struct AgsState {
    double alpha = 0.0;
    double temperature = 0.0;
    double overlap = 0.0;        ///< m (0 in the spin-glass and paramagnetic states)
    double glassOrder = 0.0;     ///< q
    double noise = 0.0;          ///< r
    double susceptibility = 0.0; ///< C = beta (1 - q)
    double freeEnergy = 0.0;     ///< f per neuron (E/N at T = 0)
};

/// The T = 0 load as a function of y = m / sqrt(2 alpha r) on the retrieval branch (AGS
/// 1987, SCIENCE.md): m = erf(y) and alpha(y) = 1/2 [erf(y)/y - (2/sqrt(pi)) exp(-y^2)]^2.
double agsZeroTemperatureLoad(double y);

/// alpha_c = max_y alpha(y) = 0.137905 at y = 1.5112, m_c = erf(y) = 0.967417.
struct AgsCapacity {
    double alphaC = 0.0;
    double yAtAlphaC = 0.0;
    double overlapAtAlphaC = 0.0;
};
AgsCapacity agsZeroTemperatureCapacity();

/// T_g(alpha) = 1 + sqrt(alpha): below it the spin-glass solution q > 0 exists (AGS 1987).
double agsGlassTemperature(double alpha);

/// The retrieval state (m > 0) at (alpha, T), or nothing when none exists (alpha beyond
/// the T_M line).  T = 0 is solved exactly through y; T > 0 by Newton on (m, C),
/// continued in alpha from alpha = 1e-4 so it stays on the retrieval branch.
/// alpha in [0, 1], T in [0, 1.5]: otherwise std::invalid_argument.
std::optional<AgsState> agsRetrievalState(double alpha, double temperature);

/// Newton on (m, C) from `start` (a retrieval state at a nearby alpha or T); nothing if
/// it does not converge to a state with m > 0.01.
std::optional<AgsState> agsRetrievalStateFrom(double alpha, double temperature,
                                              const AgsState& start);

/// Walks the retrieval branch at fixed T upwards in alpha, from alpha = 1e-7 (or
/// alphaEnd if smaller) to alphaEnd, in adaptive steps (doubled after a success, halved
/// after a failure), calling visit(state) at every point reached; visit returning false
/// stops the walk.  Returns the last state reached: at alphaEnd, or within a relative 1e-6
/// of alpha_M(T), the load where the branch ends; nothing if T >= 1.
std::optional<AgsState> followRetrievalBranch(double temperature, double alphaEnd,
                                              const std::function<bool(const AgsState&)>& visit);

/// The m = 0 state: the spin glass (q > 0) below T_g, the paramagnet (q = 0) above.
/// At T = 0: sqrt(alpha r) = sqrt(alpha) + sqrt(2/pi), E/N = -1/pi - sqrt(2 alpha/pi).
/// alpha in (0, 1], T in [0, 3]: otherwise std::invalid_argument.
AgsState agsSpinGlassState(double alpha, double temperature);

} // namespace hopfield
