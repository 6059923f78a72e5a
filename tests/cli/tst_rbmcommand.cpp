#include "CliRun.h"
#include "FuzzyCompare.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <cmath>

using namespace cli_test;

class TestRbmCommand : public QObject {
    Q_OBJECT
private slots:
    void dualityHoldsToRounding()
    {
        const CliRun run = runCli({"rbm", "--check-duality", "--neurons", "10", "--patterns", "3",
                                   "--temperature", "0.7", "--seed", "4"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["method"].toString(), QStringLiteral("enumeration"));
        QCOMPARE(result["states"].toInt(), 1024);
        QVERIFY(result.contains("max_abs_log_ratio"));
        QVERIFY(result["max_abs_log_ratio"].toDouble() < 1e-9);
        QVERIFY(result["max_abs_log_ratio"].toDouble() >= 0.0);
        // Z = sum_s exp(-beta E(s)) with E = -(N/2) sum m^2 + P/2 >= -N P / 2 + P/2 and
        // <= P/2: ln Z lies between N ln 2 - beta P / 2 and N ln 2 + beta (N - 1) P / 2.
        const double beta = 1.0 / 0.7;
        const double logZ = result["log_partition_hopfield"].toDouble();
        QVERIFY(logZ > 10 * std::log(2.0) - beta * 1.5);
        QVERIFY(logZ < 10 * std::log(2.0) + beta * 9 * 1.5);
    }

    void samplersAgreeBeyondEnumeration()
    {
        // N = 100 > 16: Glauber on the Hebb network and block Gibbs on its RBM give the same
        // histogram of max |m| (the engine's test shows a wrong temperature gives ~0.9).
        const CliRun run = runCli({"rbm", "--check-duality", "--neurons", "100", "--patterns", "2",
                                   "--temperature", "0.7"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["method"].toString(), QStringLiteral("samplers"));
        QCOMPARE(result["bin_edges"].toArray().size(), 21);
        QVERIFY(result["histogram_distance"].toDouble() < 0.1);
        HL_COMPARE_NEAR(result["rbm_mean_overlap"].toDouble(),
                        result["hopfield_mean_overlap"].toDouble(), 0.03);
        // Near the m = tanh(m / T) value 0.83 at T = 0.7 (finite N, alpha = 0.02 pulls it down).
        HL_COMPARE_NEAR(result["hopfield_mean_overlap"].toDouble(), 0.8, 0.06);
    }

    void trainingCurveRisesAtSmallN()
    {
        // Two random patterns at N = 8, 20 noisy copies each: the exact log-likelihood per
        // epoch starts near -8 ln 2 = -5.545 and rises; the reconstruction error falls.
        const CliRun run = runCli({"rbm", "--train", "cd", "--data", "random", "--neurons", "8",
                                   "--patterns", "2", "--copies", "20", "--noise", "0.05",
                                   "--epochs", "30", "--k", "1", "--hidden", "2"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QVERIFY(result["exact_likelihood"].toBool());
        const QJsonArray curve = result["learning_curve"].toArray();
        QCOMPARE(curve.size(), 31);
        const QJsonObject first = curve.first().toObject();
        const QJsonObject last = curve.last().toObject();
        HL_COMPARE_NEAR(first["log_likelihood"].toDouble(), -8 * std::log(2.0), 0.05);
        QVERIFY(last["log_likelihood"].toDouble() > first["log_likelihood"].toDouble() + 2.0);
        QVERIFY(last["reconstruction_error"].toDouble() < first["reconstruction_error"].toDouble());
    }

    void digitsGiveAReconstructionCurve()
    {
        // N = 256: no enumeration, so no log_likelihood, but the reconstruction error.
        const CliRun run = runCli(
            {"rbm", "--train", "pcd", "--data", "digits", "--epochs", "5", "--hidden", "20"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["neurons"].toInt(), 256);
        QCOMPARE(result["data_patterns"].toInt(), 10);
        const QJsonObject last = result["learning_curve"].toArray().last().toObject();
        QVERIFY(!last.contains("log_likelihood"));
        const double error = last["reconstruction_error"].toDouble();
        QVERIFY(error > 0.0 && error < 0.2);
    }

    void grandmotherCellsTrainOnLetters()
    {
        const CliRun run = runCli({"rbm", "--train", "cd", "--data", "letters", "--supervised",
                                   "--copies", "5", "--noise", "0.1", "--epochs", "3"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["hidden"].toInt(), 26);
        QCOMPARE(result["examples"].toInt(), 130);
        QVERIFY(result["supervised"].toBool());
    }

    void badInputsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no mode") << QStringList{"rbm"} << "exactly one of";
        QTest::newRow("both modes")
            << QStringList{"rbm", "--check-duality", "--train", "cd"} << "exactly one of";
        QTest::newRow("no neurons")
            << QStringList{"rbm", "--check-duality", "--neurons", "0"} << "--neurons";
        QTest::newRow("unknown variant") << QStringList{"rbm", "--train", "sgd"} << "--train";
        QTest::newRow("zero temperature")
            << QStringList{"rbm", "--check-duality", "--temperature", "0"} << "--temperature";
        QTest::newRow("missing file")
            << QStringList{"rbm", "--train", "cd", "--data", "/nonexistent/x.txt"} << "x.txt";
        QTest::newRow("unknown flag") << QStringList{"rbm", "--colour", "red"} << "colour";
        QTest::newRow("supervised hidden")
            << QStringList{"rbm", "--train", "cd", "--supervised", "--hidden", "3"}
            << "one hidden unit per pattern";
    }
    void badInputsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        verifyOneLineError(arguments, message);
    }

    void helpExitsZero()
    {
        const CliRun run = runCli({"rbm", "--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--check-duality"));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestRbmCommand)
#include "tst_rbmcommand.moc"
