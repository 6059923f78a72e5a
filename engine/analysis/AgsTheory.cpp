#include "analysis/AgsTheory.h"

#include "analysis/GaussianAverage.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

namespace hopfield {

namespace {

constexpr double kResidualTolerance = 1e-12;
constexpr double kSmallestRetrievalOverlap = 0.01;

void checkRange(const char* function, const char* name, double value, double low, double high)
{
    if (!std::isfinite(value) || value < low || value > high)
        throw std::invalid_argument(std::string(function) + ": " + name + " must be in [" +
                                    std::to_string(low) + ", " + std::to_string(high) + "], got " +
                                    std::to_string(value));
}

/// The Gaussian averages over u = m + sigma z at T > 0: < tanh(beta u) >,
/// beta < sech^2(beta u) > (= C at a solution) and < T ln 2cosh(beta u) >.
struct Averages {
    double response = 0.0;
    double susceptibility = 0.0;
    double logCosh = 0.0;
};

Averages averagesAt(double m, double sigma, double temperature)
{
    const double beta = 1.0 / temperature;
    const auto accumulate = [&](Averages& sum, double u, double weight) {
        // All three from one e^{-2 beta |u|} - 1 (no overflow, no cancellation; the
        // integrand's exp, tanh and log were most of the phase diagram's time):
        // tanh = -d / (2 + d), sech^2 = 4 (1 + d) / (2 + d)^2 and
        // T ln 2cosh(beta u) = |u| + T ln(2 + d).
        const double d = std::expm1(-2.0 * beta * std::abs(u));
        const double magnitude = -d / (2.0 + d);
        sum.response += weight * (u < 0.0 ? -magnitude : magnitude);
        sum.susceptibility += weight * beta * 4.0 * (1.0 + d) / ((2.0 + d) * (2.0 + d));
        sum.logCosh += weight * (std::abs(u) + temperature * std::log(2.0 + d));
    };
    Averages sum;
    if (sigma == 0.0) {
        accumulate(sum, m, 1.0);
        return sum;
    }
    const GaussianAverage average(-m / sigma, temperature / sigma);
    const auto nodes = average.nodes();
    const auto weights = average.weights();
    for (std::size_t k = 0; k < nodes.size(); ++k)
        accumulate(sum, m + sigma * nodes[k], weights[k]);
    return sum;
}

/// The largest C allowed: C < 1 keeps r finite, C <= 1/T keeps q = 1 - T C >= 0.
double susceptibilityBound(double temperature)
{
    return temperature > 1.0 ? 1.0 / temperature : 1.0;
}

/// sqrt(alpha r) with q = 1 - T C and r = q / (1 - C)^2.
double noiseWidth(double alpha, double temperature, double susceptibility)
{
    const double q = std::max(0.0, 1.0 - temperature * susceptibility);
    return std::sqrt(alpha * q) / (1.0 - susceptibility);
}

/// AGS 1987 free energy (see AgsTheory.h) written with C = beta (1 - q), so that every
/// term has a finite T -> 0 limit; logCosh = < T ln 2cosh(beta u) >.
AgsState makeState(double alpha, double temperature, double m, double susceptibility,
                   double logCosh)
{
    AgsState state;
    state.alpha = alpha;
    state.temperature = temperature;
    state.overlap = m;
    state.susceptibility = susceptibility;
    state.glassOrder = std::max(0.0, 1.0 - temperature * susceptibility);
    const double q = state.glassOrder;
    const double gap = 1.0 - susceptibility;
    state.noise = q / (gap * gap);
    const double entropic = temperature == 0.0 ? 0.0 : 0.5 * alpha * temperature * std::log(gap);
    state.freeEnergy = 0.5 * alpha + 0.5 * m * m + entropic - 0.5 * alpha * q / gap +
                       0.5 * alpha * state.noise * susceptibility - logCosh;
    return state;
}

/// Residual of the RS equations in the variables (m, C) at T > 0.
std::array<double, 2> residual(double alpha, double temperature, double m, double susceptibility)
{
    const double sigma = noiseWidth(alpha, temperature, susceptibility);
    const Averages a = averagesAt(m, sigma, temperature);
    return {m - a.response, susceptibility - a.susceptibility};
}

bool insideDomain(double temperature, double m, double susceptibility)
{
    return m > 0.0 && m <= 1.0 && susceptibility >= 0.0 &&
           susceptibility < susceptibilityBound(temperature);
}

/// Damped Newton on the (m, C) equations, Jacobian by central differences.
std::optional<AgsState> newtonRetrieval(double alpha, double temperature, double m,
                                        double susceptibility)
{
    constexpr int kMaxIterations = 100;
    constexpr double kDifference = 1e-7;
    if (!insideDomain(temperature, m, susceptibility))
        return std::nullopt;
    auto r = residual(alpha, temperature, m, susceptibility);
    for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
        const double norm = std::max(std::abs(r[0]), std::abs(r[1]));
        if (!std::isfinite(norm))
            return std::nullopt;
        if (norm < kResidualTolerance) {
            if (m < kSmallestRetrievalOverlap)
                return std::nullopt;
            const double sigma = noiseWidth(alpha, temperature, susceptibility);
            return makeState(alpha, temperature, m, susceptibility,
                             averagesAt(m, sigma, temperature).logCosh);
        }
        const double hm = std::min(kDifference, 0.5 * m);
        const double hc =
            std::min(kDifference, 0.5 * (susceptibilityBound(temperature) - susceptibility));
        const auto rmPlus = residual(alpha, temperature, m + hm, susceptibility);
        const auto rmMinus = residual(alpha, temperature, m - hm, susceptibility);
        const double cLow = std::max(0.0, susceptibility - hc);
        const auto rcPlus = residual(alpha, temperature, m, susceptibility + hc);
        const auto rcMinus = residual(alpha, temperature, m, cLow);
        const double a = (rmPlus[0] - rmMinus[0]) / (2 * hm);
        const double b = (rcPlus[0] - rcMinus[0]) / (susceptibility + hc - cLow);
        const double c = (rmPlus[1] - rmMinus[1]) / (2 * hm);
        const double d = (rcPlus[1] - rcMinus[1]) / (susceptibility + hc - cLow);
        const double determinant = a * d - b * c;
        if (determinant == 0.0 || !std::isfinite(determinant))
            return std::nullopt;
        const double dm = -(d * r[0] - b * r[1]) / determinant;
        const double dc = -(a * r[1] - c * r[0]) / determinant;
        // Backtracking: halve the step until it stays in the domain and lowers |R|.
        bool accepted = false;
        for (double lambda = 1.0; lambda > 1e-6 && !accepted; lambda *= 0.5) {
            const double mNext = m + lambda * dm;
            const double cNext = susceptibility + lambda * dc;
            if (!insideDomain(temperature, mNext, cNext))
                continue;
            const auto rNext = residual(alpha, temperature, mNext, cNext);
            if (std::max(std::abs(rNext[0]), std::abs(rNext[1])) < norm) {
                m = mNext;
                susceptibility = cNext;
                r = rNext;
                accepted = true;
            }
        }
        if (!accepted)
            return std::nullopt;
    }
    return std::nullopt;
}

/// y > y* with alpha(y) = alpha (the retrieval branch, m = erf(y) near 1), by bisection:
/// alpha(y) falls from alpha_c at y* towards 0 like 1/(2 y^2).
double zeroTemperatureY(double alpha, double yAtAlphaC)
{
    double low = yAtAlphaC;
    double high = std::max(2.0 * yAtAlphaC, 1.0 / std::sqrt(alpha)); // alpha(high) < alpha/2
    for (int i = 0; i < 200 && high - low > 1e-15 * high; ++i) {
        const double mid = 0.5 * (low + high);
        (agsZeroTemperatureLoad(mid) > alpha ? low : high) = mid;
    }
    return 0.5 * (low + high);
}

/// T = 0 retrieval (AGS 1987 section 4): m = erf(y), sqrt(2 alpha r) = erf(y)/y,
/// C = sqrt(2/pi) exp(-y^2) / sqrt(alpha r), and < |m + sqrt(alpha r) z| > =
/// m erf(y) + sqrt(alpha r) sqrt(2/pi) exp(-y^2), which reduces f to
/// E/N = (alpha - m^2 - alpha r) / 2.
std::optional<AgsState> zeroTemperatureRetrieval(double alpha)
{
    if (alpha == 0.0)
        return makeState(0.0, 0.0, 1.0, 0.0, 1.0);
    const AgsCapacity capacity = agsZeroTemperatureCapacity();
    if (alpha > capacity.alphaC)
        return std::nullopt;
    const double y = zeroTemperatureY(alpha, capacity.yAtAlphaC);
    const double m = std::erf(y);
    const double sigma = m / (y * std::numbers::sqrt2);
    const double gaussianTail = std::sqrt(2.0 / std::numbers::pi) * std::exp(-y * y);
    return makeState(alpha, 0.0, m, gaussianTail / sigma, m * m + sigma * gaussianTail);
}

/// The start of a retrieval branch at T > 0: m = tanh(m / T) (alpha -> 0), C = beta (1 - m^2).
std::optional<AgsState> lowLoadRetrieval(double alpha, double temperature)
{
    if (temperature >= 1.0)
        return std::nullopt;
    double m = 1.0;
    for (int i = 0; i < 100000; ++i) {
        const double next = std::tanh(m / temperature);
        if (std::abs(next - m) < 1e-15)
            break;
        m = next;
    }
    return newtonRetrieval(alpha, temperature, m, (1.0 - m * m) / temperature);
}

} // namespace

double agsZeroTemperatureLoad(double y)
{
    if (!(y > 0.0) || !std::isfinite(y))
        throw std::invalid_argument("agsZeroTemperatureLoad: y must be finite and > 0");
    const double bracket = std::erf(y) / y - 2.0 / std::sqrt(std::numbers::pi) * std::exp(-y * y);
    return 0.5 * bracket * bracket;
}

AgsCapacity agsZeroTemperatureCapacity()
{
    // Golden-section search for the maximum of alpha(y); it is unimodal on [1, 2].
    static const AgsCapacity capacity = [] {
        const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
        double low = 1.0;
        double high = 2.0;
        while (high - low > 1e-12) {
            const double left = high - ratio * (high - low);
            const double right = low + ratio * (high - low);
            if (agsZeroTemperatureLoad(left) > agsZeroTemperatureLoad(right))
                high = right;
            else
                low = left;
        }
        const double y = 0.5 * (low + high);
        return AgsCapacity{agsZeroTemperatureLoad(y), y, std::erf(y)};
    }();
    return capacity;
}

double agsGlassTemperature(double alpha)
{
    checkRange("agsGlassTemperature", "alpha", alpha, 0.0, 1.0);
    return 1.0 + std::sqrt(alpha);
}

std::optional<AgsState> agsRetrievalStateFrom(double alpha, double temperature,
                                              const AgsState& start)
{
    checkRange("agsRetrievalStateFrom", "alpha", alpha, 0.0, 1.0);
    checkRange("agsRetrievalStateFrom", "temperature", temperature, 0.0, 1.5);
    if (temperature == 0.0)
        return zeroTemperatureRetrieval(alpha);
    return newtonRetrieval(
        alpha, temperature, start.overlap,
        std::min(start.susceptibility, 0.999 * susceptibilityBound(temperature)));
}

std::optional<AgsState> agsRetrievalState(double alpha, double temperature)
{
    checkRange("agsRetrievalState", "alpha", alpha, 0.0, 1.0);
    checkRange("agsRetrievalState", "temperature", temperature, 0.0, 1.5);
    if (temperature == 0.0)
        return zeroTemperatureRetrieval(alpha);
    std::optional<AgsState> reached;
    followRetrievalBranch(temperature, alpha, [&](const AgsState& state) {
        reached = state;
        return true;
    });
    if (reached && reached->alpha == alpha)
        return reached;
    return std::nullopt;
}

std::optional<AgsState> followRetrievalBranch(double temperature, double alphaEnd,
                                              const std::function<bool(const AgsState&)>& visit)
{
    checkRange("followRetrievalBranch", "temperature", temperature, 0.0, 1.5);
    checkRange("followRetrievalBranch", "alphaEnd", alphaEnd, 0.0, 1.0);
    constexpr double kFirstLoad = 1e-7;
    std::optional<AgsState> current =
        temperature == 0.0 ? zeroTemperatureRetrieval(std::min(kFirstLoad, alphaEnd))
                           : lowLoadRetrieval(std::min(kFirstLoad, alphaEnd), temperature);
    if (!current || !visit(*current))
        return current;
    double step = 1e-6;
    constexpr double kLargestStep = 0.004;
    while (current->alpha < alphaEnd && step > std::max(1e-10, 1e-6 * current->alpha)) {
        const double alpha = std::min(alphaEnd, current->alpha + step);
        const std::optional<AgsState> next = agsRetrievalStateFrom(alpha, temperature, *current);
        if (!next) {
            step *= 0.5;
            continue;
        }
        current = next;
        if (!visit(*current))
            break;
        step = std::min(2.0 * step, kLargestStep);
    }
    return current;
}

AgsState agsSpinGlassState(double alpha, double temperature)
{
    checkRange("agsSpinGlassState", "alpha", alpha, 1e-12, 1.0);
    checkRange("agsSpinGlassState", "temperature", temperature, 0.0, 3.0);
    if (temperature == 0.0) {
        // sqrt(alpha r) = sqrt(alpha) / (1 - C) with C = sqrt(2/pi) / sqrt(alpha r).
        const double sigma = std::sqrt(alpha) + std::sqrt(2.0 / std::numbers::pi);
        return makeState(alpha, 0.0, 0.0, std::sqrt(2.0 / std::numbers::pi) / sigma,
                         sigma * std::sqrt(2.0 / std::numbers::pi));
    }
    if (temperature >= agsGlassTemperature(alpha))
        return makeState(alpha, temperature, 0.0, 1.0 / temperature,
                         temperature * std::numbers::ln2);

    // m = 0: solve C = beta < sech^2(beta sqrt(alpha r) z) > for C in (0, bound).  The
    // residual is negative at C = 0 and positive just below the bound; scan for the sign
    // change on a grid that crowds towards the bound (q -> 0 near T_g), then bisect.
    const double bound = susceptibilityBound(temperature);
    const auto glassResidual = [&](double c) {
        return residual(alpha, temperature, 0.0, c)[1];
    };
    double low = 0.0;
    double high = bound;
    double fraction = 1.0;
    for (int i = 0; i < 90; ++i) {
        fraction *= 0.8;
        const double c = bound * (1.0 - fraction);
        if (glassResidual(c) >= 0.0) {
            high = c;
            break;
        }
        low = c;
    }
    for (int i = 0; i < 200 && high - low > 1e-15; ++i) {
        const double mid = 0.5 * (low + high);
        (glassResidual(mid) < 0.0 ? low : high) = mid;
    }
    const double c = 0.5 * (low + high);
    return makeState(alpha, temperature, 0.0, c,
                     averagesAt(0.0, noiseWidth(alpha, temperature, c), temperature).logCosh);
}

} // namespace hopfield
