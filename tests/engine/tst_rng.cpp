#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "core/Rng.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <vector>

using hopfield::Rng;

class TestRng : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameSequence()
    {
        Rng a(42), b(42), c(43);
        bool differs = false;
        for (int k = 0; k < 1000; ++k) {
            const auto x = a.next();
            QCOMPARE(x, b.next());
            differs |= x != c.next();
        }
        QVERIFY(differs);
    }

    void aSavedStateGoesOnWhereTheGeneratorStood()
    {
        Rng original(2024);
        for (int k = 0; k < 777; ++k)
            original.next();
        Rng resumed = Rng::fromState(original.state());
        Rng fresh(2024);
        bool differsFromFresh = false;
        for (int k = 0; k < 1000; ++k) {
            const auto x = original.next();
            QCOMPARE(resumed.next(), x);
            differsFromFresh |= fresh.next() != x;
        }
        QVERIFY(differsFromFresh);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Rng::fromState(Rng::State{}));
    }

    void uniformHasMeanOneHalfAndStaysInRange()
    {
        Rng rng(7);
        const int n = 200000;
        double sum = 0.0;
        for (int k = 0; k < n; ++k) {
            const double u = rng.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            sum += u;
        }
        // The mean of n uniforms has standard deviation 1/sqrt(12 n) = 6.5e-4: allow 5 sigma.
        HL_COMPARE_NEAR(sum / n, 0.5, 5.0 / std::sqrt(12.0 * n));
    }

    void belowIsUniformOverItsRange()
    {
        Rng rng(11);
        const int bound = 7;
        const int n = 70000;
        std::vector<int> counts(bound, 0);
        for (int k = 0; k < n; ++k) {
            const auto value = rng.below(bound);
            QVERIFY(value < static_cast<unsigned>(bound));
            ++counts[value];
        }
        double chiSquare = 0.0;
        const double expected = static_cast<double>(n) / bound;
        for (int count : counts)
            chiSquare += (count - expected) * (count - expected) / expected;
        // 6 degrees of freedom: P(chi^2 > 22.46) = 0.001.
        QVERIFY2(chiSquare < 22.46, qPrintable(QString::number(chiSquare)));
    }

    void shuffleIsAPermutation()
    {
        Rng rng(3);
        std::vector<int> values(100);
        std::iota(values.begin(), values.end(), 0);
        rng.shuffle(std::span<int>(values));
        QVERIFY(!std::is_sorted(values.begin(), values.end()));
        std::sort(values.begin(), values.end());
        for (int k = 0; k < 100; ++k)
            QCOMPARE(values[static_cast<std::size_t>(k)], k);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestRng)
#include "tst_rng.moc"
