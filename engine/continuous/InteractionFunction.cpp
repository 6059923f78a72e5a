#include "continuous/InteractionFunction.h"

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
    if (kind == InteractionKind::Power && (power < 2 || power > 30))
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

} // namespace hopfield
