#include "analysis/MeanFieldFreeEnergy.h"

#include "core/Eigenvalues.h"

#include <Eigen/LU>
#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace hopfield {

namespace {

/// T ln 2cosh(x / T) = |x| + T ln(1 + exp(-2|x| / T)): no overflow as T -> 0, and |x| at T = 0.
double temperatureTimesLog2Cosh(double x, double temperature)
{
    const double magnitude = std::abs(x);
    if (temperature == 0.0)
        return magnitude;
    return magnitude + temperature * std::log1p(std::exp(-2.0 * magnitude / temperature));
}

/// sech^2(y) = 4 e^{-2|y|} / (1 + e^{-2|y|})^2, exact where 1 - tanh^2 would cancel.
double sechSquared(double y)
{
    const double e = std::exp(-2.0 * std::abs(y));
    return 4.0 * e / ((1.0 + e) * (1.0 + e));
}

double signOf(double x)
{
    return x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : 0.0);
}

} // namespace

MeanFieldFreeEnergy::MeanFieldFreeEnergy(int patterns, double temperature)
    : m_patterns(patterns), m_temperature(temperature)
{
    if (patterns < 1 || patterns > kMaxPatterns)
        throw std::invalid_argument("MeanFieldFreeEnergy: patterns must be in [1, " +
                                    std::to_string(kMaxPatterns) + "], got " +
                                    std::to_string(patterns));
    if (!std::isfinite(temperature) || temperature < 0.0)
        throw std::invalid_argument(
            "MeanFieldFreeEnergy: temperature must be finite and >= 0, got " +
            std::to_string(temperature));
    const int count = 1 << patterns;
    m_signVectors.resize(patterns, count);
    for (int c = 0; c < count; ++c)
        for (int mu = 0; mu < patterns; ++mu)
            m_signVectors(mu, c) = ((c >> mu) & 1) != 0 ? -1.0 : 1.0;
    m_weights = Eigen::VectorXd::Constant(count, 1.0 / count);
}

MeanFieldFreeEnergy MeanFieldFreeEnergy::ofPatterns(const Eigen::MatrixXd& sites,
                                                    double temperature)
{
    const auto patterns = static_cast<int>(sites.rows());
    MeanFieldFreeEnergy f(patterns, temperature);
    if (sites.cols() == 0)
        throw std::invalid_argument("MeanFieldFreeEnergy: the stored patterns have no neuron");
    // The sum over N sites depends only on how many sites hold each sign vector: count
    // them into the 2^k columns, then keep the occupied ones.
    Eigen::VectorXd counts = Eigen::VectorXd::Zero(f.m_signVectors.cols());
    for (Eigen::Index i = 0; i < sites.cols(); ++i) {
        int column = 0;
        for (int mu = 0; mu < patterns; ++mu) {
            const double spin = sites(mu, i);
            if (spin != 1.0 && spin != -1.0)
                throw std::invalid_argument("MeanFieldFreeEnergy: a stored pattern holds " +
                                            std::to_string(spin) + " at neuron " +
                                            std::to_string(i + 1) + "; spins are +1 or -1");
            if (spin < 0.0)
                column |= 1 << mu;
        }
        counts(column) += 1.0;
    }
    const auto occupied = static_cast<Eigen::Index>((counts.array() > 0.0).count());
    Eigen::MatrixXd vectors(patterns, occupied);
    Eigen::VectorXd weights(occupied);
    Eigen::Index next = 0;
    for (Eigen::Index c = 0; c < counts.size(); ++c)
        if (counts(c) > 0.0) {
            vectors.col(next) = f.m_signVectors.col(c);
            weights(next++) = counts(c) / static_cast<double>(sites.cols());
        }
    f.m_signVectors = std::move(vectors);
    f.m_weights = std::move(weights);
    return f;
}

void MeanFieldFreeEnergy::checkSize(const Eigen::VectorXd& overlaps) const
{
    if (overlaps.size() != m_patterns)
        throw std::invalid_argument("MeanFieldFreeEnergy: overlaps must have " +
                                    std::to_string(m_patterns) + " entries, got " +
                                    std::to_string(overlaps.size()));
}

double MeanFieldFreeEnergy::value(const Eigen::VectorXd& overlaps) const
{
    checkSize(overlaps);
    const Eigen::VectorXd fields = m_signVectors.transpose() * overlaps; // m . xi for each xi
    double average = 0.0;
    for (Eigen::Index c = 0; c < fields.size(); ++c)
        average += m_weights(c) * temperatureTimesLog2Cosh(fields(c), m_temperature);
    return 0.5 * overlaps.squaredNorm() - average;
}

Eigen::VectorXd MeanFieldFreeEnergy::gradient(const Eigen::VectorXd& overlaps) const
{
    checkSize(overlaps);
    const Eigen::VectorXd fields = m_signVectors.transpose() * overlaps;
    Eigen::VectorXd response(fields.size()); // tanh(beta m . xi), sign(m . xi) at T = 0
    for (Eigen::Index c = 0; c < fields.size(); ++c)
        response(c) =
            m_temperature == 0.0 ? signOf(fields(c)) : std::tanh(fields(c) / m_temperature);
    return overlaps - m_signVectors * m_weights.cwiseProduct(response);
}

Eigen::MatrixXd MeanFieldFreeEnergy::hessian(const Eigen::VectorXd& overlaps) const
{
    checkSize(overlaps);
    const double beta = m_temperature == 0.0 ? kZeroTemperatureBeta : 1.0 / m_temperature;
    const Eigen::VectorXd fields = m_signVectors.transpose() * overlaps;
    Eigen::VectorXd weights(fields.size());
    for (Eigen::Index c = 0; c < fields.size(); ++c)
        weights(c) = beta * sechSquared(beta * fields(c)) * m_weights(c);
    Eigen::MatrixXd result = Eigen::MatrixXd::Identity(m_patterns, m_patterns);
    result.noalias() -= m_signVectors * weights.asDiagonal() * m_signVectors.transpose();
    return result;
}

namespace {

/// Damped Newton on grad f = 0.  At T = 0 the Hessian is the identity almost everywhere,
/// so the step is the fixed-point map m <- < xi sign(m . xi) >.
bool newtonToStationaryPoint(const MeanFieldFreeEnergy& f, Eigen::VectorXd& m,
                             const StationaryPointSearch& search)
{
    constexpr double kMaxStep = 0.5; // keeps Newton inside the basin near indefinite Hessians
    for (int iteration = 0; iteration < search.maxIterations; ++iteration) {
        const Eigen::VectorXd g = f.gradient(m);
        if (g.lpNorm<Eigen::Infinity>() < search.gradientTolerance)
            return true;
        Eigen::VectorXd step;
        if (f.temperature() == 0.0) {
            step = -g;
        } else {
            const Eigen::FullPivLU<Eigen::MatrixXd> lu(f.hessian(m));
            if (!lu.isInvertible())
                return false;
            step = lu.solve(-g);
        }
        const double length = step.norm();
        if (!std::isfinite(length))
            return false;
        if (length > kMaxStep)
            step *= kMaxStep / length;
        m += step;
    }
    return false;
}

/// The pattern mu whose +-xi^mu is the state sgn(m . xi_i) at every site, if one is.
std::optional<int> pureState(const MeanFieldFreeEnergy& f, const Eigen::VectorXd& m)
{
    const Eigen::VectorXd fields = f.signVectors().transpose() * m;
    for (int mu = 0; mu < f.patterns(); ++mu) {
        const double sign = m(mu) > 0.0 ? 1.0 : -1.0;
        const Eigen::ArrayXd aligned =
            fields.array() * sign * f.signVectors().row(mu).transpose().array();
        if ((aligned > 0.0).all())
            return mu;
    }
    return std::nullopt;
}

StationaryPoint describe(const MeanFieldFreeEnergy& f, const Eigen::VectorXd& m,
                         const StationaryPointSearch& search)
{
    StationaryPoint point;
    point.overlaps = m;
    point.freeEnergy = f.value(m);
    point.curvatures = symmetricEigen(f.hessian(m)).values;
    const double lowest = point.curvatures.minCoeff();
    const double highest = point.curvatures.maxCoeff();
    if (point.curvatures.cwiseAbs().minCoeff() < search.flatCurvature)
        point.kind = StationaryKind::Degenerate;
    else if (lowest > 0.0)
        point.kind = StationaryKind::Minimum;
    else if (highest < 0.0)
        point.kind = StationaryKind::Maximum;
    else
        point.kind = StationaryKind::Saddle;

    for (int mu = 0; mu < m.size(); ++mu)
        if (std::abs(m(mu)) > search.zeroOverlap) {
            point.patterns.push_back(mu);
            point.signs.push_back(m(mu) > 0.0 ? 1 : -1);
        }
    if (point.patterns.size() > 1)
        if (const std::optional<int> pure = pureState(f, m)) {
            // Correlated patterns: the state is +-xi^mu itself, its other overlaps are
            // those xi^mu has with the other patterns.
            point.signs = {m(*pure) > 0.0 ? 1 : -1};
            point.patterns = {*pure};
        }
    if (point.patterns.empty())
        point.structure = OverlapStructure::Paramagnet;
    else if (point.patterns.size() > 1)
        point.structure = OverlapStructure::Mixture;
    else
        point.structure =
            point.signs.front() > 0 ? OverlapStructure::Retrieval : OverlapStructure::Reversed;
    return point;
}

} // namespace

std::vector<StationaryPoint> findStationaryPoints(const MeanFieldFreeEnergy& freeEnergy,
                                                  const StationaryPointSearch& search)
{
    const int k = freeEnergy.patterns();
    constexpr long long kMaxStarts = 1000000;
    long long starts = 1;
    for (int mu = 0; mu < k && starts <= kMaxStarts; ++mu)
        starts *= search.startsPerAxis;
    if (search.startsPerAxis < 1 || starts > kMaxStarts)
        throw std::invalid_argument(
            "findStationaryPoints: startsPerAxis must be >= 1 with startsPerAxis^patterns <= "
            "10^6, got " +
            std::to_string(search.startsPerAxis));

    std::vector<Eigen::VectorXd> found;
    for (long long index = 0; index < starts; ++index) {
        Eigen::VectorXd m(k);
        long long rest = index;
        for (int mu = 0; mu < k; ++mu) {
            const int i = static_cast<int>(rest % search.startsPerAxis);
            rest /= search.startsPerAxis;
            m(mu) = search.startsPerAxis == 1
                        ? 0.0
                        : search.startRange * (2.0 * i / (search.startsPerAxis - 1) - 1.0);
        }
        if (!newtonToStationaryPoint(freeEnergy, m, search))
            continue;
        const bool known = std::any_of(found.begin(), found.end(), [&](const Eigen::VectorXd& p) {
            return (p - m).lpNorm<Eigen::Infinity>() < search.duplicateDistance;
        });
        if (!known)
            found.push_back(m);
    }

    std::vector<StationaryPoint> points;
    points.reserve(found.size());
    for (const Eigen::VectorXd& m : found)
        points.push_back(describe(freeEnergy, m, search));
    std::sort(points.begin(), points.end(), [](const StationaryPoint& a, const StationaryPoint& b) {
        if (a.freeEnergy != b.freeEnergy)
            return a.freeEnergy < b.freeEnergy;
        return std::lexicographical_compare(a.overlaps.begin(), a.overlaps.end(),
                                            b.overlaps.begin(), b.overlaps.end());
    });
    return points;
}

std::string stationaryPointName(const StationaryPoint& point, const std::vector<std::string>& names)
{
    const auto nameOf = [&](int mu) {
        return mu < static_cast<int>(names.size()) ? names[static_cast<std::size_t>(mu)]
                                                   : "pattern " + std::to_string(mu + 1);
    };
    switch (point.structure) {
    case OverlapStructure::Paramagnet:
        return "paramagnet (m = 0)";
    case OverlapStructure::Retrieval:
        return "retrieval of " + nameOf(point.patterns.front());
    case OverlapStructure::Reversed:
        return "reversed " + nameOf(point.patterns.front());
    case OverlapStructure::Mixture:
        break;
    }
    std::string text = "mixture of ";
    for (std::size_t i = 0; i < point.patterns.size(); ++i) {
        if (i > 0)
            text += i + 1 == point.patterns.size() ? " and " : ", ";
        if (point.signs[i] < 0)
            text += '-';
        text += nameOf(point.patterns[i]);
    }
    return text;
}

std::string stationaryKindName(StationaryKind kind)
{
    switch (kind) {
    case StationaryKind::Minimum:
        return "minimum";
    case StationaryKind::Saddle:
        return "saddle";
    case StationaryKind::Maximum:
        return "maximum";
    case StationaryKind::Degenerate:
        break;
    }
    return "degenerate";
}

} // namespace hopfield
