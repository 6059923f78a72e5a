#include "analysis/StateClassification.h"

#include <QTest>
#include <vector>

using namespace hopfield;

Q_DECLARE_METATYPE(hopfield::StateKind)
Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<int>)

class TestStateClassification : public QObject {
    Q_OBJECT
private slots:
    void classifies_data()
    {
        QTest::addColumn<std::vector<double>>("overlaps");
        QTest::addColumn<StateKind>("kind");
        QTest::addColumn<std::vector<int>>("patterns");
        QTest::newRow("pure") << std::vector<double>{0.02, 1.0, -0.05} << StateKind::Retrieval
                              << std::vector<int>{1};
        QTest::newRow("pure at T=0.7")
            << std::vector<double>{0.83, 0.01} << StateKind::Retrieval << std::vector<int>{0};
        QTest::newRow("reversed") << std::vector<double>{0.0, -0.98, 0.1} << StateKind::Reversed
                                  << std::vector<int>{1};
        QTest::newRow("3-mixture") << std::vector<double>{0.5, 0.02, 0.48, 0.53}
                                   << StateKind::Mixture << std::vector<int>{0, 2, 3};
        QTest::newRow("signed 3-mixture") << std::vector<double>{-0.5, 0.5, 0.51}
                                          << StateKind::Mixture << std::vector<int>{0, 1, 2};
        QTest::newRow("5-mixture") << std::vector<double>{0.37, 0.38, 0.36, 0.39, 0.37, 0.0}
                                   << StateKind::Mixture << std::vector<int>{0, 1, 2, 3, 4};
        QTest::newRow("spin glass")
            << std::vector<double>{0.05, -0.03, 0.08} << StateKind::SpinGlass << std::vector<int>{};
        QTest::newRow("lopsided is not symmetric")
            << std::vector<double>{0.7, 0.2, 0.0} << StateKind::SpinGlass << std::vector<int>{};
    }
    void classifies()
    {
        QFETCH(std::vector<double>, overlaps);
        QFETCH(StateKind, kind);
        QFETCH(std::vector<int>, patterns);
        const StateClassification result = classifyState(overlaps, 1000);
        QCOMPARE(result.kind, kind);
        QCOMPARE(result.patterns, patterns);
        QCOMPARE(result.signs.size(), patterns.size());
    }

    void smallNetworksNeedLargerOverlapsToCountAsInvolved()
    {
        // N = 100: noise overlaps reach 4/sqrt(N) = 0.4 and must not make a "mixture".
        const std::vector<double> overlaps{0.3, 0.32, 0.0};
        QCOMPARE(classifyState(overlaps, 100).kind, StateKind::SpinGlass);
        QCOMPARE(classifyState(overlaps, 10000).kind, StateKind::Mixture);
    }

    void namesAreTheCliNames()
    {
        QCOMPARE(kindName(StateKind::SpinGlass), std::string("spin-glass"));
        QCOMPARE(kindName(StateKind::Mixture), std::string("mixture"));
    }
};

QTEST_GUILESS_MAIN(TestStateClassification)
#include "tst_stateclassification.moc"
