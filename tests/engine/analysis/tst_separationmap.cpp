#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "analysis/SeparationMap.h"

#include <stdexcept>

using namespace hopfield;

class TestSeparationMap : public QObject {
    Q_OBJECT
private slots:
    void noiseIsNeededToSeparate()
    {
        // lambda = 0.3, H = 0.1, N = 300: at T = 0 the mixture never splits, at T = 0.2 it
        // mostly does (the layered network's own test measures 18 of 20 at N = 400).
        SeparationMapParameters parameters;
        parameters.neurons = 300;
        parameters.lambda = SweepRange::single(0.3);
        parameters.temperature = {0.0, 0.2, 0.2};
        parameters.trials = 8;
        parameters.sweeps = 40;
        const SeparationMap map = separationMap(parameters);
        QCOMPARE(map.points.size(), std::size_t(2));
        HL_COMPARE_NEAR(map.points[0].separatedFraction, 0.0, 0.0);
        HL_COMPARE_NEAR(map.points[0].meanBestOverlap, 0.5, 0.1);
        QVERIFY2(map.points[1].separatedFraction >= 0.6,
                 qPrintable(QString::number(map.points[1].separatedFraction)));
        HL_COMPARE_NEAR(map.points[1].temperature, 0.2, 1e-12);
    }

    void theMapIsTheSameOnAnyNumberOfThreads()
    {
        SeparationMapParameters parameters;
        parameters.neurons = 60;
        parameters.lambda = {0.1, 0.5, 0.2};
        parameters.temperature = {0.1, 0.3, 0.2};
        parameters.trials = 3;
        parameters.sweeps = 10;
        parameters.threads = 1;
        const SeparationMap one = separationMap(parameters);
        parameters.threads = 3;
        const SeparationMap three = separationMap(parameters);
        QCOMPARE(one.points.size(), std::size_t(6));
        for (std::size_t k = 0; k < one.points.size(); ++k) {
            QCOMPARE(one.points[k].separatedFraction, three.points[k].separatedFraction);
            QCOMPARE(one.points[k].meanBestOverlap, three.points[k].meanBestOverlap);
        }
        long long calls = 0;
        const SeparationMap stopped =
            separationMap(parameters, [&](long long, long long) { return ++calls < 2; });
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.points.empty());
    }

    void badParametersAreRefused()
    {
        SeparationMapParameters parameters;
        parameters.patterns = 2;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, separationMap(parameters));
        parameters.patterns = 3;
        parameters.temperature = SweepRange::single(-1.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, separationMap(parameters));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestSeparationMap)
#include "tst_separationmap.moc"
