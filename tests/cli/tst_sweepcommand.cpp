#include "CliRun.h"
#include "FuzzyCompare.h"
#include "TestSuite.h"

#include <algorithm>

using namespace cli_test;

namespace {

/// The shards 1..count of `sweep` as files in `dir`, named s1.csv ... (each run on one
/// thread, as a machine of a cluster might).
QStringList runShards(const QTemporaryDir& dir, const QStringList& sweep, int count)
{
    QStringList files;
    for (int k = 1; k <= count; ++k) {
        const CliRun run = runCli(
            sweep + QStringList{"--shard", QString("%1/%2").arg(k).arg(count), "--threads", "1"});
        if (run.exitCode != 0)
            qFatal("shard %d/%d failed: %s", k, count, run.err.constData());
        files << writeFile(dir, QString("s%1.csv").arg(k), run.out);
    }
    return files;
}

const QByteArray kHeader =
    "alpha,temperature,noise,mean_overlap,std_overlap,retrieval_fraction,samples";

} // namespace

class TestSweepCommand : public QObject {
    Q_OBJECT
private slots:
    void printsOneRowPerPoint()
    {
        const CliRun run = runCli({"sweep", "--rule", "hebb", "--neurons", "400", "--alpha",
                                   "0.05:0.25:0.1", "--temperature", "0", "--noise", "0.1",
                                   "--samples", "4", "--seed", "5", "--threads", "2"});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // header + alpha 0.05, 0.15, 0.25
        QCOMPARE(lines[0], kHeader);
        const QList<QByteArray> low = lines[1].split(',');
        QCOMPARE(low.size(), 7);
        QCOMPARE(low[0], QByteArray("0.05"));
        QCOMPARE(low[6], QByteArray("4"));
        // alpha = 0.05 is far below capacity: 10% noise is always corrected (m > 0.95);
        // alpha = 0.25 is far above it: no sample retrieves.
        QVERIFY(low[3].toDouble() > 0.95);
        QCOMPARE(low[5].toDouble(), 1.0);
        QVERIFY(lines[3].split(',')[3].toDouble() < 0.6);
        QCOMPARE(lines[3].split(',')[5].toDouble(), 0.0);
    }

    void sameCsvForOneAndTwoThreads()
    {
        const QStringList common{
            "sweep",     "--neurons", "200",           "--alpha",   "0.1:0.2:0.1", "--temperature",
            "0:0.5:0.5", "--noise",   "0.05:0.15:0.1", "--samples", "3",           "--seed",
            "9"};
        const CliRun one = runCli(common + QStringList{"--threads", "1"});
        const CliRun two = runCli(common + QStringList{"--threads", "2"});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out.trimmed().split('\n').size(), 9); // 2 x 2 x 2 points + header
        QCOMPARE(one.out, two.out);
    }

    void perSampleRowsForHistograms()
    {
        const CliRun run = runCli({"sweep", "--neurons", "100", "--alpha", "0.05", "--noise", "0",
                                   "--samples", "5", "--per-sample"});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines[0], QByteArray("alpha,temperature,noise,sample,overlap"));
        QCOMPARE(lines.size(), 6);
        // 5 stored patterns in 100 neurons, started on the pattern: it is a fixed point.
        QCOMPARE(lines[5], QByteArray("0.05,0,0,4,1"));
    }

    void learntRulesSweep()
    {
        const QStringList common{"sweep",     "--neurons", "100",    "--alpha", "0.3",
                                 "--samples", "4",         "--seed", "7"};
        const CliRun dense = runCli(common + QStringList{"--rule", "dense", "--order", "3"});
        const CliRun unlearning = runCli(common + QStringList{"--rule", "unlearning"});
        const CliRun modern = runCli(common + QStringList{"--rule", "modern", "--beta", "1"});
        const CliRun hebb = runCli(common);
        QCOMPARE(dense.exitCode, 0);
        QCOMPARE(unlearning.exitCode, 0);
        QCOMPARE(modern.exitCode, 0);
        QCOMPARE(modern.out.trimmed().split('\n')[1], QByteArray("0.3,0,0.1,1,0,1,4"));
        // x^3 holds ~ N^2 / (2 ln N) patterns, and unlearning lifts capacity to about 0.6:
        // both retrieve every sample at alpha = 0.3, where Hebb (alpha_c = 0.138) does not.
        QCOMPARE(dense.out.trimmed().split('\n')[1], QByteArray("0.3,0,0.1,1,0,1,4"));
        QCOMPARE(unlearning.out.trimmed().split('\n')[1], QByteArray("0.3,0,0.1,1,0,1,4"));
        QVERIFY(hebb.out.trimmed().split('\n')[1].split(',')[3].toDouble() < 0.8);
    }

    void examplesRulesSweepTheUnseenArchetype()
    {
        // Low load, T = 0: with 40 examples of quality 0.6 the archetype is retrieved; at
        // rho = 100 (r = 1 / sqrt(1 + 40 * 100) = 0.016) the examples carry almost nothing.
        const QStringList common{"sweep",     "--neurons", "200",        "--alpha", "0.02",
                                 "--samples", "4",         "--examples", "40"};
        const CliRun good =
            runCli(common + QStringList{"--rule", "examples-supervised", "--quality", "0.6"});
        const CliRun bad =
            runCli(common + QStringList{"--rule", "examples-unsupervised", "--entropy", "100"});
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(bad.exitCode, 0);
        QVERIFY(good.out.trimmed().split('\n')[1].split(',')[3].toDouble() > 0.95);
        QVERIFY(bad.out.trimmed().split('\n')[1].split(',')[3].toDouble() < 0.5);
        verifyOneLineError(common + QStringList{"--rule", "examples-supervised", "--quality", "0.5",
                                                "--entropy", "0.1"},
                           "not both");
    }

    void mergedShardsPrintTheUnshardedCsv_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("perSample");
        QTest::newRow("1 shard") << 1 << false;
        QTest::newRow("2 shards") << 2 << false;
        QTest::newRow("3 shards, uneven") << 3 << false;
        QTest::newRow("7 shards, uneven") << 7 << false;
        QTest::newRow("40 shards, some empty") << 40 << false;
        QTest::newRow("3 shards, per sample") << 3 << true;
    }

    void mergedShardsPrintTheUnshardedCsv()
    {
        QFETCH(int, count);
        QFETCH(bool, perSample);
        // 3 x 2 points of P = 10, 20, 30 at N = 100, 6 samples each: 36 samples of uneven cost.
        QStringList sweep{"sweep",       "--neurons",     "100",       "--alpha",
                          "0.1:0.3:0.1", "--temperature", "0:0.5:0.5", "--samples",
                          "6",           "--seed",        "21",        "--sweeps",
                          "20"};
        if (perSample)
            sweep << "--per-sample";
        const CliRun whole = runCli(sweep);
        QCOMPARE(whole.exitCode, 0);
        QCOMPARE(whole.out.count('\n'), perSample ? 37 : 7);
        QTemporaryDir dir;
        QStringList files = runShards(dir, sweep, count);
        std::reverse(files.begin(), files.end()); // any order
        const CliRun merged = runCli(QStringList{"merge"} + files);
        QCOMPARE(merged.exitCode, 0);
        QCOMPARE(merged.out, whole.out); // byte for byte
    }

    void shardsRecordTheirCommandAndSeed()
    {
        const CliRun run = runCli({"sweep", "--neurons", "100", "--alpha", "0.1:0.3:0.1",
                                   "--samples", "4", "--shard", "2/2"});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines[0], QByteArray("# hopfield-lab shard 2/2"));
        QCOMPARE(lines[1], QByteArray("# command: hopfield-lab-cli sweep --neurons 100 --alpha "
                                      "0.1:0.3:0.1 --samples 4 --shard 2/2"));
        QCOMPARE(lines[2], QByteArray("# seed: 1")); // the default, recorded
        // Weights 10 x 4, 20 x 4, 30 x 4 (C = 240): shard 2 holds the last point, 120.
        QCOMPARE(lines[3], QByteArray("# samples: 8-12 of 12"));
        QCOMPARE(lines[4], QByteArray("item,overlap"));
        QCOMPARE(lines.size(), 5 + 4 + 1); // four rows and the final newline
    }

    void mergeRefusesShardsThatDoNotFit_data()
    {
        QTest::addColumn<QStringList>("pick"); // s<K>.csv of sweep A, t<K>.csv of sweep B
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringList{"s1", "s3"} << "missing 1 of 3 shards: 2/3";
        QTest::newRow("duplicated")
            << QStringList{"s1", "s2", "s2", "s3"} << "shard 2/3 is given twice";
        QTest::newRow("other sweep")
            << QStringList{"s1", "t2", "s3"} << "are shards of different sweeps";
        QTest::newRow("not a shard")
            << QStringList{"plain"}
            << "plain.csv:1: expected the header line '# hopfield-lab shard";
        QTest::newRow("no file") << QStringList{"absent"} << "cannot open shard";
        QTest::newRow("nothing") << QStringList{} << "merge expects the shard files";
    }

    void mergeRefusesShardsThatDoNotFit()
    {
        QFETCH(QStringList, pick);
        QFETCH(QString, message);
        const QStringList sweep{"sweep",       "--neurons", "100", "--alpha",
                                "0.1:0.3:0.1", "--samples", "2"};
        QTemporaryDir dir;
        runShards(dir, sweep, 3);
        QTemporaryDir other;
        const QStringList otherFiles = runShards(other, sweep + QStringList{"--seed", "2"}, 3);
        QFile::copy(otherFiles[1], dir.filePath("t2.csv"));
        writeFile(dir, "plain.csv", runCli(sweep).out);
        QStringList files;
        for (const QString& name : pick)
            files << dir.filePath(name + ".csv");
        verifyOneLineError(QStringList{"merge"} + files, message);
    }

    void badRangesExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("stop < start") << QStringList{"--alpha", "0.2:0.1:0.01"} << "stop";
        QTest::newRow("step 0") << QStringList{"--alpha", "0.1:0.2:0"} << "step";
        QTest::newRow("negative step") << QStringList{"--temperature", "0:1:-0.1"} << "step";
        QTest::newRow("alpha too large") << QStringList{"--alpha", "0.1:5:0.1"} << "alpha";
        QTest::newRow("not a range") << QStringList{"--alpha", "0.1:0.2"} << "start:stop:step";
        QTest::newRow("not a number") << QStringList{"--noise", "lots"} << "noise";
        QTest::newRow("noise > 1") << QStringList{"--noise", "1.5"} << "noise";
        QTest::newRow("unknown rule") << QStringList{"--rule", "magic"} << "rule";
        QTest::newRow("dense at T > 0")
            << QStringList{"--rule", "dense", "--temperature", "0.5"} << "temperature 0";
        QTest::newRow("modern at T > 0")
            << QStringList{"--rule", "modern", "--temperature", "0.5"} << "temperature 0";
        QTest::newRow("modern beta 0") << QStringList{"--rule", "modern", "--beta", "0"} << "beta";
        QTest::newRow("lambda of another rule")
            << QStringList{"--lambda", "0.1"} << "--lambda does not apply to --rule hebb";
        QTest::newRow("order of another rule") << QStringList{"--rule", "modern", "--order", "exp"}
                                               << "--order does not apply to --rule modern";
        QTest::newRow("seed negative") << QStringList{"--seed", "-1"} << "--seed";
        QTest::newRow("unknown flag") << QStringList{"--colour", "red"} << "colour";
        QTest::newRow("too many points")
            << QStringList{"--alpha", "0.001:2:0.00001"} << "more than";
        QTest::newRow("shard K above N") << QStringList{"--shard", "4/3"} << "K must lie in [1, N]";
        QTest::newRow("shard K zero") << QStringList{"--shard", "0/3"} << "K must lie in [1, N]";
        QTest::newRow("shard N zero")
            << QStringList{"--shard", "0/0"} << "N must lie in [1, 100000]";
        QTest::newRow("shard not K/N") << QStringList{"--shard", "2"} << "--shard expects K/N";
    }
    void badRangesExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{"sweep", "--neurons", "50"} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestSweepCommand)
#include "tst_sweepcommand.moc"
