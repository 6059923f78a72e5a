#include "CliRun.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <cmath>

using namespace cli_test;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void retrieveCarriesEveryField()
    {
        const CliRun run = runCli({"retrieve", "--neurons", "1000", "--patterns", "50", "--noise",
                                   "0.2", "--seed", "3", "--temperature", "0"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        for (const char* field :
             {"neurons", "patterns", "temperature", "final_overlaps", "target_overlap",
              "energy_trace", "sweeps", "converged", "classification"})
            QVERIFY2(result.contains(field), field);
        QCOMPARE(result["neurons"].toInt(), 1000);
        QCOMPARE(result["patterns"].toInt(), 50);
        QCOMPARE(result["final_overlaps"].toArray().size(), 50);
        QVERIFY(result["converged"].toBool());
        QVERIFY(result["target_overlap"].toDouble() > 0.95);
        // One energy per sweep, starting with the initial state.
        QCOMPARE(result["energy_trace"].toArray().size(), result["sweeps"].toInt() + 1);
        const QJsonArray energy = result["energy_trace"].toArray();
        for (int k = 1; k < energy.size(); ++k)
            QVERIFY(energy[k].toDouble() <= energy[k - 1].toDouble() + 1e-9);
        // 20% flips: the initial overlap is exactly 1 - 2 * 0.2.
        QCOMPARE(result["initial_overlaps"].toArray()[0].toDouble(), 0.6);
        const QJsonObject classification = result["classification"].toObject();
        QCOMPARE(classification["kind"].toString(), QString("retrieval"));
        QCOMPARE(classification["patterns"].toArray(), QJsonArray{0});
    }

    void fieldSelectsAPatternFromTheMixture()
    {
        // From the 3-mixture, h = 0.6 xi^2 flips the bits where xi^2 disagrees with the
        // majority (their Hebb field is 1/2 < 0.6): the run ends on xi^2.
        const CliRun run = runCli({"retrieve", "--neurons", "500", "--patterns", "3", "--mixture",
                                   "0,1,2", "--field-pattern", "2", "--field", "0.6"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["field_pattern"].toInt(), 2);
        QCOMPARE(result["final_overlaps"].toArray()[2].toDouble(), 1.0);
        QCOMPARE(result["classification"].toObject()["patterns"].toArray(), QJsonArray{2});
        const CliRun without =
            runCli({"retrieve", "--neurons", "500", "--patterns", "3", "--mixture", "0,1,2"});
        QCOMPARE(parseObject(without.out)["classification"].toObject()["kind"].toString(),
                 QStringLiteral("mixture"));
    }

    void mixtureStartIsClassifiedAsAMixture()
    {
        const CliRun run = runCli({"retrieve", "--neurons", "2000", "--patterns", "5", "--mixture",
                                   "0,1,2", "--seed", "4"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject classification = parseObject(run.out)["classification"].toObject();
        QCOMPARE(classification["kind"].toString(), QString("mixture"));
        QCOMPARE(classification["patterns"].toArray(), (QJsonArray{0, 1, 2}));
    }

    void pseudoInverseRetrievesBeyondHebbsCapacity()
    {
        // alpha = 0.3: Hebb ends far from the pattern, the projection rule retrieves it.
        const QStringList base{"retrieve", "--neurons", "400",    "--patterns", "120",
                               "--noise",  "0.05",      "--seed", "2"};
        const CliRun hebb = runCli(base);
        const CliRun projection = runCli(base + QStringList{"--rule", "pseudo-inverse"});
        QCOMPARE(projection.exitCode, 0);
        const QJsonObject result = parseObject(projection.out);
        QCOMPARE(result["rule"].toString(), QString("pseudo-inverse"));
        QCOMPARE(result["form"].toString(), QString("dense"));
        QCOMPARE(result["target_overlap"].toDouble(), 1.0);
        QVERIFY(parseObject(hebb.out)["target_overlap"].toDouble() < 0.9);
    }

    void sameSeedSameOutput()
    {
        const QStringList arguments{"retrieve", "--neurons",     "500", "--patterns",
                                    "40",       "--temperature", "0.3", "--sweeps",
                                    "20",       "--seed",        "9"};
        QCOMPARE(runCli(arguments).out, runCli(arguments).out);
    }

    void patternsFromAFile()
    {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, "two.txt", "; plus\n.#.\n###\n.#.\n\n; cross\n#.#\n.#.\n#.#\n");
        const CliRun run =
            runCli({"retrieve", "--patterns-file", path, "--target", "1", "--noise", "0"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["neurons"].toInt(), 9);
        QCOMPARE(result["patterns"].toInt(), 2);
        QCOMPARE(result["width"].toInt(), 3);
    }

    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* command : {"retrieve", "learn", "sweep", "theory", "bench", "ode",
                                    "control", "plasticity", "rbm", "bam", "tam"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void everyCommandAnswersHelp()
    {
        // `COMMAND --help` prints that command's options and exits 0 (it used to fail with
        // "option --help needs a value"), whatever else is on the line.
        QFETCH(QString, command);
        for (const QStringList& arguments :
             {QStringList{command, "--help"}, QStringList{command, "--seed", "3", "-h"}}) {
            const CliRun run = runCli(arguments);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(command.toLatin1()), run.out.constData());
            QVERIFY2(run.out.contains("--"), run.out.constData());
            QVERIFY(run.out.size() < 6000); // the command's own help, not the whole usage
            QVERIFY(run.err.isEmpty());
        }
    }

    void badInputExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{"retreive"} << "unknown command";
        QTest::newRow("unknown option")
            << QStringList{"retrieve", "--nuerons", "10"} << "not expected: 10 --nuerons";
        QTest::newRow("not a number")
            << QStringList{"retrieve", "--noise", "lots"} << "--noise: Value lots not in range";
        QTest::newRow("noise out of range")
            << QStringList{"retrieve", "--noise", "1.5"} << "--noise: Value 1.5 not in range";
        QTest::newRow("negative temperature") << QStringList{"retrieve", "--temperature", "-1"}
                                              << "--temperature: Value -1 not in range";
        QTest::newRow("bad update")
            << QStringList{"retrieve", "--update", "chaotic"} << "--update expects async";
        QTest::newRow("target out of range")
            << QStringList{"retrieve", "--patterns", "3", "--target", "3"}
            << "--target must lie in [0, 2]";
        QTest::newRow("mixture and noise")
            << QStringList{"retrieve", "--mixture", "0,1,2", "--noise", "0.1"} << "give one";
        QTest::newRow("bad mixture")
            << QStringList{"retrieve", "--mixture", "0,x"} << "--mixture expects";
        QTest::newRow("missing file")
            << QStringList{"retrieve", "--patterns-file", "/nonexistent/p.pbm"}
            << "/nonexistent/p.pbm";
        QTest::newRow("too large")
            << QStringList{"retrieve", "--neurons", "2000000000", "--patterns", "2000000000"}
            << "limit on this machine";
        QTest::newRow("unknown rule")
            << QStringList{"retrieve", "--rule", "magic"} << "unknown learning rule 'magic'";
        QTest::newRow("rule without dense form")
            << QStringList{"retrieve", "--rule", "storkey", "--form", "overlap"}
            << "needs --form dense";
        QTest::newRow("missing value") << QStringList{"retrieve", "--seed"} << "--seed: 1 required";
        QTest::newRow("field pattern out of range")
            << QStringList{"retrieve", "--patterns", "3", "--field-pattern", "3", "--field", "1"}
            << "--field-pattern";
        QTest::newRow("field on the dense memory")
            << QStringList{"retrieve", "--rule", "dense", "--field", "1"} << "coupling rule";
    }
    void badInputExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        verifyOneLineError(arguments, message);
    }

    void malformedFileNamesFileAndLine()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "broken.txt", "; a\n##.\n#x.\n");
        const CliRun run = runCli({"retrieve", "--patterns-file", path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((path + ":3").toUtf8()), run.err.constData());
    }

    void fileOfTheWrongSizeForTheNetworkIsRefused()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "small.txt", "##\n.#\n");
        const CliRun run = runCli({"retrieve", "--patterns-file", path, "--neurons", "9"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("network has 9"), run.err.constData());
    }

    void benchPrintsThroughputForEveryCase()
    {
        const CliRun run = runCli({"bench", "--quick"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray cases = parseObject(run.out)["cases"].toArray();
        QCOMPARE(cases.size(), 3 * 2 * 2 * 2 + 1);
        for (const QJsonValue& entry : cases) {
            const QJsonObject bench = entry.toObject();
            QVERIFY(bench["spin_updates_per_second"].toDouble() > 0.0);
            QVERIFY(bench["sweeps"].toInt() >= 3);
        }
        // The standard retrieval sweep (3 loads x 2 samples under --quick).
        const QJsonObject result = parseObject(run.out);
        QCOMPARE(result["sweep_samples"].toInt(), 6);
        for (const char* field : {"sweep_samples_per_second_1_thread",
                                  "sweep_samples_per_second_all_threads", "sweep_threads"})
            QVERIFY2(result[field].toDouble() > 0.0, field);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
