#include "FuzzyCompare.h"
#include "PlasticityTestData.h"
#include "TestSuite.h"
#include "plasticity/BcmLayer.h"
#include "plasticity/CompetingUnits.h"
#include "plasticity/RowBlocks.h"
#include "plasticity/WorkerPool.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace hopfield;

namespace {

/// Blocks each arrive and wait until `expected` have: they can only all pass when each
/// runs on a thread of its own at the same time.  The 10 s limit only turns a failure into
/// a false instead of a hang.
class Rendezvous {
public:
    explicit Rendezvous(int expected) : m_expected(expected) {}

    bool arriveAndWait()
    {
        ++m_arrived;
        const auto limit = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (m_arrived.load() < m_expected) {
            if (std::chrono::steady_clock::now() > limit)
                return false;
            std::this_thread::yield();
        }
        return true;
    }

private:
    int m_expected;
    std::atomic<int> m_arrived{0};
};

/// What one forEachRowBlock call did: how often each row was handed out, the blocks
/// (first, count) and the threads that ran them, all blocks having met in a Rendezvous.
struct Coverage {
    std::vector<std::atomic<int>> visits;
    Rendezvous rendezvous;
    std::atomic<bool> met{true};
    std::mutex mutex;
    std::vector<std::pair<Eigen::Index, Eigen::Index>> blocks;
    std::set<std::thread::id> threads;

    Coverage(Eigen::Index rows, int expectedBlocks)
        : visits(static_cast<std::size_t>(rows)), rendezvous(expectedBlocks)
    {
    }

    void record(Eigen::Index first, Eigen::Index count)
    {
        for (Eigen::Index row = first; row < first + count; ++row)
            ++visits[static_cast<std::size_t>(row)];
        {
            const std::lock_guard lock(mutex);
            blocks.emplace_back(first, count);
            threads.insert(std::this_thread::get_id());
        }
        if (!rendezvous.arriveAndWait())
            met = false;
    }

    bool everyRowOnce() const
    {
        return std::all_of(visits.begin(), visits.end(), [](const auto& v) { return v == 1; });
    }
};

/// The blocks forEachRowBlock makes of `rows` rows for `threads` threads.
int blocksFor(Eigen::Index rows, int threads)
{
    return std::max(1, std::min(threads, static_cast<int>(rows / minimumBlockRows)));
}

/// `count` minibatches of 100 bundled digits, one after the other.
std::vector<Eigen::MatrixXf> digitBatches(int count)
{
    const Eigen::MatrixXf inputs = testing::bundledDigits(2000)->trainInputs();
    std::vector<Eigen::MatrixXf> batches;
    for (int b = 0; b < count; ++b)
        batches.emplace_back(inputs.middleCols((b * 100) % (inputs.cols() - 100), 100));
    return batches;
}

} // namespace

class TestWorkerPool : public QObject {
    Q_OBJECT
private slots:
    void runsEveryBlockOnce_data()
    {
        QTest::addColumn<int>("helpers");
        QTest::addColumn<int>("blocks");
        QTest::newRow("no helpers, one block") << 0 << 1;
        QTest::newRow("no helpers, five blocks") << 0 << 5;
        QTest::newRow("one helper, one block") << 1 << 1;
        QTest::newRow("one helper, two blocks") << 1 << 2;
        QTest::newRow("one helper, nine blocks") << 1 << 9;
        QTest::newRow("three helpers, two blocks") << 3 << 2;
        QTest::newRow("seven helpers, eight blocks") << 7 << 8;
    }

    // Block 0 on the caller, every block once, on at most helpers + 1 threads.
    void runsEveryBlockOnce()
    {
        QFETCH(int, helpers);
        QFETCH(int, blocks);
        WorkerPool pool(helpers);
        QCOMPARE(pool.helpers(), helpers);
        std::vector<std::atomic<int>> runs(static_cast<std::size_t>(blocks));
        std::vector<std::thread::id> ranOn(static_cast<std::size_t>(blocks));
        pool.run(blocks, [&](int b) {
            ++runs[static_cast<std::size_t>(b)];
            ranOn[static_cast<std::size_t>(b)] = std::this_thread::get_id();
        });
        for (const auto& r : runs)
            QCOMPARE(r.load(), 1);
        QCOMPARE(ranOn[0], std::this_thread::get_id());
        QVERIFY(std::set<std::thread::id>(ranOn.begin(), ranOn.end()).size() <=
                static_cast<std::size_t>(std::min(blocks, helpers + 1)));
    }

    // As many blocks as threads, each waiting for all the others: every helper takes one.
    void runsBlocksOnAllItsThreadsAtOnce()
    {
        WorkerPool pool(3);
        Rendezvous rendezvous(4);
        std::atomic<bool> met{true};
        pool.run(4, [&](int) {
            if (!rendezvous.arriveAndWait())
                met = false;
        });
        QVERIFY(met);
    }

    void refusesAnEmptyJob()
    {
        WorkerPool pool(1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, pool.run(0, [](int) {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, WorkerPool(-1));
    }

    // 2000 jobs of 1 to 6 blocks in a row on one pool: sum_b (b + 1) each time.
    void runsRepeatedJobs()
    {
        WorkerPool pool(3);
        long long total = 0;
        long long expected = 0;
        for (int job = 0; job < 2000; ++job) {
            const int blocks = 1 + job % 6;
            std::atomic<long long> sum{0};
            pool.run(blocks, [&](int b) { sum += b + 1; });
            total += sum;
            expected += blocks * (blocks + 1) / 2;
        }
        QCOMPARE(total, expected);
    }

    // The first exception of a job comes back to the caller after every block finished,
    // and the pool takes the next job.
    void rethrowsAndCarriesOn_data()
    {
        QTest::addColumn<int>("failing");
        QTest::newRow("the caller's block") << 0;
        QTest::newRow("a helper's block") << 2;
    }

    void rethrowsAndCarriesOn()
    {
        QFETCH(int, failing);
        WorkerPool pool(2);
        std::atomic<int> finished{0};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, pool.run(3, [&](int b) {
            if (b == failing)
                throw std::runtime_error("block failed");
            ++finished;
        }));
        QCOMPARE(finished.load(), 2);
        std::atomic<int> runs{0};
        pool.run(3, [&](int) { ++runs; });
        QCOMPARE(runs.load(), 3);
    }

    void coversEveryRowOnce_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("threads");
        for (const int rows : {1, 7, 99, 100, 199, 200, 201, 333, 1000, 4097})
            for (const int threads : {1, 2, 3, 4, 8})
                QTest::addRow("%d rows, %d threads", rows, threads) << rows << threads;
    }

    // Contiguous blocks of at least minimumBlockRows rows (or one block of all), as many
    // as the threads allow, the first on the calling thread, each on a thread of its own.
    void coversEveryRowOnce()
    {
        QFETCH(int, rows);
        QFETCH(int, threads);
        const int expectedBlocks = blocksFor(rows, threads);
        Coverage coverage(rows, expectedBlocks);
        forEachRowBlock(rows, threads, [&](Eigen::Index first, Eigen::Index count) {
            coverage.record(first, count);
        });
        QVERIFY(coverage.everyRowOnce());
        QVERIFY(coverage.met);
        QCOMPARE(coverage.blocks.size(), static_cast<std::size_t>(expectedBlocks));
        QCOMPARE(coverage.threads.size(), static_cast<std::size_t>(expectedBlocks));
        std::sort(coverage.blocks.begin(), coverage.blocks.end());
        QCOMPARE(coverage.blocks.front().first, Eigen::Index{0});
        for (std::size_t b = 0; b < coverage.blocks.size(); ++b) {
            if (expectedBlocks > 1)
                QVERIFY(coverage.blocks[b].second >= minimumBlockRows);
            if (b > 0)
                QCOMPARE(coverage.blocks[b].first,
                         coverage.blocks[b - 1].first + coverage.blocks[b - 1].second);
        }
    }

    // A thread asking for more threads than its pool has gets a larger pool (the blocks
    // could not all meet otherwise).
    void growsWithTheThreadsAskedFor()
    {
        const Eigen::Index rows = 8 * minimumBlockRows;
        for (const int threads : {2, 4, 3, 8, 2}) {
            Coverage coverage(rows, threads);
            forEachRowBlock(rows, threads, [&](Eigen::Index first, Eigen::Index count) {
                coverage.record(first, count);
            });
            QVERIFY(coverage.everyRowOnce());
            QVERIFY(coverage.met);
            QCOMPARE(coverage.threads.size(), static_cast<std::size_t>(threads));
        }
    }

    // Two callers at once (as a sweep's trainers): each has every row once, every time,
    // and no helper thread serves both, so neither waits on the other's jobs.
    void concurrentCallersHaveTheirOwnPools()
    {
        const Eigen::Index rows = 3 * minimumBlockRows + 1;
        std::set<std::thread::id> threadsOf[2];
        std::atomic<int> failures{0};
        const auto caller = [&](int c) {
            for (int job = 0; job < 300; ++job) {
                Coverage coverage(rows, 3);
                forEachRowBlock(rows, 3, [&](Eigen::Index first, Eigen::Index count) {
                    coverage.record(first, count);
                });
                if (!coverage.everyRowOnce() || !coverage.met || coverage.threads.size() != 3)
                    ++failures;
                threadsOf[c].insert(coverage.threads.begin(), coverage.threads.end());
            }
        };
        {
            std::jthread first(caller, 0);
            std::jthread second(caller, 1);
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(threadsOf[0].size(), std::size_t{3}); // the caller and its 2 helpers
        QCOMPARE(threadsOf[1].size(), std::size_t{3});
        std::vector<std::thread::id> shared;
        std::set_intersection(threadsOf[0].begin(), threadsOf[0].end(), threadsOf[1].begin(),
                              threadsOf[1].end(), std::back_inserter(shared));
        QVERIFY(shared.empty());
    }

    // A block that splits rows again runs that inner split on its own thread, whole.
    void nestedCallsRunInsideTheirBlock()
    {
        const Eigen::Index rows = 4 * minimumBlockRows;
        std::atomic<int> inlineInner{0};
        forEachRowBlock(rows, 4, [&](Eigen::Index, Eigen::Index) {
            const auto outer = std::this_thread::get_id();
            forEachRowBlock(rows, 4, [&](Eigen::Index first, Eigen::Index count) {
                if (first == 0 && count == rows && std::this_thread::get_id() == outer)
                    ++inlineInner;
            });
        });
        QCOMPARE(inlineInner.load(), 4);
    }

    // The row split changes the sizes of Eigen's products, hence the order of their sums
    // (not bitwise identical), but nothing else: after 20 steps of K = 2 minimumBlockRows
    // + 1 units the weights (entries of order 1) agree to float rounding.
    void bcmTrainingIsTheSameOnOneAndTwoThreads()
    {
        const auto batches = digitBatches(20);
        BcmSettings settings;
        settings.units = 2 * static_cast<int>(minimumBlockRows) + 1;
        settings.threads = 1;
        BcmLayer<float> one(784, settings);
        settings.threads = 2;
        BcmLayer<float> two(784, settings);
        for (const auto& batch : batches) {
            one.train(batch);
            two.train(batch);
        }
        HL_COMPARE_NEAR((one.weights() - two.weights()).cwiseAbs().maxCoeff(), 0.0, 1e-4);
        HL_COMPARE_NEAR((one.theta() - two.theta()).cwiseAbs().maxCoeff(), 0.0, 1e-5);
    }

    void competingTrainingIsTheSameOnOneAndTwoThreads()
    {
        const auto batches = digitBatches(20);
        CompetingSettings settings;
        settings.units = 2 * static_cast<int>(minimumBlockRows) + 1;
        settings.threads = 1;
        CompetingUnits one(784, settings);
        settings.threads = 2;
        CompetingUnits two(784, settings);
        for (const auto& batch : batches) {
            one.train(batch, 0.02);
            two.train(batch, 0.02);
        }
        HL_COMPARE_NEAR((one.weights() - two.weights()).cwiseAbs().maxCoeff(), 0.0, 1e-4);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_workerpool.moc"
