#include "analysis/MixtureStability.h"

#include "analysis/MeanFieldFreeEnergy.h"
#include "core/Eigenvalues.h"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace hopfield {

namespace {

void checkOrder(int order, int smallest)
{
    if (order < smallest || order > MeanFieldFreeEnergy::kMaxPatterns || order % 2 == 0)
        throw std::invalid_argument(
            "mixture order must be odd and in [" + std::to_string(smallest) + ", " +
            std::to_string(MeanFieldFreeEnergy::kMaxPatterns) + "], got " + std::to_string(order));
}

/// P(xi_1 + ... + xi_n = n - 2j) = C(n, j) / 2^n for the n pattern signs.
std::vector<double> binomialWeights(int order)
{
    std::vector<double> weights(static_cast<std::size_t>(order) + 1);
    double c = 1.0;
    for (int j = 0; j <= order; ++j) {
        weights[static_cast<std::size_t>(j)] = c / std::ldexp(1.0, order);
        c = c * (order - j) / (j + 1);
    }
    return weights;
}

/// g(m) = m - (1/n) < z tanh(beta m z) >_z with z = xi_1 + ... + xi_n: by symmetry
/// < xi_1 tanh(beta m z) > = < z tanh(beta m z) > / n.  At T = 0 tanh -> sign.
double selfConsistencyResidual(double m, int order, double temperature,
                               const std::vector<double>& weights)
{
    double average = 0.0;
    for (int j = 0; j <= order; ++j) {
        const double z = order - 2.0 * j;
        const double response = temperature == 0.0 ? (z > 0 ? 1.0 : (z < 0 ? -1.0 : 0.0))
                                                   : std::tanh(m * z / temperature);
        average += weights[static_cast<std::size_t>(j)] * z * response;
    }
    return m - average / order;
}

} // namespace

MixtureState symmetricMixture(int order, double temperature)
{
    checkOrder(order, 1);
    if (!std::isfinite(temperature) || temperature < 0.0 || temperature > 10.0)
        throw std::invalid_argument("symmetricMixture: temperature must be in [0, 10], got " +
                                    std::to_string(temperature));
    MixtureState state;
    state.order = order;
    state.temperature = temperature;

    // g(0) = 0, g'(0) = 1 - beta < 0 for T < 1, and g(1) > 0 since |tanh| < 1: a nonzero
    // root lies in (0, 1] exactly when g is negative just above 0; bisect for it.
    const std::vector<double> weights = binomialWeights(order);
    constexpr double kSmallOverlap = 1e-9;
    double low = kSmallOverlap;
    double high = 1.0;
    if (selfConsistencyResidual(low, order, temperature, weights) < 0.0) {
        for (int i = 0; i < 200 && high - low > 1e-15; ++i) {
            const double mid = 0.5 * (low + high);
            (selfConsistencyResidual(mid, order, temperature, weights) < 0.0 ? low : high) = mid;
        }
        state.overlap = 0.5 * (low + high);
    }

    const MeanFieldFreeEnergy f(order, temperature);
    const Eigen::VectorXd m = Eigen::VectorXd::Constant(order, state.overlap);
    state.freeEnergy = f.value(m);
    state.lowestCurvature = symmetricEigen(f.hessian(m)).values.minCoeff();
    state.stable = state.overlap > 0.0 && state.lowestCurvature > 0.0;

    // The eigenspaces need one pattern outside the mixture (m_{n+1} = 0); by the symmetry
    // of the mixture each test direction below is an eigenvector, so v^T H v is its
    // eigenvalue.  n = kMaxPatterns leaves no room: III is then not computed (NaN).
    const bool roomOutside = order < MeanFieldFreeEnergy::kMaxPatterns;
    const int dimension = roomOutside ? order + 1 : order;
    const MeanFieldFreeEnergy wider(dimension, temperature);
    Eigen::VectorXd widerOverlaps = Eigen::VectorXd::Zero(dimension);
    widerOverlaps.head(order).setConstant(state.overlap);
    const Eigen::MatrixXd hessian = wider.hessian(widerOverlaps);
    Eigen::VectorXd symmetric = Eigen::VectorXd::Zero(dimension);
    symmetric.head(order).setConstant(1.0 / std::sqrt(static_cast<double>(order)));
    state.curvatureSymmetric = symmetric.dot(hessian * symmetric);
    if (order > 1) {
        Eigen::VectorXd internal = Eigen::VectorXd::Zero(dimension);
        internal(0) = std::sqrt(0.5);
        internal(1) = -std::sqrt(0.5);
        state.curvatureInternal = internal.dot(hessian * internal);
    }
    state.curvatureExternal =
        roomOutside ? hessian(order, order) : std::numeric_limits<double>::quiet_NaN();
    return state;
}

double mixtureStabilityTemperature(int order)
{
    checkOrder(order, 3);
    // Stable at T = 0 (the Hessian is the identity: n odd, so m . xi never vanishes);
    // step up in T until stability is lost (it is lost well before T = 1, where m_n -> 0).
    constexpr double kScanStep = 0.01;
    double stableBelow = 0.0;
    double unstableAt = kScanStep;
    while (symmetricMixture(order, unstableAt).stable) {
        stableBelow = unstableAt;
        unstableAt += kScanStep; // ends by T = 1 at the latest, where m_n = 0 is not stable
    }
    while (unstableAt - stableBelow > 1e-6) {
        const double mid = 0.5 * (stableBelow + unstableAt);
        (symmetricMixture(order, mid).stable ? stableBelow : unstableAt) = mid;
    }
    return 0.5 * (stableBelow + unstableAt);
}

std::vector<MixtureState> mixtureCurvatureCurve(int order, const std::vector<double>& temperatures)
{
    std::vector<MixtureState> curve;
    curve.reserve(temperatures.size());
    for (const double temperature : temperatures)
        curve.push_back(symmetricMixture(order, temperature));
    return curve;
}

} // namespace hopfield
