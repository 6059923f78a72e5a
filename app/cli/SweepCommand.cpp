#include "SweepCommand.h"

#include "CommandLine.h"
#include "Interrupt.h"
#include "RuleOptions.h"
#include "UsageError.h"
#include "analysis/LearningSweepRules.h"
#include "analysis/Sweep.h"
#include "analysis/SweepShardFile.h"
#include "learning/ExampleLearning.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace hopfield::cli {
namespace {

double parseNumber(const std::string& option, const std::string& text, const std::string& whole)
{
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size())
        throw UsageError("--" + option + " expects start:stop:step or one number, got '" + whole +
                         "'");
    return value;
}

/// Short, exact-enough decimal for the CSV: the grid values print as typed (0.13, not
/// 0.13000000000000001), the statistics with ten significant digits.
std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

} // namespace

SweepRange parseSweepRange(const std::string& option, const std::string& text)
{
    const auto first = text.find(':');
    if (first == std::string::npos) {
        const double value = parseNumber(option, text, text);
        return SweepRange::single(value);
    }
    const auto second = text.find(':', first + 1);
    if (second == std::string::npos || text.find(':', second + 1) != std::string::npos)
        throw UsageError("--" + option + " expects start:stop:step or one number, got '" + text +
                         "'");
    return {parseNumber(option, text.substr(0, first), text),
            parseNumber(option, text.substr(first + 1, second - first - 1), text),
            parseNumber(option, text.substr(second + 1), text)};
}

namespace {

/// The words of a `sweep` command line, before the cross-option checks.
struct SweepOptions {
    std::string rule = "hebb";
    int sweeps = 100;
    // The rules' own options, with the engine's defaults (CouplingRules.h, HebbianUnlearning.h).
    double beta = 1.0;
    int steps = 1;
    std::string order = "3";
    int examples = RuleParameters{}.examplesPerArchetype;
    double quality = RuleParameters{}.exampleQuality;
    double entropy = 0.0;
    double lambda = UnlearningOptions{}.strength;
    double dreamingTime = 1.0;
    int neurons = 1000;
    std::string alpha = "0.05:0.2:0.05";
    std::string temperature = "0";
    std::string noise = "0.1";
    int samples = 10;
    std::int64_t seed = 1;
    int threads = 0;
    bool randomTarget = false;
    bool perSample = false;
    std::string shard;
};

constexpr const char* kDescription =
    "Monte-Carlo retrieval over load, temperature and noise; prints CSV.";

void addOptions(CLI::App& command, SweepOptions& o)
{
    command.option_defaults()->always_capture_default(); // the help shows every default
    command.add_option("--rule", o.rule,
                       "hebb, pseudo-inverse, storkey, dreaming, unlearning, dense, modern, "
                       "examples-supervised or examples-unsupervised");
    command.add_option("--sweeps", o.sweeps, "at most this many sweeps per sample")
        ->check(CLI::Range(1, 100000));
    command.add_option("--beta", o.beta, "modern: inverse temperature")
        ->check(CLI::Range(1e-12, 1e12));
    command.add_option("--steps", o.steps, "modern: softmax updates")->check(CLI::Range(1, 100000));
    command.add_option("--order", o.order, "dense: n or exp");
    command.add_option("--examples", o.examples, "examples-*: M per archetype")
        ->check(CLI::Range(1, 1'000'000));
    command.add_option("--quality", o.quality, "examples-*: r")->check(CLI::Range(1e-6, 1.0));
    command.add_option("--entropy", o.entropy, "examples-*: rho, in place of --quality")
        ->check(CLI::Range(0.0, 1e6));
    command.add_option("--lambda", o.lambda, "unlearning: strength")->check(CLI::Range(1e-9, 1e3));
    command.add_option("--dreaming-time", o.dreamingTime, "dreaming: t")
        ->check(CLI::Range(0.0, 1e12));
    command.add_option("--neurons", o.neurons)->check(CLI::Range(10, 200000));
    command.add_option("--alpha", o.alpha, "START:STOP:STEP or one load");
    command.add_option("--temperature", o.temperature, "START:STOP:STEP or one T");
    command.add_option("--noise", o.noise, "START:STOP:STEP or one fraction");
    command.add_option("--samples", o.samples, "per grid point")->check(CLI::Range(1, 100000));
    command.add_option("--seed", o.seed)
        ->check(CLI::Range(std::int64_t{0}, std::numeric_limits<std::int64_t>::max()));
    command.add_option("--threads", o.threads, "0: all cores")->check(CLI::Range(0, 256));
    command.add_flag("--random-target", o.randomTarget, "retrieve a random pattern per sample");
    command.add_flag("--per-sample", o.perSample,
                     "one row alpha,temperature,noise,sample,overlap per sample");
    command.add_option("--shard", o.shard, "K/N: run only the K-th of N shares");
}

/// The options of one rule or another, for rejectOtherRulesOptions.
const std::vector<std::string> kSweepRuleOptions = {"--beta",     "--steps",        "--order",
                                                    "--examples", "--quality",      "--entropy",
                                                    "--lambda",   "--dreaming-time"};

/// The job of parsed options: the checks CLI11 cannot express.
SweepJob sweepJob(const CLI::App& command, const SweepOptions& o)
{
    SweepJob job;
    SweepParameters& parameters = job.parameters;
    bool zeroTemperatureOnly = true; // the dense and modern memories have no T
    if (o.rule == "modern") {
        rejectOtherRulesOptions(command, o.rule, kSweepRuleOptions, {"--beta", "--steps"});
        job.rule = modernSweepRule(o.beta, o.steps);
    } else if (const RuleChoice rule = ruleFromName(o.rule); rule.denseMemory) {
        rejectOtherRulesOptions(command, o.rule, kSweepRuleOptions, {"--order"});
        job.rule = denseSweepRule(interactionFromOption(o.order), o.sweeps);
    } else if (rule.couplings == CouplingRule::ExamplesSupervised ||
               rule.couplings == CouplingRule::ExamplesUnsupervised) {
        // Learning from examples at finite load and temperature (seed 001): fresh examples
        // in every sample; the quality r directly or through the dataset entropy rho.
        rejectOtherRulesOptions(command, o.rule, kSweepRuleOptions,
                                {"--examples", "--quality", "--entropy"});
        zeroTemperatureOnly = false;
        if (command.count("--quality") && command.count("--entropy"))
            throw UsageError("give --quality or --entropy, not both");
        const double quality =
            command.count("--entropy") ? qualityForEntropy(o.entropy, o.examples) : o.quality;
        job.rule = examplesSweepRule(rule.couplings == CouplingRule::ExamplesSupervised, o.examples,
                                     quality, o.sweeps);
    } else if (rule.couplings == CouplingRule::Unlearning) {
        rejectOtherRulesOptions(command, o.rule, kSweepRuleOptions, {"--lambda"});
        zeroTemperatureOnly = false;
        job.rule = unlearningSweepRule(o.sweeps, o.lambda);
    } else {
        rejectOtherRulesOptions(command, o.rule, kSweepRuleOptions, {"--dreaming-time"});
        zeroTemperatureOnly = false;
        job.rule = couplingSweepRule(rule.couplings, o.sweeps, o.dreamingTime);
    }
    parameters.neurons = o.neurons;
    parameters.alpha = parseSweepRange("alpha", o.alpha);
    parameters.temperature = parseSweepRange("temperature", o.temperature);
    parameters.noise = parseSweepRange("noise", o.noise);
    parameters.samples = o.samples;
    parameters.seed = static_cast<std::uint64_t>(o.seed);
    parameters.threads = o.threads;
    parameters.randomTarget = o.randomTarget;
    job.perSample = o.perSample;
    if (command.count("--shard")) {
        try {
            job.shard = parseSweepShard(o.shard);
        } catch (const std::invalid_argument& error) {
            throw UsageError(error.what());
        }
    }
    parameters.validate();

    if (zeroTemperatureOnly && parameters.temperature != SweepRange::single(0.0))
        throw UsageError("--rule " + o.rule + " runs at --temperature 0 only");
    return job;
}

} // namespace

SweepJob parseSweepJob(const std::vector<std::string>& words)
{
    CLI::App command(kDescription, "sweep");
    SweepOptions o;
    addOptions(command, o);
    std::vector<std::string> reversed(words.rbegin(), words.rend()); // CLI11 reads from the back
    try {
        command.parse(reversed);
    } catch (const CLI::ParseError& error) {
        throw UsageError(error.what());
    }
    return sweepJob(command, o);
}

void writeSweepCsv(const SweepResult& result, bool perSample, std::ostream& out)
{
    if (perSample) {
        out << "alpha,temperature,noise,sample,overlap\n";
        for (const SweepPoint& point : result.points)
            for (std::size_t s = 0; s < point.overlaps.size(); ++s)
                out << formatNumber(point.alpha) << ',' << formatNumber(point.temperature) << ','
                    << formatNumber(point.noise) << ',' << s << ','
                    << formatNumber(point.overlaps[s]) << '\n';
        return;
    }
    out << "alpha,temperature,noise,mean_overlap,std_overlap,retrieval_fraction,samples\n";
    for (const SweepPoint& point : result.points)
        out << formatNumber(point.alpha) << ',' << formatNumber(point.temperature) << ','
            << formatNumber(point.noise) << ',' << formatNumber(point.meanOverlap) << ','
            << formatNumber(point.stdOverlap) << ',' << formatNumber(point.retrievalFraction) << ','
            << point.overlaps.size() << '\n';
}

int runSweepCommand(const std::vector<std::string>& words, std::ostream& out)
{
    CLI::App command(kDescription, "sweep");
    SweepOptions o;
    addOptions(command, o);
    if (const std::optional<int> status = parseOptions(command, words, out))
        return *status;
    const SweepJob job = sweepJob(command, o);
    // Ctrl+C stops the workers at their next sample (main() then exits 130).
    const InterruptScope interruptible;
    SweepControl control;
    control.cancel = &interruptFlag();
    if (!job.shard) {
        // Only the grid points whose every sample finished are written, so each row is
        // complete.
        std::vector<char> finished; // grown by pointDone, which is called one at a time
        control.pointDone = [&finished](std::size_t index, const SweepPoint&) {
            finished.resize(std::max(finished.size(), index + 1), 0);
            finished[index] = 1;
        };
        SweepResult result = runSweep(job.parameters, job.rule, control);
        if (result.cancelled) {
            std::vector<SweepPoint> complete;
            for (std::size_t p = 0; p < finished.size(); ++p)
                if (finished[p])
                    complete.push_back(std::move(result.points[p]));
            result.points = std::move(complete);
        }
        writeSweepCsv(result, job.perSample, out);
        return 0;
    }
    SweepShardFile shard;
    shard.shard = *job.shard;
    shard.command = "hopfield-lab-cli sweep";
    for (const std::string& word : words) {
        // The header keeps the command as words between single spaces.
        if (word.empty() || word.find_first_of(" \t\r\n") != std::string::npos)
            throw UsageError("--shard: option '" + word +
                             "' is empty or holds white space, which the shard header cannot "
                             "record");
        shard.command += " " + word;
    }
    shard.seed = job.parameters.seed;
    shard.totalSamples =
        static_cast<long long>(sweepGrid(job.parameters).size()) * job.parameters.samples;
    shard.range = shardSamples(job.parameters, shard.shard);
    // A shard is merged only whole: an interrupted one writes nothing.
    std::optional<std::vector<double>> overlaps =
        runSweepSamples(job.parameters, job.rule, shard.range, control);
    if (!overlaps)
        return 0;
    shard.overlaps = std::move(*overlaps);
    writeSweepShard(out, shard);
    return 0;
}

} // namespace hopfield::cli
