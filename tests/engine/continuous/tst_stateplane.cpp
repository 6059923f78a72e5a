#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "continuous/FixedPoints.h"
#include "continuous/OdePresets.h"
#include "continuous/StatePlane.h"

#include <cmath>
#include <stdexcept>

using namespace hopfield;

namespace {

double distanceToPolylines(const Eigen::Vector2d& p, const std::vector<ContourPolyline>& lines)
{
    double best = 1e300;
    for (const ContourPolyline& line : lines)
        for (std::size_t k = 1; k < line.size(); ++k) {
            const Eigen::Vector2d a(line[k - 1].x, line[k - 1].y);
            const Eigen::Vector2d b(line[k].x, line[k].y);
            const Eigen::Vector2d d = b - a;
            const double t =
                d.squaredNorm() > 0 ? std::clamp((p - a).dot(d) / d.squaredNorm(), 0.0, 1.0) : 0;
            best = std::min(best, (a + t * d - p).norm());
        }
    return best;
}

} // namespace

class TestStatePlane : public QObject {
    Q_OBJECT
private slots:
    void coordinatePlaneProjectsToTheFieldItself()
    {
        const auto model = makeModel(odePreset("limit-cycle").model);
        const StatePlane plane = StatePlane::coordinatePlane(2);
        const Eigen::VectorXd x = model->field(Eigen::Vector2d(0.3, -0.7));
        const Eigen::Vector2d projected = plane.projectedField(*model, 0.3, -0.7);
        HL_COMPARE_NEAR(projected[0], x[0], 1e-15);
        HL_COMPARE_NEAR(projected[1], x[1], 1e-15);
    }

    void obliqueCoordinatesAreRecovered()
    {
        // Non-orthogonal directions: least squares must give back the coefficients exactly.
        const StatePlane plane(Eigen::Vector3d(0.1, 0.2, 0.3), Eigen::Vector3d(1, 1, 0),
                               Eigen::Vector3d(1, 0, 1));
        const Eigen::Vector2d c = plane.coordinates(plane.point(0.7, -1.3));
        HL_COMPARE_NEAR(c[0], 0.7, 1e-14);
        HL_COMPARE_NEAR(c[1], -1.3, 1e-14);
        // A vector normal to the plane projects to zero.
        const Eigen::Vector2d n = plane.projectVector(Eigen::Vector3d(1, -1, -1));
        HL_COMPARE_NEAR(n.norm(), 0.0, 1e-15);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 StatePlane(Eigen::Vector3d::Zero(), Eigen::Vector3d(1, 2, 3),
                                            Eigen::Vector3d(2, 4, 6)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StatePlane::coordinatePlane(2, 0, 0));
    }

    void nullclinesPassThroughEveryFixedPoint()
    {
        // On a 201 x 201 grid (spacing h = 0.02), marching squares misplaces a curve by at
        // most ~h^2 max|X''| / (8 |grad X|) ~ 1e-3 here; every equilibrium lies on both
        // nullclines, so within 2e-3 of each.
        const OdePreset preset = odePreset("symmetric-two-neuron");
        const auto model = makeModel(preset.model);
        const Nullclines lines = nullclines(*model, preset.plane, preset.window, 201, 201);
        QVERIFY(!lines.first.empty());
        QVERIFY(!lines.second.empty());
        const auto points = findFixedPoints(*model, gridStarts(preset.plane, preset.window, 15));
        QCOMPARE(points.size(), std::size_t{9});
        for (const FixedPoint& p : points) {
            QVERIFY(distanceToPolylines(p.position, lines.first) < 2e-3);
            QVERIFY(distanceToPolylines(p.position, lines.second) < 2e-3);
        }
        // A point off the nullcline is not near it: at (0.2, 0), X_1 = tanh(0.8) - 0.2 = 0.46.
        QVERIFY(distanceToPolylines(Eigen::Vector2d(0.2, 0.0), lines.first) > 0.05);
    }

    void energyGridSamplesTheModelEnergy()
    {
        const OdePreset preset = odePreset("stored-pattern");
        const auto model = makeModel(preset.model);
        const ContourGrid grid = energyGrid(*model, preset.plane, preset.window, 5, 7);
        QCOMPARE(grid.values.size(), std::size_t{35});
        HL_COMPARE_NEAR(grid.at(3, 2), model->energy(preset.plane.point(grid.x(3), grid.y(2))),
                        1e-15);
        QCOMPARE(gridStarts(preset.plane, preset.window, 4).size(), std::size_t{16});
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            energyGrid(*model, StatePlane::coordinatePlane(2), preset.window, 5, 5));
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestStatePlane)
#include "tst_stateplane.moc"
