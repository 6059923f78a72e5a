#include "continuous/StatePlane.h"

#include <Eigen/LU>
#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {

StatePlane::StatePlane(Eigen::VectorXd origin, Eigen::VectorXd first, Eigen::VectorXd second)
    : m_origin(std::move(origin)), m_first(std::move(first)), m_second(std::move(second))
{
    if (m_origin.size() < 2 || m_first.size() != m_origin.size() ||
        m_second.size() != m_origin.size())
        throw std::invalid_argument("a state plane needs an origin and two directions of the "
                                    "same size >= 2");
    if (!m_origin.allFinite() || !m_first.allFinite() || !m_second.allFinite())
        throw std::invalid_argument("a state plane must be finite");
    Eigen::Matrix2d gram;
    gram << m_first.squaredNorm(), m_first.dot(m_second), m_first.dot(m_second),
        m_second.squaredNorm();
    // |d1|^2 |d2|^2 sin^2(angle): relative to the product, below 1e-12 is "parallel".
    if (!(gram.determinant() > 1e-12 * gram(0, 0) * gram(1, 1)))
        throw std::invalid_argument("the two directions of a state plane must be independent");
    m_gramInverse = gram.inverse();
}

StatePlane StatePlane::coordinatePlane(int n, int i, int j)
{
    if (n < 2 || i < 0 || j < 0 || i >= n || j >= n || i == j)
        throw std::invalid_argument("coordinate plane: need 0 <= i != j < n, n >= 2");
    return StatePlane(Eigen::VectorXd::Zero(n), Eigen::VectorXd::Unit(n, i),
                      Eigen::VectorXd::Unit(n, j));
}

Eigen::VectorXd StatePlane::point(double a, double b) const
{
    return m_origin + a * m_first + b * m_second;
}

Eigen::Vector2d StatePlane::projectVector(const Eigen::VectorXd& v) const
{
    return m_gramInverse * Eigen::Vector2d(m_first.dot(v), m_second.dot(v));
}

Eigen::Vector2d StatePlane::coordinates(const Eigen::VectorXd& u) const
{
    return projectVector(u - m_origin);
}

Eigen::Vector2d StatePlane::projectedField(const ContinuousModel& model, double a, double b) const
{
    return projectVector(model.field(point(a, b)));
}

namespace {

void checkPlaneFits(const ContinuousModel& model, const StatePlane& plane)
{
    if (plane.dimension() != model.size())
        throw std::invalid_argument("the plane lives in R^" + std::to_string(plane.dimension()) +
                                    ", the model has " + std::to_string(model.size()) + " neurons");
}

} // namespace

Nullclines nullclines(const ContinuousModel& model, const StatePlane& plane,
                      const PlaneWindow& window, int nx, int ny)
{
    checkPlaneFits(model, plane);
    // One field evaluation per node serves both nullclines.
    ContourGrid first = sampleGrid(nx, ny, window.aMin, window.aMax, window.bMin, window.bMax,
                                   [](double, double) { return 0.0; });
    ContourGrid second = first;
    for (int iy = 0; iy < ny; ++iy)
        for (int ix = 0; ix < nx; ++ix) {
            const Eigen::Vector2d f = plane.projectedField(model, first.x(ix), first.y(iy));
            const auto index = static_cast<std::size_t>(iy) * nx + ix;
            first.values[index] = f.x();
            second.values[index] = f.y();
        }
    return {contourLines(first, 0.0), contourLines(second, 0.0)};
}

ContourGrid energyGrid(const ContinuousModel& model, const StatePlane& plane,
                       const PlaneWindow& window, int nx, int ny)
{
    checkPlaneFits(model, plane);
    return sampleGrid(nx, ny, window.aMin, window.aMax, window.bMin, window.bMax,
                      [&](double a, double b) { return model.energy(plane.point(a, b)); });
}

std::vector<Eigen::VectorXd> gridStarts(const StatePlane& plane, const PlaneWindow& window,
                                        int perAxis)
{
    if (perAxis < 1 || perAxis > 1000)
        throw std::invalid_argument("starts per axis must lie in [1, 1000] (got " +
                                    std::to_string(perAxis) + ")");
    std::vector<Eigen::VectorXd> starts;
    const auto coordinate = [perAxis](double lo, double hi, int k) {
        return perAxis == 1 ? 0.5 * (lo + hi) : lo + (hi - lo) * k / (perAxis - 1);
    };
    for (int ib = 0; ib < perAxis; ++ib)
        for (int ia = 0; ia < perAxis; ++ia)
            starts.push_back(plane.point(coordinate(window.aMin, window.aMax, ia),
                                         coordinate(window.bMin, window.bMax, ib)));
    return starts;
}

} // namespace hopfield
