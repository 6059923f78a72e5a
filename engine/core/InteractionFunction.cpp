#include "core/InteractionFunction.h"

#include <cmath>
#include <stdexcept>

namespace hopfield {

namespace {

// d^k/dx^k x^n = n (n-1) ... (n-k+1) x^(n-k), zero once k > n.
double powerDerivative(int n, int k, double x)
{
    if (k > n)
        return 0.0;
    double factor = 1.0;
    for (int i = 0; i < k; ++i)
        factor *= n - i;
    return factor * std::pow(x, n - k);
}

constexpr int kMaxPower = 30; // N^30 stays finite in a double for every N an int holds

} // namespace

double InteractionFunction::value(double x) const
{
    return kind == InteractionKind::Exponential ? std::exp(x) : powerDerivative(power, 0, x);
}

double InteractionFunction::firstDerivative(double x) const
{
    return kind == InteractionKind::Exponential ? std::exp(x) : powerDerivative(power, 1, x);
}

double InteractionFunction::secondDerivative(double x) const
{
    return kind == InteractionKind::Exponential ? std::exp(x) : powerDerivative(power, 2, x);
}

double InteractionFunction::thirdDerivative(double x) const
{
    return kind == InteractionKind::Exponential ? std::exp(x) : powerDerivative(power, 3, x);
}

void InteractionFunction::validate() const
{
    if (kind == InteractionKind::Power && (power < 2 || power > kMaxPower))
        throw std::invalid_argument("interaction power n must lie in [2, 30] (got " +
                                    std::to_string(power) + ")");
}

InteractionKind interactionKindFromName(std::string_view name)
{
    if (name == "power")
        return InteractionKind::Power;
    if (name == "exponential")
        return InteractionKind::Exponential;
    throw std::invalid_argument("unknown interaction function '" + std::string(name) +
                                "' (choose power or exponential)");
}

std::string interactionKindName(InteractionKind kind)
{
    return kind == InteractionKind::Exponential ? "exponential" : "power";
}

InteractionFunction interactionFromName(const std::string& name)
{
    if (name == "exp")
        return InteractionFunction::exponential();
    int order = 0;
    std::size_t used = 0;
    try {
        order = std::stoi(name, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != name.size() || used == 0 || order < 2 || order > kMaxPower)
        throw std::invalid_argument("the interaction order must be a whole number in [2, " +
                                    std::to_string(kMaxPower) + "] or 'exp', got '" + name + "'");
    return InteractionFunction::polynomial(order);
}

std::string interactionName(const InteractionFunction& function)
{
    return function.kind == InteractionKind::Exponential ? std::string("exp")
                                                         : std::to_string(function.power);
}

} // namespace hopfield
