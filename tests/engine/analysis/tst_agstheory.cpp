#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/AgsPhaseDiagram.h"
#include "analysis/GaussianAverage.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

using namespace hopfield;

namespace {

/// An independent Gaussian average: Simpson's rule with 400001 points on [-10, 10].
template <typename Function> double simpsonGaussianAverage(Function&& g)
{
    constexpr int intervals = 400000;
    constexpr double low = -10.0;
    constexpr double high = 10.0;
    const double h = (high - low) / intervals;
    double sum = 0.0;
    for (int i = 0; i <= intervals; ++i) {
        const double z = low + i * h;
        const double weight = (i == 0 || i == intervals) ? 1.0 : (i % 2 == 1 ? 4.0 : 2.0);
        sum += weight * g(z) * std::exp(-0.5 * z * z);
    }
    return sum * h / 3.0 / std::sqrt(2.0 * std::numbers::pi);
}

} // namespace

class TestAgsTheory : public QObject {
    Q_OBJECT
private slots:
    void gaussianAverageIntegratesMomentsAndSteps()
    {
        const GaussianAverage average(0.3, 1e-3);
        // Moments of the unit Gaussian; 16-point panels are exact for these polynomials
        // up to the 2e-19 tails beyond |z| = 9 and rounding.
        HL_COMPARE_NEAR(average([](double) { return 1.0; }), 1.0, 1e-14);
        HL_COMPARE_NEAR(average([](double z) { return z * z; }), 1.0, 1e-13);
        HL_COMPARE_NEAR(average([](double z) { return z * z * z * z; }), 3.0, 1e-12);
        // A steep tanh step at z0 = 0.3 of width 1e-3: < tanh((z - 0.3)/w) > tends to
        // 1 - 2 Phi(0.3) = -erf(0.3 / sqrt 2); the O(w^2) smoothing shifts it by < 1e-6.
        HL_COMPARE_NEAR(average([](double z) { return std::tanh((z - 0.3) / 1e-3); }),
                        -std::erf(0.3 / std::numbers::sqrt2), 1e-6);
    }

    void zeroTemperatureCapacity()
    {
        // SCIENCE.md: alpha_c = 0.137905 at y = 1.5112, m_c = 0.967417 (AGS 1987).
        const AgsCapacity capacity = agsZeroTemperatureCapacity();
        HL_COMPARE_NEAR(capacity.alphaC, 0.137905, 1e-6);
        HL_COMPARE_NEAR(capacity.yAtAlphaC, 1.5112, 1e-4);
        HL_COMPARE_NEAR(capacity.overlapAtAlphaC, 0.967417, 1e-6);
        // 1.63% wrong bits at alpha_c: (1 - m_c) / 2.
        HL_COMPARE_NEAR((1.0 - capacity.overlapAtAlphaC) / 2.0, 0.0163, 1e-4);
        QVERIFY(!agsRetrievalState(0.139, 0.0).has_value());
        QVERIFY(agsRetrievalState(0.137, 0.0).has_value());
    }

    void finiteTemperatureStateSolvesTheEquations()
    {
        // Check the RS fixed point against an independent quadrature (Simpson).
        const double alpha = 0.05;
        const double temperature = 0.3;
        const auto state = agsRetrievalState(alpha, temperature);
        QVERIFY(state.has_value());
        const double beta = 1.0 / temperature;
        const double sigma = std::sqrt(alpha * state->noise);
        const auto field = [&](double z) {
            return beta * (state->overlap + sigma * z);
        };
        const double m = simpsonGaussianAverage([&](double z) { return std::tanh(field(z)); });
        const double q = simpsonGaussianAverage(
            [&](double z) { return std::tanh(field(z)) * std::tanh(field(z)); });
        // Simpson's error at h = 5e-5 on this smooth integrand is far below 1e-9.
        HL_COMPARE_NEAR(state->overlap, m, 1e-9);
        HL_COMPARE_NEAR(state->glassOrder, q, 1e-9);
        const double gap = 1.0 - beta * (1.0 - q);
        HL_COMPARE_NEAR(state->noise, q / (gap * gap), 1e-8);
        QVERIFY(state->overlap > 0.9);
    }

    void freeEnergyTendsToTheZeroTemperatureEnergy()
    {
        // f(T) = E - T S: the T = 0.01 free energies lie within ~T * S (S small) of the
        // closed-form T = 0 energies; E_sg = -1/pi - sqrt(2 alpha / pi) (AgsTheory.h).
        const double alpha = 0.1;
        const double retrievalEnergy = agsRetrievalState(alpha, 0.0)->freeEnergy;
        const double glassEnergy = agsSpinGlassState(alpha, 0.0).freeEnergy;
        HL_COMPARE_NEAR(glassEnergy,
                        -1.0 / std::numbers::pi - std::sqrt(2 * alpha / std::numbers::pi), 1e-14);
        HL_COMPARE_NEAR(agsRetrievalState(alpha, 0.01)->freeEnergy, retrievalEnergy, 1e-5);
        HL_COMPARE_NEAR(agsSpinGlassState(alpha, 0.01).freeEnergy, glassEnergy, 1e-3);
        // At alpha -> 0 retrieval has E/N = -1/2 (SCIENCE.md).
        HL_COMPARE_NEAR(agsRetrievalState(1e-9, 0.0)->freeEnergy, -0.5, 1e-4);
    }

    void glassTemperatureIsOnePlusSqrtAlpha()
    {
        const double alpha = 0.05;
        QCOMPARE(agsGlassTemperature(alpha), 1.0 + std::sqrt(alpha));
        // And it is where the spin-glass order q appears: q grows linearly below T_g
        // (q ~ 0.82 (T_g - T) at alpha = 0.05) and is exactly zero above.
        const double tg = agsGlassTemperature(alpha);
        const double justBelow = agsSpinGlassState(alpha, tg - 1e-3).glassOrder;
        QVERIFY2(justBelow > 5e-4 && justBelow < 1.2e-3, qPrintable(QString::number(justBelow)));
        QCOMPARE(agsSpinGlassState(alpha, tg + 1e-3).glassOrder, 0.0);
        QVERIFY(agsSpinGlassState(alpha, tg - 0.05).glassOrder > 0.03);
    }

    void retrievalLineEndsAtAlphaC()
    {
        const double alphaC = agsZeroTemperatureCapacity().alphaC;
        QCOMPARE(agsLoadLimits(0.0).retrieval, alphaC);
        // Continuity at T -> 0: alpha_M(0.02) is within 1e-3 of alpha_c (it is 2.8e-4
        // above it: the replica-symmetric line bends back slightly, AGS 1987).
        HL_COMPARE_NEAR(agsLoadLimits(0.02).retrieval, alphaC, 1e-3);
    }

    void retrievalLineAtSmallLoad_data()
    {
        QTest::addColumn<double>("temperature");
        QTest::newRow("T=0.95") << 0.95;
        QTest::newRow("T=0.98") << 0.98;
    }
    void retrievalLineAtSmallLoad()
    {
        // AGS 1987: T_M ~ 1 - 1.95 sqrt(alpha) as alpha -> 0.  The coefficient we get,
        // (1 - T)/sqrt(alpha_M), is 1.964 at T = 0.95 and 1.958 at T = 0.98, falling
        // towards 1.95 with sqrt(alpha) corrections; 0.02 allows for them.
        QFETCH(double, temperature);
        const double alphaM = agsLoadLimits(temperature).retrieval;
        HL_COMPARE_NEAR((1.0 - temperature) / std::sqrt(alphaM), 1.95, 0.02);
    }

    void globalLineReachesZeroTemperatureNear0051()
    {
        // AGS 1987: retrieval states stop being global minima at alpha = 0.051 at T = 0;
        // our closed-form energies cross at 0.05185.
        const double atZero = agsZeroTemperatureGlobalCapacity();
        HL_COMPARE_NEAR(atZero, 0.051, 0.001);
        QCOMPARE(*agsLoadLimits(0.0).global, atZero);
        // Continuity: at T = 0.05 the line is within 2e-3 of it (0.0529).
        const AgsLoadLimits cold = agsLoadLimits(0.05);
        QVERIFY(cold.global.has_value());
        HL_COMPARE_NEAR(*cold.global, atZero, 2e-3);
        // T_c lies below T_M: retrieval is metastable between the lines.
        QVERIFY(*cold.global < cold.retrieval);
    }

    void phaseDiagramLines()
    {
        const AgsPhaseDiagram diagram = agsPhaseDiagram(4);
        QCOMPARE(diagram.glassLine.size(), std::size_t(4));
        QCOMPARE(diagram.glassLine.back()[1], 1.0 + std::sqrt(0.2));
        QCOMPARE(diagram.retrievalLine.size(), std::size_t(5));
        QCOMPARE(diagram.retrievalLine.front()[0], 0.0);
        QCOMPARE(diagram.retrievalLine.front()[1], 1.0);
        QCOMPARE(diagram.retrievalLine.back()[0], diagram.capacity.alphaC);
        QCOMPARE(diagram.retrievalLine.back()[1], 0.0);
        QCOMPARE(diagram.globalLine.back()[0], diagram.globalCapacity);
        for (std::size_t i = 1; i < diagram.retrievalLine.size(); ++i)
            QVERIFY(diagram.retrievalLine[i][1] < diagram.retrievalLine[i - 1][1]);
    }

    void rejectsNonsense()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, agsRetrievalState(-0.1, 0.5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, agsRetrievalState(0.1, NAN));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, agsLoadLimits(1.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, agsPhaseDiagram(1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, agsZeroTemperatureLoad(0.0));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestAgsTheory)
#include "tst_agstheory.moc"
