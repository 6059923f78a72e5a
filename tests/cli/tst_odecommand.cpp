// The `ode` command end to end: flags, JSON fields, CSV, presets and located errors.
#include "CliRun.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>

using namespace cli_test;

namespace {

CliRun runOde(const QStringList& arguments)
{
    return runCli(QStringList{"ode"} + arguments);
}

} // namespace

class TestOdeCommand : public QObject {
    Q_OBJECT
private slots:
    void listsThePresets()
    {
        const CliRun run = runOde({"--list-presets"});
        QCOMPARE(run.exitCode, 0);
        for (const char* name :
             {"symmetric-two-neuron:", "limit-cycle:", "stored-pattern:", "krotov-quartic:"})
            QVERIFY2(run.out.contains(name), name);
    }

    void symmetricPresetReachesASinkAndListsNineFixedPoints()
    {
        const CliRun run = runOde({"--preset", "symmetric-two-neuron", "--t-max", "60"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        for (const char* field : {"model", "neurons", "gain", "beta", "stepper", "final_state",
                                  "classification", "energy", "fixed_points", "energy_is_lyapunov"})
            QVERIFY2(result.contains(field), field);
        QCOMPARE(result["classification"].toString(), QStringLiteral("equilibrium"));
        QVERIFY(result["energy_is_lyapunov"].toBool());
        const QJsonArray points = result["fixed_points"].toArray();
        QCOMPARE(points.size(), 9);
        int sinks = 0;
        int saddles = 0;
        int sources = 0;
        for (const auto& value : points) {
            const QJsonObject p = value.toObject();
            QVERIFY(p["residual"].toDouble() < 1e-8);
            QCOMPARE(p["eigenvalues"].toArray().size(), 2);
            sinks += p["kind"].toString() == "sink";
            saddles += p["kind"].toString() == "saddle";
            sources += p["kind"].toString() == "source";
        }
        QCOMPARE(sinks, 4);
        QCOMPARE(saddles, 4);
        QCOMPARE(sources, 1);
        // From (0.1, 0.05) the run ends in the (+, +) sink u1 = u2 = 1.5 tanh(4 u1) = 1.49998.
        const QJsonArray final = result["final_state"].toArray();
        QVERIFY(std::abs(final[0].toDouble() - 1.49998) < 1e-4);
        QVERIFY(std::abs(final[1].toDouble() - 1.49998) < 1e-4);
    }

    void limitCyclePresetReportsItsPeriod()
    {
        const CliRun run = runOde({"--preset", "limit-cycle", "--stepper", "rk4", "--dt", "0.005"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["classification"].toString(), QStringLiteral("limit-cycle"));
        QCOMPARE(result["stepper"].toString(), QStringLiteral("rk4"));
        // 6.83763, the period timed independently in tst_limitcycle.
        QVERIFY(std::abs(result["limit_cycle"].toObject()["period"].toDouble() - 6.83763) < 1e-4);
        QVERIFY(!result["energy_is_lyapunov"].toBool());
        const QJsonArray points = result["fixed_points"].toArray();
        QCOMPARE(points.size(), 1);
        QCOMPARE(points[0].toObject()["kind"].toString(), QStringLiteral("unstable-spiral"));
    }

    void couplingsFileGivesCsv()
    {
        // T = [[0, 1], [1, 0]], g = tanh(3u), with an input: CSV header and one row per sample.
        QTemporaryDir dir;
        const QString file = writeFile(dir, "t.csv", "# two neurons\n0, 1\n1, 0\n");
        const CliRun run =
            runOde({"--couplings", file, "--beta", "3", "--input", "0.1,-0.1", "--initial",
                    "0.3,0.1", "--t-max", "2", "--sample-interval", "0.5", "--format", "csv"});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0], QByteArray("t,u1,u2,energy"));
        QVERIFY(lines[1].startsWith("0,0.2999999"));
        QVERIFY(lines[5].startsWith("2,"));
        QCOMPARE(lines[3].split(',').size(), 4);
    }

    void hebbOnAPatternFileRetrievesAPattern()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, "p.txt", "; a\n##..\n..##\n\n; b\n#.#.\n#.#.\n");
        const CliRun run = runOde({"--patterns-file", file, "--rule", "hebb", "--beta", "4",
                                   "--initial", "0.5,0.5,-0.5,-0.5,-0.5,-0.5,0.5,-0.5"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["neurons"].toInt(), 8);
        QCOMPARE(result["classification"].toString(), QStringLiteral("equilibrium"));
        // The end state has the signs of pattern a = (+ + - - - - + +).
        const QJsonArray final = result["final_output"].toArray();
        const int expected[] = {1, 1, -1, -1, -1, -1, 1, 1};
        for (int i = 0; i < 8; ++i)
            QVERIFY(final[i].toDouble() * expected[i] > 0.5);
    }

    void krotovModelRuns()
    {
        const CliRun run = runOde({"--preset", "krotov-quartic"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["model"].toString(), QStringLiteral("krotov"));
        QCOMPARE(result["power"].toInt(), 4);
        QVERIFY(result["energy_is_lyapunov"].toBool());
        QCOMPARE(result["fixed_points"].toArray().size(), 9);
    }

    void errorsAreOneLocatedLine_data()
    {
        QTest::addColumn<QByteArray>("matrix");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad entry")
            << QByteArray("0 1\n1 zz\n") << QStringList{"--initial", "0,0"}
            << QStringLiteral("m.txt:2: entry 2 'zz' is not a finite number");
        QTest::newRow("ragged") << QByteArray("0 1\n\n1 0 3\n") << QStringList{"--initial", "0,0"}
                                << QStringLiteral("m.txt:3: row has 3 entries, expected 2");
        QTest::newRow("not square")
            << QByteArray("0 1 2\n1 0 2\n") << QStringList{"--initial", "0,0"}
            << QStringLiteral("square matrix (got 2 x 3)");
        QTest::newRow("initial size") << QByteArray("0 1\n1 0\n") << QStringList{"--initial", "1"}
                                      << QStringLiteral("--initial has 1 values for 2 neurons");
        QTest::newRow("stepper") << QByteArray("0 1\n1 0\n")
                                 << QStringList{"--initial", "0,0", "--stepper", "euler"}
                                 << QStringLiteral("unknown stepper 'euler'");
        QTest::newRow("blow-up") << QByteArray("0 1\n1 0\n")
                                 << QStringList{"--initial", "0,0.1", "--input", "1e300,0"}
                                 << QStringLiteral("exceeds the blow-up bound");
    }

    void errorsAreOneLocatedLine()
    {
        QFETCH(QByteArray, matrix);
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString file = writeFile(dir, "m.txt", matrix);
        const CliRun run = runOde(QStringList{"--couplings", file} + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    void needsExactlyOneModelSource()
    {
        QCOMPARE(runOde({"--initial", "0,0"}).exitCode, 2);
        const CliRun run = runOde({"--preset", "limit-cycle", "--couplings", "x.txt"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("exactly one of --preset"));
        QVERIFY(runOde({"--preset", "nothing"}).err.contains("unknown preset 'nothing'"));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestOdeCommand)
#include "tst_odecommand.moc"
