// `hopfield-lab-cli control`: the JSON fields the issue names, the presets, the CSV, errors.
#include "CliRun.h"
#include "FuzzyCompare.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cli_test;

class TestControlCommand : public QObject {
    Q_OBJECT
private slots:
    void authorsExampleFromFlags()
    {
        // The authors' map typed in by hand: A = [[0, 1], [1, 0]], u(0) = (-1, 0.5),
        // mu = 0.0005 (their alpha = 0.9995), K = 0.5, 50 steps.
        const CliRun run = runCli(
            {"control",  "--a",    "0,1,1,0", "--initial", "-1,0.5", "--mu", "0.0005",
             "--lambda", "0",      "--K",     "0.5",       "--k",    "0",    "--map",
             "--steps",  "50",     "--gain",  "arctan",    "--beta", "10",   "--max-iterations",
             "3000",     "--seed", "1"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        for (const char* field : {"outcome", "cost", "max_control_existing", "max_control_silent",
                                  "K", "k", "final_control", "equilibrium", "mu_code_alpha"})
            QVERIFY2(result.contains(field), field);
        QCOMPARE(result["outcome"].toString(), QString("recorded"));
        QCOMPARE(result["K"].toDouble(), 0.5);
        QCOMPARE(result["k"].toDouble(), 0.0);
        QCOMPARE(result["mu_code_alpha"].toDouble(), 0.9995);
        // The bound is reached at the first step and never exceeded; no silent synapse.
        QCOMPARE(result["max_control_existing"].toDouble(), 0.5);
        QCOMPARE(result["max_control_silent"].toDouble(), 0.0);
        // Same numbers as the engine test (xi_inf ~ (-0.30, -0.30), u** ~ (0.67, 0.66)).
        const QJsonArray xi = result["final_control"].toArray();
        HL_COMPARE_NEAR(xi[1].toDouble(), -0.30, 0.01);
        HL_COMPARE_NEAR(xi[2].toDouble(), -0.30, 0.01);
        HL_COMPARE_NEAR(result["equilibrium"].toArray()[0].toDouble(), 0.67, 0.01);
        HL_COMPARE_NEAR(result["cost"].toDouble(), 2.54472, 1e-4);
    }

    void trajectoryCsvIsEmbedded()
    {
        const CliRun run = runCli({"control", "--preset", "recognise", "--trajectory", "csv"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["outcome"].toString(), QString("recognised"));
        const QStringList lines =
            result["trajectory_csv"].toString().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QString("t,u1,u2,X_norm,xi_norm"));
        // One row per grid node: 400 steps + the start.
        QCOMPARE(lines.size(), 1 + 401);
        const QStringList first = lines[1].split(',');
        QCOMPARE(first.size(), 5);
        QCOMPARE(first[1].toDouble(), -1.0);
        QCOMPARE(first[2].toDouble(), 0.5);
        // The last row sits on u* = (0.967206, 0.967206).
        HL_COMPARE_NEAR(lines.last().split(',')[1].toDouble(), 0.967206, 1e-5);
    }

    void silentSynapsesStayWithinSmallK()
    {
        const CliRun run = runCli({"control", "--a", "0,1,0,1,0,0.5,0,0.3,0", "--initial",
                                   "-1,0.5,1", "--mu", "0.001", "--K", "0.5", "--k", "0.05",
                                   "--lambda", "0.5", "--steps", "100", "--max-iterations", "300"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["k"].toDouble(), 0.05);
        QVERIFY(result["max_control_silent"].toDouble() <= 0.05);
        QVERIFY(result["max_control_silent"].toDouble() > 0.0);
        QVERIFY(result["max_control_existing"].toDouble() <= 0.5);
        // 4 existing synapses + 2 silent off-diagonal ones ((0,2) and (2,0)).
        QCOMPARE(result["controlled_synapses"].toInt(), 6);
        // lambda = 0.5: T_h = ln(1e4) / 0.5.
        HL_COMPARE_NEAR(result["horizon"].toDouble(), std::log(1e4) / 0.5, 1e-12);
    }

    void onlyTheGivenSynapsesAreControlled()
    {
        const CliRun run = runCli({"control", "--preset", "authors-map", "--controllable", "0:1",
                                   "--max-iterations", "200"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["controlled_synapses"].toInt(), 1);
        const QJsonArray xi = result["final_control"].toArray();
        QCOMPARE(xi[2].toDouble(), 0.0); // synapse (1, 0) is left alone
    }

    void presetsAreListedAndTheSequenceRuns()
    {
        const CliRun list = runCli({"control", "--list-presets"});
        QCOMPARE(list.exitCode, 0);
        QStringList names;
        for (const QJsonValue& preset : parseObject(list.out)["presets"].toArray())
            names << preset.toObject()["name"].toString();
        QCOMPARE(names, (QStringList{"recognise", "record", "forget-recover", "wandering",
                                     "authors-map"}));
        const CliRun run = runCli({"control", "--preset", "forget-recover"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray steps = parseObject(run.out)["steps"].toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[1].toObject()["memory_forgotten"].toArray()[0].toBool(), true);
        QCOMPARE(steps[2].toObject()["memory_forgotten"].toArray()[0].toBool(), false);
    }

    void badArgumentsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("wrong count") << QStringList{"control", "--a", "0,1,1", "--initial", "1,2"};
        QTest::newRow("no couplings") << QStringList{"control", "--initial", "1,2"};
        QTest::newRow("no initial") << QStringList{"control", "--a", "0,1,1,0"};
        QTest::newRow("mu > 1") << QStringList{"control", "--preset", "record", "--mu", "2"};
        QTest::newRow("k > K") << QStringList{"control", "--preset", "record", "--k", "0.9"};
        QTest::newRow("unknown preset") << QStringList{"control", "--preset", "nope"};
        QTest::newRow("bad gain") << QStringList{"control", "--preset", "record", "--gain", "x"};
        QTest::newRow("pieces") << QStringList{"control", "--preset", "record", "--pieces", "7"};
        QTest::newRow("csv only") << QStringList{"control", "--preset", "record", "--trajectory",
                                                 "json"};
        QTest::newRow("csv of a sequence")
            << QStringList{"control", "--preset", "forget-recover", "--trajectory", "csv"};
        QTest::newRow("map horizon")
            << QStringList{"control", "--preset", "authors-map", "--horizon", "5"};
        QTest::newRow("unknown flag") << QStringList{"control", "--preset", "record", "--x", "1"};
        QTest::newRow("bad synapse")
            << QStringList{"control", "--preset", "record", "--controllable", "0-1"};
        QTest::newRow("synapse outside")
            << QStringList{"control", "--preset", "record", "--controllable", "0:2"};
        QTest::newRow("not a number")
            << QStringList{"control", "--a", "0,one,1,0", "--initial", "1,2"};
    }
    void badArgumentsExitTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestControlCommand)
#include "tst_controlcommand.moc"
