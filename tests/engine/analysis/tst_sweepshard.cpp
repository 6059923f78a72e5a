#include "TestSuite.h"
#include "analysis/Sweep.h"
#include "analysis/SweepShard.h"
#include "analysis/SweepShardFile.h"
#include "io/ParseError.h"
#include "learning/CouplingRules.h"

#include <sstream>
#include <stdexcept>

using namespace hopfield;

namespace {

/// P = 10, 20, 30 patterns at alpha = 0.1, 0.2, 0.3 in 100 neurons, four samples each:
/// item weights 10 x 4, 20 x 4, 30 x 4, total C = 240.
SweepParameters unevenLoads()
{
    SweepParameters parameters;
    parameters.neurons = 100;
    parameters.alpha = {0.1, 0.3, 0.1};
    parameters.noise = SweepRange::single(0.1);
    parameters.samples = 4;
    parameters.seed = 11;
    parameters.threads = 1;
    return parameters;
}

SweepShardFile shardOf(const SweepParameters& parameters, SweepShard shard,
                       const std::string& command)
{
    SweepShardFile file;
    file.shard = shard;
    file.command = command + " --shard " + sweepShardName(shard);
    file.seed = parameters.seed;
    file.totalSamples = static_cast<long long>(sweepGrid(parameters).size()) * parameters.samples;
    file.range = shardSamples(parameters, shard);
    file.overlaps.assign(static_cast<std::size_t>(file.range.size()), 0.5);
    return file;
}

std::string mergeError(const std::vector<SweepShardFile>& shards,
                       const std::vector<std::string>& names)
{
    try {
        mergeSweepShards(shards, names);
    } catch (const std::invalid_argument& error) {
        return error.what();
    }
    return {};
}

} // namespace

class TestSweepShard : public QObject {
    Q_OBJECT
private slots:
    void shardsAreBalancedByCost_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<long long>>("firsts"); // shard k starts at firsts[k - 1]
        // One shard: everything.
        QTest::newRow("1") << 1 << QList<long long>{0, 12};
        // Two: 40 + 80 = 120 = C / 2 exactly, though 8 samples vs 4.
        QTest::newRow("2") << 2 << QList<long long>{0, 8, 12};
        // Three (C / 3 = 80), by midpoints 5..35, 50..110, 135..225: weights 80, 70, 90.
        QTest::newRow("3") << 3 << QList<long long>{0, 6, 9, 12};
        // More shards (slices of 10) than samples: each light item (w = 10) fills a shard;
        // the heavier ones sit at their midpoints (50, 70, ..., 225), leaving empty shards.
        QTest::newRow("24") << 24 << QList<long long>{0, 1, 2, 3, 4,  4,  5,  5,  6,  6,  7,  7, 8,
                                                      8, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12};
    }

    void shardsAreBalancedByCost()
    {
        QFETCH(int, count);
        QFETCH(QList<long long>, firsts);
        const SweepParameters parameters = unevenLoads();
        for (int k = 1; k <= count; ++k) {
            const SampleRange range = shardSamples(parameters, {k, count});
            QCOMPARE(range.first, firsts[k - 1]);
            QCOMPARE(range.last, firsts[k]);
        }
    }

    void shardsTileTheSweepAndRunItsSamples()
    {
        SweepParameters parameters = unevenLoads();
        parameters.temperature = {0.0, 0.5, 0.5};
        const SweepRule rule = couplingSweepRule(CouplingRule::Hebb, 20);
        const SweepResult whole = runSweep(parameters, rule);
        std::vector<double> flat;
        for (const SweepPoint& point : whole.points)
            flat.insert(flat.end(), point.overlaps.begin(), point.overlaps.end());
        QCOMPARE(flat.size(), std::size_t{24});
        for (const int count : {1, 2, 5, 7}) {
            std::vector<double> joined;
            for (int k = 1; k <= count; ++k) {
                const auto part =
                    runSweepSamples(parameters, rule, shardSamples(parameters, {k, count}));
                QVERIFY(part.has_value());
                joined.insert(joined.end(), part->begin(), part->end());
            }
            QCOMPARE(joined, flat); // exact: every sample keeps its seed
        }
        const SweepResult rebuilt = sweepResultFromOverlaps(parameters, flat);
        QCOMPARE(rebuilt.points.size(), whole.points.size());
        for (std::size_t p = 0; p < whole.points.size(); ++p) {
            QCOMPARE(rebuilt.points[p].meanOverlap, whole.points[p].meanOverlap);
            QCOMPARE(rebuilt.points[p].stdOverlap, whole.points[p].stdOverlap);
            QCOMPARE(rebuilt.points[p].retrievalFraction, whole.points[p].retrievalFraction);
            QCOMPARE(rebuilt.points[p].patterns, whole.points[p].patterns);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 sweepResultFromOverlaps(parameters, std::vector<double>(23)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 runSweepSamples(parameters, rule, SampleRange{20, 25}));
    }

    void parsesShardNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("index"); // 0: refused
        QTest::addColumn<QString>("message");
        QTest::newRow("1/1") << "1/1" << 1 << "";
        QTest::newRow("3/7") << "3/7" << 3 << "";
        QTest::newRow("K above N") << "4/3" << 0 << "K must lie in [1, N]";
        QTest::newRow("K zero") << "0/3" << 0 << "K must lie in [1, N]";
        QTest::newRow("N zero") << "1/0" << 0 << "N must lie in [1, 100000]";
        QTest::newRow("N huge") << "1/100001" << 0 << "N must lie in [1, 100000]";
        QTest::newRow("negative") << "-1/3" << 0 << "K must lie in [1, N]";
        QTest::newRow("no slash") << "3" << 0 << "expects K/N";
        QTest::newRow("text") << "a/b" << 0 << "expects K/N";
        QTest::newRow("trailing") << "1/3x" << 0 << "expects K/N";
    }

    void parsesShardNames()
    {
        QFETCH(QString, text);
        QFETCH(int, index);
        QFETCH(QString, message);
        try {
            const SweepShard shard = parseSweepShard(text.toStdString());
            QCOMPARE(shard.index, index);
            QCOMPARE(sweepShardName(shard), text.toStdString());
        } catch (const std::invalid_argument& error) {
            QCOMPARE(index, 0);
            QVERIFY2(QString(error.what()).contains(message), error.what());
        }
    }

    void shardFilesRoundTrip()
    {
        SweepShardFile shard = shardOf(unevenLoads(), {2, 3}, "hopfield-lab-cli sweep --seed 11");
        shard.overlaps = {0.1 + 0.2, -1.0, 1.0 / 3.0};
        std::stringstream text;
        writeSweepShard(text, shard);
        QCOMPARE(text.str(), std::string("# hopfield-lab shard 2/3\n"
                                         "# command: hopfield-lab-cli sweep --seed 11 --shard 2/3\n"
                                         "# seed: 11\n"
                                         "# samples: 6-9 of 12\n"
                                         "item,overlap\n"
                                         "6,0.30000000000000004\n"
                                         "7,-1\n"
                                         "8,0.33333333333333331\n"));
        const SweepShardFile read = readSweepShard(text, "s.csv");
        QCOMPARE(read.shard, shard.shard);
        QCOMPARE(read.command, shard.command);
        QCOMPARE(read.seed, shard.seed);
        QCOMPARE(read.totalSamples, 12);
        QCOMPARE(read.range, shard.range);
        QCOMPARE(read.overlaps, shard.overlaps); // bit for bit
    }

    /// Found by fuzz_sweepshard: a file sent twice through a CRLF conversion ends its lines
    /// in "\r\r\n".  Reading kept one '\r' in the command, so the shard written back read
    /// as a different command (and `merge` would call it another sweep).
    void carriageReturnsDoNotBecomePartOfTheCommand()
    {
        std::istringstream crlf(
            "# hopfield-lab shard 1/2\r\r\n# command: x --shard 1/2\r\r\n"
            "# seed: 3\r\n# samples: 0-1 of 2\r\r\nitem,overlap\r\n0,0.5\r\r\n");
        const SweepShardFile read = readSweepShard(crlf, "s.csv");
        QCOMPARE(read.command, std::string("x --shard 1/2"));
        std::stringstream text;
        writeSweepShard(text, read);
        QCOMPARE(readSweepShard(text, "again.csv").command, read.command);
    }

    void badShardFilesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        const QByteArray head = "# hopfield-lab shard 1/2\n# command: x sweep --shard 1/2\n"
                                "# seed: 3\n# samples: 0-2 of 4\nitem,overlap\n";
        QTest::newRow("empty") << QByteArray() << "s.csv: expected the header line";
        QTest::newRow("plain CSV")
            << QByteArray("alpha,temperature\n")
            << "s.csv:1: expected the header line '# hopfield-lab shard K/N'";
        QTest::newRow("bad K/N") << QByteArray("# hopfield-lab shard 3/2\n")
                                 << "s.csv:1: --shard 3/2: K must lie in [1, N]";
        QTest::newRow("command of another shard")
            << QByteArray("# hopfield-lab shard 1/2\n# command: x sweep --shard 2/2\n")
            << "s.csv:2: the command does not hold --shard 1/2";
        QTest::newRow("bad seed")
            << QByteArray("# hopfield-lab shard 1/2\n# command: x --shard 1/2\n# seed: -3\n")
            << "s.csv:3: the seed is not a whole number";
        QTest::newRow("range past the sweep")
            << QByteArray("# hopfield-lab shard 1/2\n# command: x --shard 1/2\n# seed: 3\n"
                          "# samples: 0-5 of 4\n")
            << "s.csv:4: samples 0-5 of 4 is not a range";
        QTest::newRow("cut file") << head + "0,0.5\n"
                                  << "s.csv:6: the file ends after item 0";
        QTest::newRow("item skipped") << head + "1,0.5\n"
                                      << "s.csv:6: expected item 0, got 1";
        QTest::newRow("too many") << head + "0,1\n1,1\n2,1\n"
                                  << "s.csv:8: item 2 lies past the header's range";
        QTest::newRow("overlap above 1") << head + "0,1.5\n"
                                         << "'1.5' is not a number in [-1, 1]";
        QTest::newRow("nan") << head + "0,nan\n"
                             << "'nan' is not a number in [-1, 1]";
        QTest::newRow("no comma") << head + "0 0.5\n"
                                  << "expected ITEM,OVERLAP";
    }

    void badShardFilesNameTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        std::istringstream in(text.toStdString());
        try {
            readSweepShard(in, "s.csv");
            QFAIL("accepted");
        } catch (const ParseError& error) {
            QVERIFY2(QString(error.what()).contains(message), error.what());
            QVERIFY(!QString(error.what()).contains('\n'));
        }
    }

    void mergeJoinsShardsInAnyOrder()
    {
        const SweepParameters parameters = unevenLoads();
        const std::string command = "hopfield-lab-cli sweep --neurons 100";
        SweepShardFile one = shardOf(parameters, {1, 3}, command);
        SweepShardFile two = shardOf(parameters, {2, 3}, command + " --threads 2");
        SweepShardFile three = shardOf(parameters, {3, 3}, command);
        one.overlaps.assign(6, 1.0);
        two.overlaps.assign(3, 0.0);
        three.overlaps.assign(3, -1.0);
        const std::vector<double> merged =
            mergeSweepShards({three, one, two}, {"c.csv", "a.csv", "b.csv"});
        QCOMPARE(merged, (std::vector<double>{1, 1, 1, 1, 1, 1, 0, 0, 0, -1, -1, -1}));
        QCOMPARE(sweepIdentity(two.command), command);
    }

    void mergeRefusesWhatDoesNotFit()
    {
        const SweepParameters parameters = unevenLoads();
        const std::string command = "hopfield-lab-cli sweep --neurons 100";
        const SweepShardFile one = shardOf(parameters, {1, 2}, command);
        const SweepShardFile two = shardOf(parameters, {2, 2}, command);
        QCOMPARE(mergeError({one, one}, {"a.csv", "b.csv"}),
                 "shard 1/2 is given twice: a.csv and b.csv");
        QCOMPARE(mergeError({two}, {"b.csv"}), "missing 1 of 2 shards: 1/2");
        const SweepShardFile other = shardOf(parameters, {2, 2}, command + " --samples 5");
        QCOMPARE(mergeError({one, other}, {"a.csv", "b.csv"}),
                 "a.csv and b.csv are shards of different sweeps: 'hopfield-lab-cli sweep "
                 "--neurons 100' vs 'hopfield-lab-cli sweep --neurons 100 --samples 5'");
        SweepShardFile reseeded = two;
        reseeded.seed = 12;
        QCOMPARE(mergeError({one, reseeded}, {"a.csv", "b.csv"}),
                 "a.csv and b.csv are shards of different sweeps: seed 11 vs 12");
        const SweepShardFile third = shardOf(parameters, {2, 3}, command);
        QCOMPARE(mergeError({one, third}, {"a.csv", "c.csv"}),
                 "a.csv and c.csv split the sweep differently: shard 1/2 vs 2/3");
        SweepShardFile shifted = two;
        shifted.range.first += 1;
        shifted.overlaps.pop_back();
        QVERIFY(mergeError({one, shifted}, {"a.csv", "b.csv"})
                    .starts_with("b.csv holds samples from 9, expected 8"));
        QCOMPARE(mergeError({}, {}), "no shards to merge");
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestSweepShard)
#include "tst_sweepshard.moc"
