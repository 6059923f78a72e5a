#include "continuous/FixedPoints.h"

#include "core/Eigenvalues.h"

#include <Eigen/LU>
#include <algorithm>
#include <cmath>

namespace hopfield {

std::string fixedPointKindName(FixedPointKind kind)
{
    switch (kind) {
    case FixedPointKind::Sink:
        return "sink";
    case FixedPointKind::Source:
        return "source";
    case FixedPointKind::Saddle:
        return "saddle";
    case FixedPointKind::StableSpiral:
        return "stable-spiral";
    case FixedPointKind::UnstableSpiral:
        return "unstable-spiral";
    case FixedPointKind::Centre:
        return "centre";
    case FixedPointKind::NonHyperbolic:
        return "non-hyperbolic";
    }
    return "non-hyperbolic";
}

FixedPointKind classifyEigenvalues(const Eigen::VectorXcd& eigenvalues, double tolerance)
{
    const double scale = std::max(1.0, eigenvalues.cwiseAbs().maxCoeff());
    const double zero = tolerance * scale;
    int negative = 0;
    int positive = 0;
    int imaginaryOnly = 0;
    bool complex = false;
    for (const auto& lambda : eigenvalues) {
        const bool oscillates = std::abs(lambda.imag()) > zero;
        complex = complex || oscillates;
        if (lambda.real() < -zero)
            ++negative;
        else if (lambda.real() > zero)
            ++positive;
        else if (oscillates)
            ++imaginaryOnly;
    }
    const auto n = static_cast<int>(eigenvalues.size());
    if (imaginaryOnly == n)
        return FixedPointKind::Centre;
    if (negative + positive < n)
        return FixedPointKind::NonHyperbolic;
    if (negative > 0 && positive > 0)
        return FixedPointKind::Saddle;
    if (negative == n)
        return complex ? FixedPointKind::StableSpiral : FixedPointKind::Sink;
    return complex ? FixedPointKind::UnstableSpiral : FixedPointKind::Source;
}

std::optional<Eigen::VectorXd> newtonRoot(const ContinuousModel& model,
                                          const Eigen::VectorXd& start,
                                          const NewtonSettings& settings)
{
    Eigen::VectorXd u = start;
    Eigen::VectorXd x = model.field(u);
    double residual = x.norm();
    for (int iteration = 0; iteration < settings.maxIterations; ++iteration) {
        if (residual < settings.targetResidual)
            break;
        const Eigen::PartialPivLU<Eigen::MatrixXd> lu(model.jacobian(u));
        if (!(lu.rcond() > 1e-14)) // singular: no Newton direction from here
            return std::nullopt;
        const Eigen::VectorXd step = lu.solve(-x);
        if (!step.allFinite())
            return std::nullopt;
        // Halve the step until |X|^2 drops by the Armijo fraction 1e-4 of the predicted
        // decrease 2 lambda |X|^2.
        double lambda = 1.0;
        bool accepted = false;
        for (int halving = 0; halving < 40 && !accepted; ++halving, lambda *= 0.5) {
            const Eigen::VectorXd trial = u + lambda * step;
            const Eigen::VectorXd trialField = model.field(trial);
            const double trialResidual = trialField.norm();
            if (std::isfinite(trialResidual) &&
                trialResidual * trialResidual <= (1.0 - 2e-4 * lambda) * residual * residual) {
                u = trial;
                x = trialField;
                residual = trialResidual;
                accepted = true;
            }
        }
        if (!accepted || u.cwiseAbs().maxCoeff() > settings.divergenceBound)
            break;
    }
    if (!(residual < settings.acceptResidual))
        return std::nullopt;
    return u;
}

FixedPoint analyseFixedPoint(const ContinuousModel& model, const Eigen::VectorXd& position,
                             double classificationTolerance)
{
    FixedPoint point;
    point.position = position;
    point.residual = model.field(position).norm();
    point.eigenvalues = eigenvaluesOf(model.jacobian(position));
    std::sort(point.eigenvalues.begin(), point.eigenvalues.end(),
              [](const std::complex<double>& a, const std::complex<double>& b) {
                  return a.real() != b.real() ? a.real() < b.real() : a.imag() < b.imag();
              });
    point.kind = classifyEigenvalues(point.eigenvalues, classificationTolerance);
    return point;
}

std::optional<FixedPoint> stableEquilibriumNear(const ContinuousModel& model,
                                                const Eigen::VectorXd& state, double distance)
{
    const auto root = newtonRoot(model, state);
    if (!root || (*root - state).norm() > distance * (1.0 + root->norm()))
        return std::nullopt;
    FixedPoint point = analyseFixedPoint(model, *root);
    if (point.kind != FixedPointKind::Sink && point.kind != FixedPointKind::StableSpiral)
        return std::nullopt;
    return point;
}

std::vector<FixedPoint> findFixedPoints(const ContinuousModel& model,
                                        const std::vector<Eigen::VectorXd>& starts,
                                        const NewtonSettings& settings)
{
    std::vector<Eigen::VectorXd> roots;
    for (const Eigen::VectorXd& start : starts) {
        const auto root = newtonRoot(model, start, settings);
        if (!root)
            continue;
        const bool known = std::any_of(roots.begin(), roots.end(), [&](const auto& r) {
            return (r - *root).norm() <= settings.duplicateDistance * (1.0 + root->norm());
        });
        if (!known)
            roots.push_back(*root);
    }
    std::sort(roots.begin(), roots.end(), [](const auto& a, const auto& b) {
        return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
    });
    std::vector<FixedPoint> points;
    for (const Eigen::VectorXd& root : roots)
        points.push_back(analyseFixedPoint(model, root, settings.classificationTolerance));
    return points;
}

} // namespace hopfield
