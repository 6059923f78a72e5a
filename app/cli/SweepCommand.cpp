#include "SweepCommand.h"

#include "Arguments.h"
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

SweepJob parseSweepJob(const std::vector<std::string>& words)
{
    Arguments args(words, {"per-sample", "random-target"});
    SweepJob job;
    SweepParameters& parameters = job.parameters;
    SweepRule& sweepRule = job.rule;
    const std::string ruleText = args.text("rule", "hebb");
    const auto maxSweeps = static_cast<int>(args.integer("sweeps", 100, 1, 100000));
    bool zeroTemperatureOnly = true; // the dense and modern memories have no T
    if (ruleText == "modern") {
        sweepRule = modernSweepRule(args.number("beta", 1.0, 1e-12, 1e12),
                                    static_cast<int>(args.integer("steps", 1, 1, 100000)));
    } else if (const RuleChoice rule = ruleFromName(ruleText); rule.denseMemory) {
        sweepRule = denseSweepRule(interactionOption(args), maxSweeps);
    } else if (rule.couplings == CouplingRule::ExamplesSupervised ||
               rule.couplings == CouplingRule::ExamplesUnsupervised) {
        // Learning from examples at finite load and temperature (seed 001): fresh examples
        // in every sample; the quality r directly or through the dataset entropy rho.
        zeroTemperatureOnly = false;
        const auto examples = static_cast<int>(args.integer("examples", 20, 1, 1'000'000));
        if (args.has("quality") && args.has("entropy"))
            throw UsageError("give --quality or --entropy, not both");
        const double quality =
            args.has("entropy") ? qualityForEntropy(args.number("entropy", 0.0, 0.0, 1e6), examples)
                                : args.number("quality", 0.6, 1e-6, 1.0);
        sweepRule = examplesSweepRule(rule.couplings == CouplingRule::ExamplesSupervised, examples,
                                      quality, maxSweeps);
    } else {
        zeroTemperatureOnly = false;
        sweepRule = rule.couplings == CouplingRule::Unlearning
                        ? unlearningSweepRule(maxSweeps, args.number("lambda", 0.01, 1e-9, 1e3))
                        : couplingSweepRule(rule.couplings, maxSweeps,
                                            args.number("dreaming-time", 1.0, 0.0, 1e12));
    }
    parameters.neurons = static_cast<int>(args.integer("neurons", 1000, 10, 200000));
    parameters.alpha = parseSweepRange("alpha", args.text("alpha", "0.05:0.2:0.05"));
    parameters.temperature = parseSweepRange("temperature", args.text("temperature", "0"));
    parameters.noise = parseSweepRange("noise", args.text("noise", "0.1"));
    parameters.samples = static_cast<int>(args.integer("samples", 10, 1, 100000));
    parameters.seed = static_cast<std::uint64_t>(
        args.integer("seed", 1, 0, std::numeric_limits<long long>::max()));
    parameters.threads = static_cast<int>(args.integer("threads", 0, 0, 256));
    parameters.randomTarget = args.flag("random-target");
    job.perSample = args.flag("per-sample");
    if (args.has("shard")) {
        try {
            job.shard = parseSweepShard(args.text("shard", ""));
        } catch (const std::invalid_argument& error) {
            throw UsageError(error.what());
        }
    }
    args.finish();
    parameters.validate();

    if (zeroTemperatureOnly && parameters.temperature != SweepRange::single(0.0))
        throw UsageError("--rule " + ruleText + " runs at --temperature 0 only");
    return job;
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
    const SweepJob job = parseSweepJob(words);
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
