#include "BenchCommand.h"

#include "Arguments.h"
#include "JsonWriter.h"
#include "PeerScript.h"
#include "PlasticityBench.h"
#include "UpdateModeName.h"
#include "UsageError.h"
#include "analysis/Sweep.h"
#include "core/Corruption.h"
#include "discrete/HopfieldNetwork.h"
#include "discrete/OverlapKernels.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace hopfield::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct BenchCase {
    int neurons;
    int patterns;
    double temperature;
    UpdateMode mode;
    CouplingForm form;
};

struct BenchResult {
    int sweeps = 0;
    double seconds = 0.0;
    double meanFlips = 0.0;
    double cpuSeconds = 0.0; ///< the thread's CPU time over the same sweeps
};

/// CPU seconds the calling thread has used: on a shared machine this counts only the time
/// the work ran, not the time other processes held the core.
double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

/// Times whole sweeps from pattern 0 with 20% of its spins flipped, continuing past
/// convergence, until `budget` seconds have passed (at least three sweeps).
BenchResult timeSweeps(const BenchCase& bench, double budget, std::uint64_t seed)
{
    Rng rng(seed);
    const PatternSet stored = randomPatterns(bench.neurons, 1, bench.patterns, 0.0, rng);
    HopfieldNetwork network(stored, bench.form);
    network.setState(flipExactly(stored[0], 0.2, rng).spins());
    BenchResult result;
    long long flips = 0;
    const auto start = Clock::now();
    const double cpuStart = threadSeconds();
    while (result.sweeps < 3 || result.seconds < budget) {
        flips += network.sweep(bench.mode, bench.temperature, rng);
        ++result.sweeps;
        result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    }
    result.cpuSeconds = threadSeconds() - cpuStart;
    result.meanFlips = static_cast<double>(flips) / result.sweeps;
    return result;
}

void writeCase(JsonWriter& json, const BenchCase& bench, const BenchResult& result)
{
    const double updates = static_cast<double>(result.sweeps) * bench.neurons;
    json.beginObject();
    json.key("neurons").value(bench.neurons);
    json.key("patterns").value(bench.patterns);
    json.key("temperature").value(bench.temperature);
    json.key("update").value(updateModeName(bench.mode));
    json.key("form").value(bench.form == CouplingForm::Overlap ? "overlap" : "dense");
    json.key("sweeps").value(result.sweeps);
    json.key("seconds").value(result.seconds);
    json.key("ms_per_sweep").value(1e3 * result.seconds / result.sweeps);
    json.key("spin_updates_per_second").value(updates / result.seconds);
    json.key("mean_flips_per_sweep").value(result.meanFlips);
    json.endObject();
}

/// Wall-clock seconds of the standard sweep: Hebb, N = 1000, alpha = 0.05, 0.10, 0.15,
/// T = 0, 10% noise, `samples` per load, on `threads` threads.
double timeStandardSweep(int samples, int threads, std::uint64_t seed)
{
    SweepParameters parameters;
    parameters.neurons = 1000;
    parameters.alpha = {0.05, 0.15, 0.05};
    parameters.noise = SweepRange::single(0.1);
    parameters.samples = samples;
    parameters.seed = seed;
    parameters.threads = threads;
    const auto start = Clock::now();
    runSweep(parameters, couplingSweepRule(CouplingRule::Hebb, 100));
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void writeSweepTimes(JsonWriter& json, bool quick, std::uint64_t seed)
{
    const int samples = quick ? 2 : 16;
    const int allThreads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const double oneThread = timeStandardSweep(samples, 1, seed);
    const double everyThread = timeStandardSweep(samples, allThreads, seed);
    const double total = 3.0 * samples;
    json.key("sweep_workload")
        .value("sweep --rule hebb --neurons 1000 --alpha 0.05:0.15:0.05 --temperature 0 "
               "--noise 0.1, " +
               std::to_string(samples) + " samples per load");
    json.key("sweep_samples").value(3 * samples);
    json.key("sweep_seconds_1_thread").value(oneThread);
    json.key("sweep_samples_per_second_1_thread").value(total / oneThread);
    json.key("sweep_threads").value(allThreads);
    json.key("sweep_seconds_all_threads").value(everyThread);
    json.key("sweep_samples_per_second_all_threads").value(total / everyThread);
}

/// Seconds of a Hebb sweep at N = 4096, alpha = 0.1, T = 0.5 (10% noise, 100
/// sweeps a sample, every one run at T > 0) with `samples` samples: CPU seconds on one
/// thread, wall-clock seconds on several.
double timeHebbSweep(int samples, int threads, int replicas, std::uint64_t seed)
{
    SweepParameters parameters;
    parameters.neurons = 4096;
    parameters.alpha = SweepRange::single(0.1);
    parameters.temperature = SweepRange::single(0.5);
    parameters.noise = SweepRange::single(0.1);
    parameters.samples = samples;
    parameters.seed = seed;
    parameters.threads = threads;
    parameters.replicas = replicas;
    // One thread runs on the calling one (runParallelItems): its CPU time is per core.
    const auto start = Clock::now();
    const double cpuStart = threadSeconds();
    runSweep(parameters, couplingSweepRule(CouplingRule::Hebb, 100));
    if (threads == 1)
        return threadSeconds() - cpuStart;
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void writeReplicaTimes(JsonWriter& json, bool quick, std::uint64_t seed)
{
    const int samples = quick ? 2 : 16;
    const int allThreads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int replicas = SweepParameters::kDefaultReplicas;
    const double single = timeHebbSweep(samples, 1, 1, seed);
    const double batched = timeHebbSweep(samples, 1, replicas, seed);
    const double everyThread = timeHebbSweep(samples * allThreads, allThreads, replicas, seed);
    json.key("hebb_sweep_workload")
        .value("sweep --rule hebb --neurons 4096 --alpha 0.1 --temperature 0.5 --noise 0.1 "
               "--sweeps 100, " +
               std::to_string(samples) + " samples per thread");
    json.key("hebb_sweep_replicas").value(replicas);
    json.key("hebb_sweep_samples_per_second_single_sample").value(samples / single);
    json.key("hebb_sweep_samples_per_second_replicas").value(samples / batched);
    json.key("hebb_sweep_replica_speedup").value(single / batched);
    json.key("hebb_sweep_threads").value(allThreads);
    json.key("hebb_sweep_samples_per_second_all_threads").value(samples * allThreads / everyThread);
    // Throughput on every core over throughput on one (2 on two idle cores).
    json.key("hebb_sweep_scaling_all_threads").value(batched * allThreads / everyThread);
}

/// The floor of one asynchronous sweep at N = 4096, P = 410 in the integer overlap form:
/// N field sums h_i = sum_mu xi_i^mu M_mu over the int8 rows in a fixed random order
/// (each row streamed once a sweep, prefetched one ahead as the sweep does), summed into
/// one accumulator without a branch, a random draw or a flip.  A real sweep must do at
/// least this: it streams the whole N x stride int8 matrix once and does N updates' sums.
double writeFloor(JsonWriter& json, double budget, std::uint64_t seed)
{
    constexpr int neurons = 4096;
    constexpr std::size_t stride = (410 + 63) / 64 * 64;
    Rng rng(seed);
    std::vector<std::int8_t> rows(neurons * stride, 0);
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = (i % stride) < 410 ? static_cast<std::int8_t>((rng.next() >> 63) ? 1 : -1) : 0;
    std::vector<std::int16_t> sums(stride);
    for (auto& sum : sums)
        sum = static_cast<std::int16_t>(rng.below(200)) - 100;
    std::vector<int> order(neurons);
    for (int i = 0; i < neurons; ++i)
        order[static_cast<std::size_t>(i)] = i;
    rng.shuffle(std::span<int>(order));
    const auto timePasses = [budget](auto pass) {
        volatile long long sink = 0; // keeps the compiler from dropping the work
        int passes = 0;
        double seconds = 0.0;
        const double start = threadSeconds();
        while (passes < 3 || seconds < budget) {
            sink = sink + pass();
            ++passes;
            seconds = threadSeconds() - start;
        }
        return 1e3 * seconds / passes;
    };
    const double dotMs = timePasses([&] {
        long long total = 0;
        for (std::size_t k = 0; k < order.size(); ++k) {
            if (k + 1 < order.size())
                prefetchRow(&rows[static_cast<std::size_t>(order[k + 1]) * stride], stride);
            total +=
                rowDot(&rows[static_cast<std::size_t>(order[k]) * stride], sums.data(), stride);
        }
        return total;
    });
    json.key("floor_async_4096_410_ms_per_sweep").value(dotMs);
    json.key("floor_method")
        .value(
            "CPU time of 4096 int8 x int16 row dot products of stride 448 in a fixed random order, "
            "next row prefetched, no branch, draw or flip (the matrix streamed once)");
    return dotMs;
}

} // namespace

int runBench(const std::vector<std::string>& words, std::ostream& out)
{
    Arguments args(words, {"quick", "plasticity"});
    const bool quick = args.flag("quick");
    if (args.flag("plasticity")) {
        const std::string peerScript = args.text("peer-script", "");
        const std::string peerPython = args.text("peer-python", "/usr/bin/python3");
        args.finish();
        return runPlasticityBench(quick, peerScript, peerPython, out);
    }
    const double budget = args.number("budget", quick ? 0.02 : 0.3, 0.0, 60.0);
    const std::string peerScript = args.text("peer-script", "");
    // Debian's interpreter, where python3-numpy lives (another python3 may lack NumPy).
    const std::string peerPython = args.text("peer-python", "/usr/bin/python3");
    const auto seed = static_cast<std::uint64_t>(args.integer("seed", 1, 0, 1LL << 62));
    args.finish();

    std::vector<BenchCase> cases;
    for (int neurons : {1000, 4096, 10000})
        for (double load : {0.05, 0.1})
            for (double temperature : {0.0, 0.5})
                for (UpdateMode mode : {UpdateMode::RandomAsync, UpdateMode::Synchronous})
                    cases.push_back({neurons, static_cast<int>(std::lround(load * neurons)),
                                     temperature, mode, CouplingForm::Overlap});
    // The dense form for contrast: it streams N^2 doubles per sweep and is memory-bound.
    const BenchCase dense{4096, 410, 0.0, UpdateMode::RandomAsync, CouplingForm::Dense};
    cases.push_back(dense);

    // Written whole at the end: a peer that fails leaves stdout empty, not half a document.
    std::ostringstream document;
    JsonWriter json(document);
    json.beginObject();
    json.key("workload")
        .value("sweeps from pattern 0 with 20% flipped, run past convergence; "
               "one thread; Hebb couplings");
    json.key("cases").beginArray();
    double oursAtPeerSize = 0.0;
    double oursAtPeerSizeCpu = 0.0;
    for (const BenchCase& bench : cases) {
        const BenchResult result = timeSweeps(bench, budget, seed);
        writeCase(json, bench, result);
        if (bench.neurons == 4096 && bench.patterns == 410 && bench.temperature == 0.0 &&
            bench.mode == UpdateMode::RandomAsync && bench.form == CouplingForm::Overlap) {
            oursAtPeerSize = 1e3 * result.seconds / result.sweeps;
            oursAtPeerSizeCpu = 1e3 * result.cpuSeconds / result.sweeps;
        }
    }
    json.endArray();
    writeSweepTimes(json, quick, seed);
    writeReplicaTimes(json, quick, seed);
    const double floorMs = writeFloor(json, budget, seed);
    // CPU time against CPU time: the floor's clock, so other processes on the core cancel.
    json.key("async_4096_410_cpu_ms_per_sweep").value(oursAtPeerSizeCpu);
    json.key("async_4096_410_over_floor").value(oursAtPeerSizeCpu / floorMs);
    if (!peerScript.empty()) {
        const std::string peer = runPeerScript(
            peerPython, peerScript, {"--neurons", "4096", "--patterns", "410", "--sweeps", "2"});
        json.key("peer").value(peer);
        json.key("speedup_vs_peer_async_4096_410")
            .value(peerNumber(peer, "ms_per_sweep") / oursAtPeerSize);
    }
    json.endObject();
    out << document.str();
    return 0;
}

} // namespace hopfield::cli
