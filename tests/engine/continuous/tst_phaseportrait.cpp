#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "continuous/OdePresets.h"
#include "continuous/PhasePortrait.h"

#include <algorithm>
#include <stdexcept>

using namespace hopfield;

class TestPhasePortrait : public QObject {
    Q_OBJECT
private slots:
    void symmetricPresetPortrait()
    {
        const OdePreset preset = odePreset("symmetric-two-neuron");
        const auto model = makeModel(preset.model);
        const PhasePortrait portrait = computePhasePortrait(*model, preset.plane, preset.window);
        QVERIFY(!portrait.cancelled);
        QCOMPARE(portrait.arrows.size(), std::size_t{21 * 21});
        const FieldArrow& arrow = portrait.arrows[21 * 5 + 3];
        const Eigen::VectorXd x = model->field(Eigen::Vector2d(arrow.a, arrow.b));
        HL_COMPARE_NEAR(arrow.da, x[0], 1e-15);
        HL_COMPARE_NEAR(arrow.db, x[1], 1e-15);
        QCOMPARE(portrait.fixedPoints.size(), std::size_t{9});
        for (const PlaneFixedPoint& p : portrait.fixedPoints) {
            HL_COMPARE_NEAR(p.distanceFromPlane, 0.0, 1e-15);
            HL_COMPARE_NEAR(p.coordinates.x(), p.point.position[0], 1e-15);
        }
        QCOMPARE(portrait.energy.nx, 121);
        QCOMPARE(portrait.energyContours.size(), std::size_t{12});
        // Contour points lie on their level up to the grid's linear interpolation: spacing
        // h = 4/120, error <= h^2/8 max|E''| with |E''| <= ~10 on this window: 1.4e-3.
        for (const EnergyContour& contour : portrait.energyContours) {
            QVERIFY(!contour.lines.empty());
            for (const ContourPolyline& line : contour.lines)
                for (const ContourPoint& point : line)
                    HL_COMPARE_NEAR(model->energy(Eigen::Vector2d(point.x, point.y)), contour.level,
                                    2e-3);
        }
        QVERIFY(std::is_sorted(portrait.energyContours.begin(), portrait.energyContours.end(),
                               [](const auto& a, const auto& b) { return a.level < b.level; }));
    }

    void asymmetricNetworkHasNoEnergyLandscape()
    {
        const OdePreset preset = odePreset("limit-cycle");
        const auto model = makeModel(preset.model);
        const PhasePortrait portrait = computePhasePortrait(*model, preset.plane, preset.window);
        QCOMPARE(portrait.energy.nx, 0);
        QVERIFY(portrait.energyContours.empty());
        QVERIFY(!portrait.nullclines.first.empty());
        QCOMPARE(portrait.fixedPoints.size(), std::size_t{1});
    }

    void patternPlaneHoldsTheMemories()
    {
        // N = 8: the sinks +-m xi^mu lie in the plane spanned by the patterns, at plane
        // coordinates (+-m, 0) and (0, +-m).
        const OdePreset preset = odePreset("stored-pattern");
        const auto model = makeModel(preset.model);
        const PhasePortrait portrait = computePhasePortrait(*model, preset.plane, preset.window);
        int sinks = 0;
        for (const PlaneFixedPoint& p : portrait.fixedPoints)
            if (p.point.kind == FixedPointKind::Sink) {
                ++sinks;
                HL_COMPARE_NEAR(p.distanceFromPlane, 0.0, 1e-9);
                HL_COMPARE_NEAR(std::abs(p.coordinates.x()) + std::abs(p.coordinates.y()), 0.746176,
                                1e-6);
            }
        QCOMPARE(sinks, 4);
    }

    void cancellationStopsBetweenStages()
    {
        const OdePreset preset = odePreset("symmetric-two-neuron");
        const auto model = makeModel(preset.model);
        const PhasePortrait portrait =
            computePhasePortrait(*model, preset.plane, preset.window, {}, [] { return true; });
        QVERIFY(portrait.cancelled);
        QVERIFY(!portrait.arrows.empty());
        QVERIFY(portrait.fixedPoints.empty());
        PhasePortraitSettings bad;
        bad.contourGrid = 1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 computePhasePortrait(*model, preset.plane, preset.window, bad));
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestPhasePortrait)
#include "tst_phaseportrait.moc"
