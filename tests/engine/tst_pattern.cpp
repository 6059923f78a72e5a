#include "TestSuite.h"
#include "core/Pattern.h"
#include "core/PatternSet.h"

#include <stdexcept>

using namespace hopfield;

class TestPattern : public QObject {
    Q_OBJECT
private slots:
    void blankPatternIsAllBackground()
    {
        const Pattern p(3, 2, "blank");
        QCOMPARE(p.size(), 6);
        QCOMPARE(p.name(), std::string("blank"));
        for (int i = 0; i < p.size(); ++i)
            QCOMPARE(p[i], Spin{-1});
    }

    void rowMajorAccess()
    {
        Pattern p(3, 2);
        p.set(2, 1, 1);
        QCOMPARE(p[5], Spin{1});
        QCOMPARE(p.at(2, 1), Spin{1});
        p.flip(5);
        QCOMPARE(p.at(2, 1), Spin{-1});
    }

    void rejectsBadSpinsAndSizes()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 Pattern(2, 2, std::vector<Spin>{1, -1, 0, 1}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Pattern(2, 2, std::vector<Spin>{1, -1, 1}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Pattern(0, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Pattern(70000, 70000));
        Pattern p(2, 2);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, p.set(0, 3));
    }

    void overlapOfPatterns()
    {
        const Pattern a(2, 2, std::vector<Spin>{1, 1, -1, -1});
        const Pattern b(2, 2, std::vector<Spin>{1, -1, -1, 1});
        QCOMPARE(overlapSum(a.spins(), a.spins()), 4);
        QCOMPARE(overlap(a.spins(), b.spins()), 0.0);
        QCOMPARE(overlap(a.spins(), Pattern(2, 2, std::vector<Spin>{-1, -1, 1, 1}).spins()), -1.0);
    }

    void setRejectsMismatchedSizes()
    {
        PatternSet set;
        set.add(Pattern(4, 4, "a"));
        QCOMPARE(set.neurons(), 16);
        try {
            set.add(Pattern(5, 4, "b"));
            QFAIL("a 5x4 pattern was accepted into a 4x4 set");
        } catch (const std::invalid_argument& error) {
            QVERIFY(std::string(error.what()).find("5x4") != std::string::npos);
            QVERIFY(std::string(error.what()).find("4x4") != std::string::npos);
        }
        QCOMPARE(set.size(), 1);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestPattern)
#include "tst_pattern.moc"
