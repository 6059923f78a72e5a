#include "CliRun.h"
#include "FuzzyCompare.h"
#include "TestSuite.h"

#include <QJsonArray>

using namespace cli_test;

class TestBamCommand : public QObject {
    Q_OBJECT
private slots:
    void randomPairIsRetrieved()
    {
        const CliRun run = runCli({"bam", "--neurons", "200", "--partner-neurons", "80", "--pairs",
                                   "4", "--noise", "0.2", "--seed", "3"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        for (const char* field :
             {"pair_overlap_s", "pair_overlap_tau", "retrieved", "energy_trace"})
            QVERIFY2(result.contains(field), field);
        QCOMPARE(result["partner_neurons"].toInt(), 80);
        HL_COMPARE_NEAR(result["pair_overlap_s"].toDouble(), 1.0, 0.0);
        HL_COMPARE_NEAR(result["pair_overlap_tau"].toDouble(), 1.0, 0.0);
        QVERIFY(result["retrieved"].toBool());
        const QJsonArray energy = result["energy_trace"].toArray();
        QVERIFY(energy.size() >= 2);
        for (int k = 1; k < energy.size(); ++k)
            QVERIFY(energy[k].toDouble() <= energy[k - 1].toDouble() + 1e-9);
        // At the pair, E = -xi^T W eta = -(1/N) sum_mu (xi^mu . xi)(eta^mu . eta) ~ -M.
        HL_COMPARE_NEAR(energy.last().toDouble(), -80.0, 5.0);
    }

    void letterDigitDemoPairsAWithOne()
    {
        const CliRun run = runCli(
            {"bam", "--demo", "letters-digits", "--pairs", "3", "--pair", "0", "--noise", "0.15"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["neurons"].toInt(), 256);
        const QJsonArray names = result["pair_names"].toArray();
        QCOMPARE(names[0].toString(), QStringLiteral("A"));
        QCOMPARE(names[1].toString(), QStringLiteral("1"));
        QVERIFY(result["retrieved"].toBool());
    }

    void capacityCsvFalls()
    {
        const CliRun run = runCli({"bam", "--neurons", "100", "--alpha", "0.05:0.65:0.3",
                                   "--trials", "2", "--noise", "0.1"});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QByteArray("alpha,pairs,retrieved_fraction,mean_overlap"));
        const QList<QByteArray> low = lines[1].split(',');
        const QList<QByteArray> high = lines[3].split(',');
        QCOMPARE(low[1].toInt(), 5);
        HL_COMPARE_NEAR(low[2].toDouble(), 1.0, 0.0);
        QCOMPARE(high[1].toInt(), 65);
        QVERIFY(high[2].toDouble() < 0.1);
    }

    void badInputsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("pair out of range")
            << QStringList{"bam", "--pairs", "3", "--pair", "3"} << "--pair 3";
        QTest::newRow("noise above one") << QStringList{"bam", "--noise", "1.5"} << "--noise";
        QTest::newRow("unknown update") << QStringList{"bam", "--update", "chaotic"} << "--update";
        QTest::newRow("demo with sizes")
            << QStringList{"bam", "--demo", "letters-digits", "--neurons", "50"} << "16 x 16";
        QTest::newRow("too many demo pairs")
            << QStringList{"bam", "--demo", "letters-digits", "--pairs", "11"} << "10 pairs";
        QTest::newRow("bad alpha") << QStringList{"bam", "--alpha", "0.1:x:0.1"} << "--alpha";
        QTest::newRow("alpha with pairs")
            << QStringList{"bam", "--alpha", "0.1", "--pairs", "3"} << "drop";
    }
    void badInputsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        verifyOneLineError(arguments, message);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestBamCommand)
#include "tst_bamcommand.moc"
