#include "TestSuite.h"
#include "core/Corruption.h"
#include "core/MemoryGuard.h"
#include "core/Rng.h"
#include "discrete/HopfieldNetwork.h"

#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>

using namespace hopfield;

class TestMemoryGuard : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { unsetenv("HOPFIELD_MEMORY_LIMIT_MB"); }

    void arrayBytesSaturatesInsteadOfOverflowing()
    {
        QCOMPARE(arrayBytes(1000, 1000, 8), std::size_t{8'000'000});
        QCOMPARE(arrayBytes(std::size_t{1} << 40, std::size_t{1} << 40, 8),
                 std::numeric_limits<std::size_t>::max());
    }

    void denseCouplingsBeyondTheLimitAreRefusedWithTheLimitNamed()
    {
        // 1 MB cap: half of it (the guard's limit) is far below the 8 MB of a 1000^2 J.
        setenv("HOPFIELD_MEMORY_LIMIT_MB", "1", 1);
        Rng rng(1);
        const PatternSet stored = randomPatterns(1000, 1, 5, 0.0, rng);
        try {
            HopfieldNetwork network(stored, CouplingForm::Dense);
            QFAIL("a network larger than the memory limit was built");
        } catch (const MemoryLimitError& error) {
            const std::string message = error.what();
            QVERIFY2(message.find("N = 1000") != std::string::npos, error.what());
            QVERIFY2(message.find("limit on this machine") != std::string::npos, error.what());
        }
        // The overlap form needs only N P bytes and still fits.
        HopfieldNetwork network(stored, CouplingForm::Overlap);
        QCOMPARE(network.neurons(), 1000);
    }

    void aBadLimitIsRefusedNotIgnored_data()
    {
        QTest::addColumn<QByteArray>("limit");
        QTest::newRow("negative") << QByteArray("-50");
        QTest::newRow("zero") << QByteArray("0");
        QTest::newRow("not a number") << QByteArray("abc");
        QTest::newRow("trailing text") << QByteArray("12MB");
        // 2^44 + 1 MiB: multiplied by 2^20 it wraps a 64-bit size to 1 MiB.
        QTest::newRow("wraps to 1 MiB") << QByteArray("17592186044417");
    }

    void aBadLimitIsRefusedNotIgnored()
    {
        QFETCH(QByteArray, limit);
        setenv("HOPFIELD_MEMORY_LIMIT_MB", limit.constData(), 1);
        try {
            availableMemoryBytes();
            QFAIL("a bad memory limit was accepted");
        } catch (const std::invalid_argument& error) {
            const std::string message = error.what();
            QVERIFY2(message.find("HOPFIELD_MEMORY_LIMIT_MB") != std::string::npos, error.what());
            QVERIFY2(message.find(limit.toStdString()) != std::string::npos, error.what());
        }
        setenv("HOPFIELD_MEMORY_LIMIT_MB", "1200", 1);
        QVERIFY(availableMemoryBytes() <= std::size_t{1200} * 1024 * 1024);
        QVERIFY(availableMemoryBytes() > 0);
    }

    void aSmallLimitIsStatedInMegabytes()
    {
        setenv("HOPFIELD_MEMORY_LIMIT_MB", "100", 1);
        try {
            ensureMemoryFits(std::size_t{80} * 1000 * 1000, "an array");
            QFAIL("80 MB passed a 50 MB limit");
        } catch (const MemoryLimitError& error) {
            QCOMPARE(std::string(error.what()),
                     std::string("an array needs 80 MB; the limit on this machine is 52 MB "
                                 "(half the available memory)"));
        }
    }

    void hugeRandomPatternSetsAreRefused()
    {
        Rng rng(1);
        QVERIFY_THROWS_EXCEPTION(MemoryLimitError, randomPatterns(1 << 30, 1, 1 << 20, 0.0, rng));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestMemoryGuard)
#include "tst_memoryguard.moc"
