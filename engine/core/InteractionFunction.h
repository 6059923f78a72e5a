#pragma once
// The interaction function F of a dense associative memory (Krotov and Hopfield 2016,
// SCIENCE.md section 4), used in the Lagrangian Phi(V) = sum_mu F(xi^mu . V) of the
// continuous Krotov model: F(x) = x^n (n >= 2; n = 2 is Hopfield's quadratic energy) or
// F(x) = exp(x) (Demircigil et al. 2017).  The discrete dense memory
// (discrete/DenseAssociativeMemory) uses the same F on integer overlaps.
#include <string>
#include <string_view>

namespace hopfield {

enum class InteractionKind { Power, Exponential };

struct InteractionFunction {
    InteractionKind kind = InteractionKind::Power;
    int power = 2; // n, for Power only; 2 <= n <= 30

    static InteractionFunction polynomial(int n) { return {InteractionKind::Power, n}; }
    static InteractionFunction exponential() { return {InteractionKind::Exponential, 0}; }

    double value(double x) const;
    double firstDerivative(double x) const;
    double secondDerivative(double x) const;
    double thirdDerivative(double x) const;
    // Throws std::invalid_argument for a power outside [2, 30].
    void validate() const;

    bool operator==(const InteractionFunction&) const = default;
};

// "power" or "exponential"; throws std::invalid_argument naming the choices.
InteractionKind interactionKindFromName(std::string_view name);
std::string interactionKindName(InteractionKind kind);

// The short names of the discrete dense memory's CLI: "2", "3", ... for x^n, "exp" for
// the exponential; throws std::invalid_argument.
InteractionFunction interactionFromName(const std::string& name);
std::string interactionName(const InteractionFunction& function);

} // namespace hopfield
