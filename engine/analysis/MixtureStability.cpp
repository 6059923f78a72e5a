#include "analysis/MixtureStability.h"

#include "analysis/MeanFieldFreeEnergy.h"

#include <Eigen/Eigenvalues>
#include <cmath>
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
    state.lowestCurvature =
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>(f.hessian(m), Eigen::EigenvaluesOnly)
            .eigenvalues()
            .minCoeff();
    state.stable = state.overlap > 0.0 && state.lowestCurvature > 0.0;
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

} // namespace hopfield
