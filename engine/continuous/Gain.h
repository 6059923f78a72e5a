#pragma once
// The neuron's transfer function V = g(u) of the continuous models (SCIENCE.md section 6),
// with what the energies and Jacobians need: the slope g'(u), the inverse g^{-1}(V), and
// the integral of the inverse that appears in Hopfield's 1984 energy
//   E(V) = -1/2 V^T T V - I^T V + sum_i int_{g(0)}^{V_i} g^{-1}(x) dx.
// The integral starts at g(0) rather than 0 so that it stays finite for every kind (for
// tanh, g(0) = 0 and it is exactly the textbook term); the energy only shifts by a constant.
#include <string>
#include <string_view>

namespace hopfield {

enum class GainKind {
    Tanh,     // g(u) = tanh(beta u), values in (-1, 1)
    Logistic, // g(u) = 1 / (1 + exp(-beta u)), values in (0, 1)
    Arctan,   // g(u) = 1/2 + arctan(beta u) / pi, values in (0, 1): the seed authors' choice
};

struct Gain {
    GainKind kind = GainKind::Tanh;
    double beta = 1.0; // steepness; must be positive

    double value(double u) const;
    double slope(double u) const;
    // g^{-1}(v); v must lie strictly inside (lowest(), highest()).
    double inverse(double v) const;
    // int_{g(0)}^{v} g^{-1}(x) dx >= 0; +infinity at the ends of the range.
    double inverseIntegral(double v) const;
    // The same integral at v = g(u), written in u so that it stays exact where g(u) rounds
    // to the end of the range (tanh(20) == 1.0 in double): substituting x = g(y),
    //   int_{g(0)}^{g(u)} g^{-1}(x) dx = int_0^u y g'(y) dy = u (g(u) - g(0)) - int_0^u (g - g(0)).
    double inverseIntegralAtPotential(double u) const;
    // Throws std::invalid_argument unless beta is positive and finite.
    void validate() const;
    double lowest() const;
    double highest() const;
};

// "tanh", "logistic", "arctan"; throws std::invalid_argument naming the choices.
GainKind gainKindFromName(std::string_view name);
std::string gainKindName(GainKind kind);

} // namespace hopfield
