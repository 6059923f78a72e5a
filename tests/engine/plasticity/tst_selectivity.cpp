#include "FuzzyCompare.h"
#include "PlasticityTestData.h"
#include "TestSuite.h"
#include "plasticity/PlasticitySweep.h"
#include "plasticity/RidgeReadout.h"
#include "plasticity/Selectivity.h"

#include <algorithm>

using namespace hopfield;

class TestSelectivity : public QObject {
    Q_OBJECT
private slots:
    void measuresAHandExample()
    {
        // 3 units, 4 patterns.  Unit 0 (mean 1) selects pattern 0; unit 1 (mean 0.5)
        // selects 1 and 2; unit 2 is constant and selects nothing.
        Eigen::MatrixXf y(3, 4);
        y << 4, 0, 0, 0, //
            0, 1, 1, 0,  //
            7, 7, 7, 7;
        const SelectivityReport report = measureSelectivity(y);
        QCOMPARE(report.selectivity, (std::vector<int>{1, 2, 0}));
        QCOMPARE(report.selectedPatterns, 3);
        HL_COMPARE_NEAR(report.meanSelectivity, 1.0, 1e-12);
        HL_COMPARE_NEAR(report.overlapIndex, 3.0, 1e-12); // S / mean(alpha), in [1, K]
        QCOMPARE(report.memorisationBound, 3);            // min(N = 4, sum alpha = 3)
    }

    void readoutSeparatesSeparableClasses()
    {
        // Class c sits at feature c (one-hot) plus a small offset: a linear read-out
        // must name every sample.
        Eigen::MatrixXf features = Eigen::MatrixXf::Zero(10, 50);
        std::vector<int> labels;
        for (int j = 0; j < 50; ++j) {
            features(j % 10, j) = 1.0f;
            features((j + 3) % 10, j) = 0.01f * static_cast<float>(j % 7);
            labels.push_back(j % 10);
        }
        const RidgeReadout readout(features, labels);
        const ReadoutScore score = readout.score(features, labels);
        HL_COMPARE_NEAR(score.accuracy, 1.0, 0.0);
        for (int c = 0; c < 10; ++c)
            QCOMPARE(score.confusion[c][c], 5);
    }

    void splitsEveryDatasetTheSameWay()
    {
        const auto digits = testing::bundledDigits(10000);
        QCOMPARE(digits->trainIndices().size(), std::size_t{8000});
        QCOMPARE(digits->heldOutIndices().size(), std::size_t{2000});
        std::vector<int> all = digits->trainIndices();
        all.insert(all.end(), digits->heldOutIndices().begin(), digits->heldOutIndices().end());
        std::sort(all.begin(), all.end());
        QVERIFY(std::adjacent_find(all.begin(), all.end()) == all.end()); // disjoint
        QCOMPARE(all.back(), 9999);
        QCOMPARE(testing::bundledDigits(10000)->heldOutIndices(), digits->heldOutIndices());
        QCOMPARE(testing::bundledDigits(1000)->heldOutIndices().size(), std::size_t{200});
        HL_COMPARE_NEAR(digits->inputs().maxCoeff(), 1.0, 0.0);
        HL_COMPARE_NEAR(digits->inputs().minCoeff(), 0.0, 0.0);
    }

    void sweepsTheMemoryFactor()
    {
        PlasticitySettings settings;
        settings.bcm.units = 10;
        settings.bcm.init = WeightInit::Glorot;
        settings.epochs = 2;
        std::atomic<bool> cancel{false};
        int calls = 0;
        const auto points =
            sweepPlasticity(testing::bundledDigits(1000), settings, SweepParameter::Memory,
                            {0.5, 0.9}, cancel, [&](int done, int total) {
                                ++calls;
                                QCOMPARE(total, 2);
                                QVERIFY(done <= total);
                            });
        QVERIFY(points.has_value());
        QCOMPARE(calls, 2);
        QCOMPARE(points->at(1).value, 0.9);
        for (const auto& point : *points) {
            QVERIFY(point.overlapIndex >= 1.0 && point.overlapIndex <= 10.0);
            QVERIFY(point.readoutAccuracy.has_value());
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 sweepPlasticity(testing::bundledDigits(1000), settings,
                                                 SweepParameter::Memory, {0.5, 1.0}, cancel));
        cancel = true;
        QVERIFY(!sweepPlasticity(testing::bundledDigits(1000), settings, SweepParameter::Lateral,
                                 {-0.01, 0.0}, cancel)
                     .has_value());
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestSelectivity)
#include "tst_selectivity.moc"
