#include "BenchCommand.h"

#include "Arguments.h"
#include "JsonWriter.h"
#include "UpdateModeName.h"
#include "UsageError.h"
#include "analysis/Sweep.h"
#include "core/Corruption.h"
#include "discrete/HopfieldNetwork.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
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
};

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
    while (result.sweeps < 3 || result.seconds < budget) {
        flips += network.sweep(bench.mode, bench.temperature, rng);
        ++result.sweeps;
        result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    }
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

/// The most of the peer's output kept: its one line of JSON is far shorter.
constexpr std::size_t kMaxPeerOutput = 1 << 20;

/// Runs the NumPy peer script and returns its one-line JSON output.  The interpreter gets
/// an argument vector (posix_spawnp, no shell), so no character of a path is ever run as a
/// command.
std::string runPeer(const std::string& python, const std::string& script, int neurons, int patterns)
{
    std::vector<std::string> words = {python,       script,
                                      "--neurons",  std::to_string(neurons),
                                      "--patterns", std::to_string(patterns),
                                      "--sweeps",   "2"};
    std::vector<char*> argv;
    for (std::string& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    int fds[2];
    if (pipe(fds) != 0)
        throw std::runtime_error(std::string("cannot make a pipe for the peer: ") +
                                 std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, python.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    std::string output;
    char buffer[4096];
    ssize_t got = 0;
    while (spawned == 0 && (got = read(fds[0], buffer, sizeof buffer)) != 0) {
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            break;
        if (output.size() < kMaxPeerOutput)
            output.append(buffer, static_cast<std::size_t>(got));
    }
    close(fds[0]);
    if (spawned != 0)
        throw UsageError("cannot run the peer interpreter '" + python +
                         "': " + std::strerror(spawned));
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || output.empty())
        throw UsageError("the peer script failed: " + python + " " + script);
    return output;
}

/// The peer's "ms_per_sweep": a finite number > 0, or an error (never a speed-up of 0).
double peerMsPerSweep(const std::string& peerJson)
{
    const std::string key = "\"ms_per_sweep\":";
    const auto at = peerJson.find(key);
    if (at == std::string::npos)
        throw UsageError("the peer's output has no ms_per_sweep");
    const char* begin = peerJson.c_str() + at + key.size();
    char* end = nullptr;
    const double value = std::strtod(begin, &end);
    if (end == begin || !std::isfinite(value) || !(value > 0.0))
        throw UsageError("the peer's ms_per_sweep is not a number of milliseconds > 0");
    return value;
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

} // namespace

int runBench(const std::vector<std::string>& words, std::ostream& out)
{
    Arguments args(words, {"quick"});
    const bool quick = args.flag("quick");
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
    for (const BenchCase& bench : cases) {
        const BenchResult result = timeSweeps(bench, budget, seed);
        writeCase(json, bench, result);
        if (bench.neurons == 4096 && bench.patterns == 410 && bench.temperature == 0.0 &&
            bench.mode == UpdateMode::RandomAsync && bench.form == CouplingForm::Overlap)
            oursAtPeerSize = 1e3 * result.seconds / result.sweeps;
    }
    json.endArray();
    writeSweepTimes(json, quick, seed);
    if (!peerScript.empty()) {
        const std::string peer = runPeer(peerPython, peerScript, 4096, 410);
        json.key("peer").value(peer.substr(0, peer.find_last_not_of(" \n") + 1));
        json.key("speedup_vs_peer_async_4096_410").value(peerMsPerSweep(peer) / oursAtPeerSize);
    }
    json.endObject();
    out << document.str();
    return 0;
}

} // namespace hopfield::cli
