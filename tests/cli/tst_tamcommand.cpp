#include "CliRun.h"
#include "FuzzyCompare.h"
#include "TestSuite.h"

#include <QJsonArray>

using namespace cli_test;

class TestTamCommand : public QObject {
    Q_OBJECT
private slots:
    void noiseSeparatesAndZeroTemperatureKeepsTheMixture()
    {
        const CliRun warm = runCli({"tam", "--neurons", "400", "--lambda", "0.3", "--beta", "5",
                                    "--field", "0.1", "--sweeps", "40", "--seed", "1"});
        QCOMPARE(warm.exitCode, 0);
        const QJsonObject separated = parseObject(warm.out);
        const QJsonArray layers = separated["overlaps"].toArray();
        QCOMPARE(layers.size(), 3);
        QCOMPARE(layers[0].toArray().size(), 3);
        QVERIFY(separated["separated"].toBool());
        QCOMPARE(separated["overlap_trace"].toArray().size(), 41);

        const CliRun cold = runCli({"tam", "--beta", "inf", "--sweeps", "10"});
        QCOMPARE(cold.exitCode, 0);
        const QJsonObject kept = parseObject(cold.out);
        QVERIFY(!kept["separated"].toBool());
        HL_COMPARE_NEAR(kept["temperature"].toDouble(), 0.0, 0.0);
        for (const QJsonValue layer : kept["overlaps"].toArray())
            for (const QJsonValue m : layer.toArray())
                HL_COMPARE_NEAR(m.toDouble(), 0.5, 0.1);
        HL_COMPARE_NEAR(kept["final_energy"].toDouble(), kept["initial_energy"].toDouble(), 1e-9);
    }

    void trialsGiveAFraction()
    {
        const CliRun run = runCli({"tam", "--neurons", "300", "--trials", "6", "--threads", "2"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        const double fraction = result["separated_fraction"].toDouble();
        QVERIFY2(fraction >= 0.5 && fraction <= 1.0, qPrintable(QString::number(fraction)));
    }

    void mapCsvHasOneRowPerPoint()
    {
        const CliRun run =
            runCli({"tam", "--neurons", "100", "--sweeps", "10", "--trials", "2", "--map-lambda",
                    "0.1:0.5:0.2", "--map-temperature", "0:0.2:0.2"});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 3 * 2);
        QCOMPARE(lines[0], QByteArray("lambda,temperature,separated_fraction,mean_best_overlap"));
        // T = 0 rows never separate.
        QCOMPARE(lines[1].split(',')[2].toDouble(), 0.0);
    }

    void badInputsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative beta") << QStringList{"tam", "--beta", "-1"} << "--beta";
        QTest::newRow("two patterns") << QStringList{"tam", "--patterns", "2"} << "--patterns";
        QTest::newRow("zero layers") << QStringList{"tam", "--layers", "0"} << "--layers";
        QTest::newRow("half a map") << QStringList{"tam", "--map-lambda", "0:1:0.5"}
                                    << "both --map-lambda and --map-temperature";
        QTest::newRow("bad map range")
            << QStringList{"tam", "--map-lambda", "1:0:0.5", "--map-temperature", "0"} << "lambda";
    }
    void badInputsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        verifyOneLineError(arguments, message);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestTamCommand)
#include "tst_tamcommand.moc"
