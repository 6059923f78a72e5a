#include "continuous/Gain.h"

#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

namespace hopfield {

double Gain::value(double u) const
{
    switch (kind) {
    case GainKind::Tanh:
        return std::tanh(beta * u);
    case GainKind::Logistic:
        return 1.0 / (1.0 + std::exp(-beta * u));
    case GainKind::Arctan:
        return 0.5 + std::atan(beta * u) / std::numbers::pi;
    }
    return 0.0;
}

double Gain::slope(double u) const
{
    switch (kind) {
    case GainKind::Tanh: {
        const double t = std::tanh(beta * u);
        return beta * (1.0 - t * t);
    }
    case GainKind::Logistic: {
        const double v = value(u);
        return beta * v * (1.0 - v);
    }
    case GainKind::Arctan:
        return beta / (std::numbers::pi * (1.0 + beta * u * beta * u));
    }
    return 0.0;
}

double Gain::inverse(double v) const
{
    switch (kind) {
    case GainKind::Tanh:
        return std::atanh(v) / beta;
    case GainKind::Logistic:
        return std::log(v / (1.0 - v)) / beta;
    case GainKind::Arctan:
        return std::tan(std::numbers::pi * (v - 0.5)) / beta;
    }
    return 0.0;
}

double Gain::inverseIntegral(double v) const
{
    if (v <= lowest() || v >= highest())
        return std::numeric_limits<double>::infinity();
    switch (kind) {
    case GainKind::Tanh: // int_0^v atanh(x) dx = v atanh(v) + 1/2 ln(1 - v^2)
        return (v * std::atanh(v) + 0.5 * std::log1p(-v * v)) / beta;
    case GainKind::Logistic: // int_{1/2}^v ln(x/(1-x)) dx = v ln v + (1-v) ln(1-v) + ln 2
        return (v * std::log(v) + (1.0 - v) * std::log1p(-v) + std::numbers::ln2) / beta;
    case GainKind::Arctan: // int_{1/2}^v -cot(pi x) dx = -(1/pi) ln sin(pi v)
        return -std::log(std::sin(std::numbers::pi * v)) / (std::numbers::pi * beta);
    }
    return 0.0;
}

namespace {

// ln cosh(x) without overflow: |x| + ln(1 + e^{-2|x|}) - ln 2.
double logCosh(double x)
{
    const double a = std::abs(x);
    return a + std::log1p(std::exp(-2.0 * a)) - std::numbers::ln2;
}

} // namespace

double Gain::inverseIntegralAtPotential(double u) const
{
    const double x = beta * u;
    switch (kind) {
    case GainKind::Tanh: // int_0^u tanh(beta y) dy = ln cosh(beta u) / beta
        return (x * std::tanh(x) - logCosh(x)) / beta;
    case GainKind::Logistic: // g - 1/2 = tanh(beta u / 2) / 2
        return (0.5 * x * std::tanh(0.5 * x) - logCosh(0.5 * x)) / beta;
    case GainKind::Arctan: // u atan(x)/pi - [x atan(x) - ln(1 + x^2)/2] / (pi beta)
        return std::log1p(x * x) / (2.0 * std::numbers::pi * beta);
    }
    return 0.0;
}

void Gain::validate() const
{
    if (!(beta > 0.0) || !std::isfinite(beta))
        throw std::invalid_argument("gain beta must be positive and finite (got " +
                                    std::to_string(beta) + ")");
}

double Gain::lowest() const
{
    return kind == GainKind::Tanh ? -1.0 : 0.0;
}

double Gain::highest() const
{
    return 1.0;
}

GainKind gainKindFromName(std::string_view name)
{
    if (name == "tanh")
        return GainKind::Tanh;
    if (name == "logistic")
        return GainKind::Logistic;
    if (name == "arctan")
        return GainKind::Arctan;
    throw std::invalid_argument("unknown gain '" + std::string(name) +
                                "' (choose tanh, logistic or arctan)");
}

std::string gainKindName(GainKind kind)
{
    switch (kind) {
    case GainKind::Tanh:
        return "tanh";
    case GainKind::Logistic:
        return "logistic";
    case GainKind::Arctan:
        return "arctan";
    }
    return "tanh";
}

} // namespace hopfield
