#include "BenchCommand.h"

#include "CommandLine.h"
#include "PeerScript.h"
#include "PlasticityBench.h"
#include "UsageError.h"
#include "analysis/Sweep.h"
#include "core/Corruption.h"
#include "discrete/BitRowKernels.h"
#include "discrete/HopfieldNetwork.h"
#include "discrete/OverlapKernels.h"
#include "discrete/UpdateMode.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace hopfield::cli {
namespace {

using Clock = std::chrono::steady_clock;
struct BenchOptions {
    bool quick = false;
    bool plasticity = false;
    std::optional<double> budget; ///< default 0.02 s with --quick, else 0.3 s
    std::string peerScript;
    // Debian's interpreter, where python3-numpy lives (another python3 may lack NumPy).
    std::string peerPython = "/usr/bin/python3";
    std::uint64_t seed = 1;
};

void addOptions(CLI::App& command, BenchOptions& o)
{
    command.add_flag("--quick", o.quick, "short budgets (a smoke test, not a measurement)");
    command.add_flag("--plasticity", o.plasticity,
                     "samples per second of BCM (K = 100, logistic, batch 100) and competing "
                     "units (K = 100, p = 2) on the bundled digits");
    command.add_option("--budget", o.budget, "SECONDS per case (0.3; 0.02 with --quick)")
        ->check(CLI::Range(0.0, 60.0));
    command.add_option("--peer-script", o.peerScript,
                       "scripts/bench/numpy_peer.py (or plasticity_peer.py): also time the "
                       "NumPy peer");
    command.add_option("--peer-python", o.peerPython, "the peer's interpreter (/usr/bin/python3)");
    command.add_option("--seed", o.seed, "SEED (1)")
        ->check(CLI::Range(std::uint64_t{0}, std::uint64_t{1} << 62));
}

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

Json caseJson(const BenchCase& bench, const BenchResult& result)
{
    const double updates = static_cast<double>(result.sweeps) * bench.neurons;
    Json json;
    json["neurons"] = bench.neurons;
    json["patterns"] = bench.patterns;
    json["temperature"] = bench.temperature;
    json["update"] = std::string(updateModeName(bench.mode));
    json["form"] = bench.form == CouplingForm::Overlap ? "overlap" : "dense";
    json["sweeps"] = result.sweeps;
    json["seconds"] = result.seconds;
    json["ms_per_sweep"] = 1e3 * result.seconds / result.sweeps;
    json["spin_updates_per_second"] = updates / result.seconds;
    json["mean_flips_per_sweep"] = result.meanFlips;
    return json;
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

void writeSweepTimes(Json& json, bool quick, std::uint64_t seed)
{
    const int samples = quick ? 2 : 16;
    const int allThreads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const double oneThread = timeStandardSweep(samples, 1, seed);
    const double everyThread = timeStandardSweep(samples, allThreads, seed);
    const double total = 3.0 * samples;
    json["sweep_workload"] =
        "sweep --rule hebb --neurons 1000 --alpha 0.05:0.15:0.05 --temperature 0 "
        "--noise 0.1, " +
        std::to_string(samples) + " samples per load";
    json["sweep_samples"] = 3 * samples;
    json["sweep_seconds_1_thread"] = oneThread;
    json["sweep_samples_per_second_1_thread"] = total / oneThread;
    json["sweep_threads"] = allThreads;
    json["sweep_seconds_all_threads"] = everyThread;
    json["sweep_samples_per_second_all_threads"] = total / everyThread;
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

void writeReplicaTimes(Json& json, bool quick, std::uint64_t seed)
{
    const int samples = quick ? 2 : 16;
    const int allThreads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int replicas = SweepParameters::kDefaultReplicas;
    const double single = timeHebbSweep(samples, 1, 1, seed);
    const double batched = timeHebbSweep(samples, 1, replicas, seed);
    const double everyThread = timeHebbSweep(samples * allThreads, allThreads, replicas, seed);
    json["hebb_sweep_workload"] =
        "sweep --rule hebb --neurons 4096 --alpha 0.1 --temperature 0.5 --noise 0.1 "
        "--sweeps 100, " +
        std::to_string(samples) + " samples per thread";
    json["hebb_sweep_replicas"] = replicas;
    json["hebb_sweep_samples_per_second_single_sample"] = samples / single;
    json["hebb_sweep_samples_per_second_replicas"] = samples / batched;
    json["hebb_sweep_replica_speedup"] = single / batched;
    json["hebb_sweep_threads"] = allThreads;
    json["hebb_sweep_samples_per_second_all_threads"] = samples * allThreads / everyThread;
    // Throughput on every core over throughput on one (2 on two idle cores).
    json["hebb_sweep_scaling_all_threads"] = batched * allThreads / everyThread;
}

/// The floor of one asynchronous sweep at N = 4096, P = 410 in the integer overlap form:
/// N field sums h_i = sum_mu xi_i^mu M_mu over the int8 rows in a fixed random order
/// (each row streamed once a sweep, prefetched one ahead as the sweep does), summed into
/// one accumulator without a branch, a random draw or a flip.  A real sweep must do at
/// least this: it streams the whole N x stride int8 matrix once and does N updates' sums.
double writeFloor(Json& json, double budget, std::uint64_t seed)
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
    // The same sums over the bit-packed rows HebbReplicas keeps (7 words a row, 229 KB,
    // L2-resident where the int8 matrix's 1.8 MB is not): a replica update's floor.
    constexpr std::size_t words = stride / 64;
    std::vector<std::uint64_t> bits(neurons * words);
    for (auto& word : bits)
        word = rng.next();
    for (std::size_t i = 0; i < neurons; ++i) // the padding bits past P = 410 are clear
        bits[i * words + words - 1] &= (std::uint64_t{1} << (410 % 64)) - 1;
    const double bitsMs = timePasses([&] {
        long long total = 0;
        for (std::size_t k = 0; k < order.size(); ++k) {
            if (k + 1 < order.size())
                __builtin_prefetch(&bits[static_cast<std::size_t>(order[k + 1]) * words]);
            total += BitRowKernels<std::int16_t>::maskedSum(
                &bits[static_cast<std::size_t>(order[k]) * words], sums.data(), words);
        }
        return total;
    });
    json["floor_async_4096_410_ms_per_sweep"] = dotMs;
    json["floor_method"] =
        "CPU time of 4096 int8 x int16 row dot products of stride 448 in a fixed random order, "
        "next row prefetched, no branch, draw or flip (the matrix streamed once)";
    json["floor_bit_rows_4096_410_ms_per_sweep"] = bitsMs;
    return dotMs;
}

} // namespace

int runBench(const std::vector<std::string>& options, std::ostream& out)
{
    CLI::App command("Spin updates per second of sweeps at N = 1000, 4096, 10000, a standard "
                     "sweep on one thread and on all cores; prints JSON.",
                     "bench");
    BenchOptions o;
    addOptions(command, o);
    if (const std::optional<int> status = parseOptions(command, options, out))
        return *status;
    if (o.plasticity) {
        if (o.budget || command.count("--seed"))
            throw UsageError("bench --plasticity takes only --quick, --peer-script and "
                             "--peer-python");
        return runPlasticityBench(o.quick, o.peerScript, o.peerPython, out);
    }
    const double budget = o.budget.value_or(o.quick ? 0.02 : 0.3);

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
    Json json;
    json["workload"] = "sweeps from pattern 0 with 20% flipped, run past convergence; "
                       "one thread; Hebb couplings";
    json["cases"] = Json::array();
    double oursAtPeerSize = 0.0;
    double oursAtPeerSizeCpu = 0.0;
    for (const BenchCase& bench : cases) {
        const BenchResult result = timeSweeps(bench, budget, o.seed);
        json["cases"].push_back(caseJson(bench, result));
        if (bench.neurons == 4096 && bench.patterns == 410 && bench.temperature == 0.0 &&
            bench.mode == UpdateMode::RandomAsync && bench.form == CouplingForm::Overlap) {
            oursAtPeerSize = 1e3 * result.seconds / result.sweeps;
            oursAtPeerSizeCpu = 1e3 * result.cpuSeconds / result.sweeps;
        }
    }
    writeSweepTimes(json, o.quick, o.seed);
    writeReplicaTimes(json, o.quick, o.seed);
    const double floorMs = writeFloor(json, budget, o.seed);
    // CPU time against CPU time: the floor's clock, so other processes on the core cancel.
    json["async_4096_410_cpu_ms_per_sweep"] = oursAtPeerSizeCpu;
    json["async_4096_410_over_floor"] = oursAtPeerSizeCpu / floorMs;
    if (!o.peerScript.empty()) {
        const std::string peer =
            runPeerScript(o.peerPython, o.peerScript,
                          {"--neurons", "4096", "--patterns", "410", "--sweeps", "2"});
        json["peer"] = peer;
        json["speedup_vs_peer_async_4096_410"] = peerNumber(peer, "ms_per_sweep") / oursAtPeerSize;
    }
    return writeJson(json, out);
}

} // namespace hopfield::cli
