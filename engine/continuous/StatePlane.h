#pragma once
// A plane through the state space, u = origin + a d1 + b d2, on which the phase portrait of
// an N-neuron model is drawn (for N = 2 the coordinate plane is the whole state space).
// The field is projected onto the plane by least squares: its coordinates (a', b') solve
// D^T D (a', b') = D^T X with D = [d1 d2], which for orthonormal directions is (d1.X, d2.X)
// and for N = 2 with the unit directions is exactly (X_1, X_2).
#include "analysis/ContourLines.h"
#include "continuous/ContinuousModel.h"

#include <Eigen/Core>
#include <vector>

namespace hopfield {

/// The rectangle [aMin, aMax] x [bMin, bMax] of plane coordinates shown in a plot.
struct PlaneWindow {
    double aMin = -1.5;
    double aMax = 1.5;
    double bMin = -1.5;
    double bMax = 1.5;
};

class StatePlane {
public:
    /// Throws std::invalid_argument for sizes that differ, non-finite entries or directions
    /// that do not span a plane.
    StatePlane(Eigen::VectorXd origin, Eigen::VectorXd first, Eigen::VectorXd second);
    /// Origin 0 and the unit directions e_i, e_j of R^n.
    static StatePlane coordinatePlane(int n, int i = 0, int j = 1);

    int dimension() const { return static_cast<int>(m_origin.size()); }
    const Eigen::VectorXd& origin() const { return m_origin; }
    const Eigen::VectorXd& first() const { return m_first; }
    const Eigen::VectorXd& second() const { return m_second; }

    /// origin + a first + b second.
    Eigen::VectorXd point(double a, double b) const;
    /// The plane coordinates of the point of the plane nearest to u.
    Eigen::Vector2d coordinates(const Eigen::VectorXd& u) const;
    /// The plane coordinates of a vector (e.g. the field) by the same least squares.
    Eigen::Vector2d projectVector(const Eigen::VectorXd& v) const;
    /// The field at point(a, b) projected onto the plane.
    Eigen::Vector2d projectedField(const ContinuousModel& model, double a, double b) const;

private:
    Eigen::VectorXd m_origin;
    Eigen::VectorXd m_first;
    Eigen::VectorXd m_second;
    Eigen::Matrix2d m_gramInverse;
};

/// Nullclines on a plane: where the projected field's first (resp. second) coordinate
/// vanishes; for N = 2 on the coordinate plane, X_1 = 0 and X_2 = 0.
struct Nullclines {
    std::vector<ContourPolyline> first;
    std::vector<ContourPolyline> second;
};

/// Traced with ContourLines on an nx by ny grid over the window (nx, ny >= 2).
Nullclines nullclines(const ContinuousModel& model, const StatePlane& plane,
                      const PlaneWindow& window, int nx, int ny);

/// model.energy at the points of the plane, sampled over the window (for heat maps and
/// contourLines()); NaN everywhere for a model without energy.
ContourGrid energyGrid(const ContinuousModel& model, const StatePlane& plane,
                       const PlaneWindow& window, int nx, int ny);

/// A perAxis x perAxis grid of points of the plane covering the window (corners included):
/// starts for findFixedPoints().  perAxis >= 1 (1 gives the window's centre).
std::vector<Eigen::VectorXd> gridStarts(const StatePlane& plane, const PlaneWindow& window,
                                        int perAxis);

} // namespace hopfield
