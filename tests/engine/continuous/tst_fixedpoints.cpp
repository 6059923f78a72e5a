#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "continuous/ContinuousHopfield.h"
#include "continuous/FixedPoints.h"
#include "continuous/OdePresets.h"
#include "continuous/TrajectoryIntegrator.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <map>

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::FixedPointKind)
Q_DECLARE_METATYPE(Eigen::MatrixXd)
Q_DECLARE_METATYPE(Eigen::VectorXcd)

namespace {

std::map<FixedPointKind, int> countKinds(const std::vector<FixedPoint>& points)
{
    std::map<FixedPointKind, int> counts;
    for (const FixedPoint& p : points)
        ++counts[p.kind];
    return counts;
}

void requireAllVerified(const ContinuousModel& model, const std::vector<FixedPoint>& points)
{
    for (const FixedPoint& p : points) {
        QVERIFY(p.residual < 1e-8);
        QVERIFY(model.field(p.position).norm() < 1e-8);
    }
}

// An independent count of the symmetric preset's equilibria (T = [[1, 1/2], [1/2, 1]],
// g = tanh(4u)) in the outputs V = g(u), u = T V.  Writing V1 = tanh(w) (so u1 = w / 4),
// the first equation u1 = V1 + V2 / 2 gives V2 = w / 2 - 2 tanh(w) explicitly, and the
// equilibria are the roots in w of f(w) = tanh(4 (V1 / 2 + V2)) - V2 (|V2| >= 1 is no root
// since |tanh| < 1): sign changes on a fine grid of w in [-10, 10], then bisection.
std::vector<Eigen::Vector2d> symmetricPresetRootsByNullcline()
{
    const auto v2Of = [](double w) {
        return w / 2 - 2 * std::tanh(w);
    };
    const auto f = [&](double w) {
        return std::tanh(4 * (0.5 * std::tanh(w) + v2Of(w))) - v2Of(w);
    };
    std::vector<Eigen::Vector2d> roots;
    const int n = 40000;
    for (int k = 0; k < n; ++k) {
        double a = -10.0 + 20.0 * k / n;
        double b = -10.0 + 20.0 * (k + 1) / n;
        if ((f(a) < 0) == (f(b) < 0))
            continue;
        for (int i = 0; i < 80; ++i) {
            const double m = 0.5 * (a + b);
            ((f(m) < 0) == (f(a) < 0) ? a : b) = m;
        }
        roots.emplace_back(a / 4, std::atanh(v2Of(a)) / 4);
    }
    return roots;
}

} // namespace

class TestFixedPoints : public QObject {
    Q_OBJECT
private slots:
    void classifiesEigenvalues_data()
    {
        using C = std::complex<double>;
        QTest::addColumn<Eigen::VectorXcd>("eigenvalues");
        QTest::addColumn<FixedPointKind>("kind");
        const auto v = [](std::initializer_list<C> list) {
            Eigen::VectorXcd e(static_cast<Eigen::Index>(list.size()));
            std::copy(list.begin(), list.end(), e.begin());
            return e;
        };
        QTest::newRow("sink") << v({C(-1, 0), C(-3, 0)}) << FixedPointKind::Sink;
        QTest::newRow("source") << v({C(2, 0), C(0.5, 0)}) << FixedPointKind::Source;
        QTest::newRow("saddle") << v({C(-1, 0), C(3, 0)}) << FixedPointKind::Saddle;
        QTest::newRow("stable spiral")
            << v({C(-0.5, 1), C(-0.5, -1)}) << FixedPointKind::StableSpiral;
        QTest::newRow("unstable spiral")
            << v({C(0.5, 2), C(0.5, -2)}) << FixedPointKind::UnstableSpiral;
        QTest::newRow("centre") << v({C(1e-12, 2), C(1e-12, -2)}) << FixedPointKind::Centre;
        QTest::newRow("zero eigenvalue") << v({C(0, 0), C(-1, 0)}) << FixedPointKind::NonHyperbolic;
        QTest::newRow("3-d saddle-focus")
            << v({C(-1, 2), C(-1, -2), C(0.3, 0)}) << FixedPointKind::Saddle;
        QTest::newRow("3-d stable spiral")
            << v({C(-1, 2), C(-1, -2), C(-4, 0)}) << FixedPointKind::StableSpiral;
    }

    void classifiesEigenvalues()
    {
        QFETCH(Eigen::VectorXcd, eigenvalues);
        QFETCH(FixedPointKind, kind);
        QCOMPARE(classifyEigenvalues(eigenvalues), kind);
    }

    void linearisationAtTheOriginIsClassified_data()
    {
        // g = tanh(u), I = 0: the origin is always an equilibrium with Jacobian T - 1,
        // so T chooses its kind (eigenvalues in the comments).
        QTest::addColumn<Eigen::MatrixXd>("t");
        QTest::addColumn<FixedPointKind>("kind");
        QTest::newRow("sink (-0.8, -0.5)")
            << Eigen::MatrixXd(Eigen::Matrix2d{{0.2, 0.0}, {0.0, 0.5}}) << FixedPointKind::Sink;
        QTest::newRow("source (2, 1)")
            << Eigen::MatrixXd(Eigen::Matrix2d{{3.0, 0.0}, {0.0, 2.0}}) << FixedPointKind::Source;
        QTest::newRow("saddle (1, -3)")
            << Eigen::MatrixXd(Eigen::Matrix2d{{0.0, 2.0}, {2.0, 0.0}}) << FixedPointKind::Saddle;
        QTest::newRow("stable spiral (-0.5 +- i)")
            << Eigen::MatrixXd(Eigen::Matrix2d{{0.5, -1.0}, {1.0, 0.5}})
            << FixedPointKind::StableSpiral;
        QTest::newRow("unstable spiral (1 +- i)")
            << Eigen::MatrixXd(Eigen::Matrix2d{{2.0, -1.0}, {1.0, 2.0}})
            << FixedPointKind::UnstableSpiral;
        QTest::newRow("centre (+- i)")
            << Eigen::MatrixXd(Eigen::Matrix2d{{1.0, -1.0}, {1.0, 1.0}}) << FixedPointKind::Centre;
    }

    void linearisationAtTheOriginIsClassified()
    {
        QFETCH(Eigen::MatrixXd, t);
        QFETCH(FixedPointKind, kind);
        const ContinuousHopfield model(t, {GainKind::Tanh, 1.0});
        const StatePlane plane = StatePlane::coordinatePlane(2);
        const auto points = findFixedPoints(model, gridStarts(plane, {-4, 4, -4, 4}, 9));
        requireAllVerified(model, points);
        const auto origin = std::find_if(points.begin(), points.end(), [](const FixedPoint& p) {
            return p.position.norm() < 1e-10;
        });
        QVERIFY(origin != points.end());
        QCOMPARE(origin->kind, kind);
        // Its eigenvalues are those of A = T - 1, computed here independently: the roots of
        // lambda^2 - tr(A) lambda + det(A).
        const Eigen::MatrixXd a = t - Eigen::MatrixXd::Identity(2, 2);
        const double halfTrace = a.trace() / 2.0;
        const double determinant = a(0, 0) * a(1, 1) - a(0, 1) * a(1, 0);
        const std::complex<double> offset =
            std::sqrt(std::complex<double>(halfTrace * halfTrace - determinant));
        for (const std::complex<double> lambda : {halfTrace + offset, halfTrace - offset}) {
            const double nearest = (origin->eigenvalues.array() - lambda).abs().minCoeff();
            HL_COMPARE_NEAR(nearest, 0.0, 1e-12);
        }
    }

    void symmetricPresetHasFourSinksFourSaddlesAndASource()
    {
        const OdePreset preset = odePreset("symmetric-two-neuron");
        const auto model = makeModel(preset.model);
        const auto points = findFixedPoints(*model, gridStarts(preset.plane, preset.window, 15));
        requireAllVerified(*model, points);
        auto counts = countKinds(points);
        QCOMPARE(points.size(), std::size_t{9});
        QCOMPARE(counts[FixedPointKind::Sink], 4);
        QCOMPARE(counts[FixedPointKind::Saddle], 4);
        QCOMPARE(counts[FixedPointKind::Source], 1);
        // The same nine, located independently along a nullcline.
        const auto roots = symmetricPresetRootsByNullcline();
        QCOMPARE(roots.size(), std::size_t{9});
        for (const Eigen::Vector2d& root : roots) {
            double nearest = 1e9;
            for (const FixedPoint& p : points)
                nearest = std::min(nearest, (p.position - root).norm());
            HL_COMPARE_NEAR(nearest, 0.0, 1e-7);
        }
        // A finer grid of starts finds nothing new: duplicates are merged.
        QCOMPARE(findFixedPoints(*model, gridStarts(preset.plane, preset.window, 31)).size(),
                 std::size_t{9});
    }

    void storedPatternsAreSinksAtTheMeanFieldAmplitude()
    {
        // For u = m xi^1 with orthogonal xi^1, xi^2 and zero-diagonal Hebb couplings,
        // u_i = tanh(beta m) xi^1_i (N - 2) / N, so m = (3/4) tanh(4 m) for N = 8, beta = 4
        // (solved by bisection here).
        double lo = 0.1;
        double hi = 1.0;
        for (int i = 0; i < 100; ++i) {
            const double m = 0.5 * (lo + hi);
            (m < 0.75 * std::tanh(4 * m) ? lo : hi) = m;
        }
        const double m = lo;
        const OdePreset preset = odePreset("stored-pattern");
        const auto model = makeModel(preset.model);
        const auto points = findFixedPoints(*model, gridStarts(preset.plane, preset.window, 9));
        requireAllVerified(*model, points);
        QCOMPARE(countKinds(points)[FixedPointKind::Sink], 4);
        for (const Eigen::VectorXd& pattern : {preset.plane.first(), preset.plane.second()})
            for (double sign : {1.0, -1.0}) {
                const Eigen::VectorXd expected = sign * m * pattern;
                const bool found =
                    std::any_of(points.begin(), points.end(), [&](const FixedPoint& p) {
                        return p.kind == FixedPointKind::Sink &&
                               (p.position - expected).norm() < 1e-9;
                    });
                QVERIFY(found);
            }
    }

    void krotovPresetHasPatternSinksAndTheQuietState()
    {
        // F = x^4: T(0) = 0, so u = 0 is a sink with Jacobian -1; four sinks sit on the
        // pattern directions +-(1, 1), +-(1, -1), with saddles between them.
        const OdePreset preset = odePreset("krotov-quartic");
        const auto model = makeModel(preset.model);
        const auto points = findFixedPoints(*model, gridStarts(preset.plane, preset.window, 15));
        requireAllVerified(*model, points);
        auto counts = countKinds(points);
        QCOMPARE(counts[FixedPointKind::Sink], 5);
        QCOMPARE(counts[FixedPointKind::Saddle], 4);
        int onPatterns = 0;
        for (const FixedPoint& p : points)
            if (p.kind == FixedPointKind::Sink && p.position.norm() > 0.1)
                onPatterns += std::abs(std::abs(p.position[0]) - std::abs(p.position[1])) < 1e-9;
        QCOMPARE(onPatterns, 4);
    }

    void aTrajectoryOutOfTimeAtASinkHasConverged()
    {
        // Issue 11: from (-1, 1.5) the symmetric preset flows to the sink near
        // (-1/2, 1/2); the eigenvalues there are about -0.6 and -0.9, so at the time limit
        // t = 20 it is still ~1e-5 away and |du/dt| > 1e-8: the integrator says
        // "time-limit".  It has converged all the same.
        const OdePreset preset = odePreset("symmetric-two-neuron");
        const auto model = makeModel(preset.model);
        const Trajectory run = integrate(*model, Eigen::Vector2d(-1.0, 1.5), preset.integration);
        QCOMPARE(run.status, RunStatus::TimeLimit);
        const Eigen::VectorXd end = run.samples.back().potentials;
        const auto sink = stableEquilibriumNear(*model, end);
        QVERIFY(sink.has_value());
        QCOMPARE(sink->kind, FixedPointKind::Sink);
        QVERIFY(model->field(sink->position).norm() < 1e-8);
        QVERIFY((sink->position - end).norm() < 1e-4);
        QVERIFY(sink->position(0) < -0.4 && sink->position(1) > 0.4);

        // Beside the saddle on the diagonal's normal, or at the source, it has not.
        const auto points = findFixedPoints(*model, {Eigen::Vector2d(0.0, 0.0)});
        QCOMPARE(points.size(), std::size_t(1));
        QCOMPARE(points.front().kind, FixedPointKind::Source);
        QVERIFY(!stableEquilibriumNear(*model, Eigen::Vector2d(1e-6, -1e-6)).has_value());
        // Half-way between two sinks, far from any root: nothing.
        QVERIFY(!stableEquilibriumNear(*model, Eigen::Vector2d(0.0, 1.0), 1e-3).has_value());
    }

    void namesAreTheCliNames()
    {
        QCOMPARE(fixedPointKindName(FixedPointKind::StableSpiral), std::string("stable-spiral"));
        QCOMPARE(fixedPointKindName(FixedPointKind::Centre), std::string("centre"));
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestFixedPoints)
#include "tst_fixedpoints.moc"
