#include "TamCommand.h"

#include "CommandLine.h"
#include "SweepCommand.h"
#include "UsageError.h"
#include "analysis/SeparationMap.h"
#include "core/Corruption.h"
#include "discrete/LayeredNetwork.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hopfield::cli {
namespace {

struct TamOptions {
    int neurons = 400;
    int patterns = 3;
    int layers = 3;
    double lambda = 0.3;
    double beta = 5.0;
    double field = 0.1;
    int sweeps = 50;
    std::uint64_t seed = 1;
    int trials = 0; ///< 0: one run, reported in full
    int threads = 0;
    std::string mapLambda;
    std::string mapTemperature;
};

void addOptions(CLI::App& command, TamOptions& o)
{
    command.add_option("--neurons", o.neurons, "N per layer")->check(CLI::Range(10, 100000));
    command.add_option("--patterns", o.patterns, "P stored (the mixture uses the first 3)")
        ->check(CLI::Range(3, 100));
    command.add_option("--layers", o.layers)->check(CLI::Range(1, 10));
    command.add_option("--lambda", o.lambda, "inter-layer coupling: -lambda times Hebb")
        ->check(CLI::Range(-10.0, 10.0));
    command.add_option("--beta", o.beta, "inverse temperature (inf: T = 0)")
        ->check(CLI::Validator(
            [](const std::string& text) {
                double value = 0.0;
                return CLI::detail::lexical_cast(text, value) && value > 0.0
                           ? std::string()
                           : "must be a number > 0 or inf, got " + text;
            },
            "BETA > 0 or inf"));
    command.add_option("--field", o.field, "H, the field H sgn(xi1 + xi2 + xi3)")
        ->check(CLI::Range(-1e3, 1e3));
    command.add_option("--sweeps", o.sweeps)->check(CLI::Range(1, 100000));
    command.add_option("--seed", o.seed);
    command.add_option("--trials", o.trials, "runs with fresh patterns: separated_fraction")
        ->check(CLI::Range(1, 100000));
    command.add_option("--threads", o.threads, "0: every core")->check(CLI::Range(0, 256));
    command.add_option("--map-lambda", o.mapLambda, "START:STOP:STEP of the separation map");
    command.add_option("--map-temperature", o.mapTemperature,
                       "START:STOP:STEP of the separation map");
}

double temperatureOf(double beta)
{
    return std::isinf(beta) ? 0.0 : 1.0 / beta;
}

SeparationMapParameters mapParameters(const TamOptions& o)
{
    SeparationMapParameters parameters;
    parameters.lambda = SweepRange::single(o.lambda);
    parameters.temperature = SweepRange::single(temperatureOf(o.beta));
    parameters.neurons = o.neurons;
    parameters.patterns = o.patterns;
    parameters.layers = o.layers;
    parameters.field = o.field;
    parameters.sweeps = o.sweeps;
    parameters.trials = std::max(o.trials, 1);
    parameters.seed = o.seed;
    parameters.threads = o.threads;
    return parameters;
}

int separationCsv(const TamOptions& o, std::ostream& out)
{
    SeparationMapParameters parameters = mapParameters(o);
    parameters.lambda = parseSweepRange("map-lambda", o.mapLambda);
    parameters.temperature = parseSweepRange("map-temperature", o.mapTemperature);
    parameters.validate();
    const SeparationMap map = separationMap(parameters);
    out << "lambda,temperature,separated_fraction,mean_best_overlap\n";
    for (const SeparationPoint& point : map.points)
        out << point.lambda << ',' << point.temperature << ',' << point.separatedFraction << ','
            << point.meanBestOverlap << '\n';
    return finishOutput(out);
}

nlohmann::ordered_json setup(const TamOptions& o)
{
    nlohmann::ordered_json json;
    json["neurons"] = o.neurons;
    json["patterns"] = o.patterns;
    json["layers"] = o.layers;
    json["lambda"] = o.lambda;
    json["beta"] =
        std::isinf(o.beta) ? nlohmann::ordered_json("inf") : nlohmann::ordered_json(o.beta);
    json["temperature"] = temperatureOf(o.beta);
    json["field"] = o.field;
    json["sweeps"] = o.sweeps;
    json["seed"] = o.seed;
    return json;
}

int trials(const TamOptions& o, std::ostream& out)
{
    const SeparationMapParameters parameters = mapParameters(o);
    parameters.validate();
    const SeparationPoint point = separationMap(parameters).points.front();
    nlohmann::ordered_json json = setup(o);
    json["trials"] = o.trials;
    json["separated_fraction"] = point.separatedFraction;
    json["mean_best_overlap"] = point.meanBestOverlap;
    return writeJson(json, out);
}

int singleRun(const TamOptions& o, std::ostream& out)
{
    Rng rng(o.seed);
    LayeredNetwork network(randomPatterns(o.neurons, 1, o.patterns, 0.0, rng), o.layers, o.lambda,
                           o.field, temperatureOf(o.beta));
    nlohmann::ordered_json json = setup(o);
    json["initial_energy"] = network.energy();
    nlohmann::ordered_json trace = nlohmann::ordered_json::array();
    trace.push_back(network.overlaps());
    for (int s = 0; s < o.sweeps; ++s) {
        network.step(1, rng);
        trace.push_back(network.overlaps());
    }
    nlohmann::ordered_json overlaps = nlohmann::ordered_json::array();
    for (int a = 0; a < o.layers; ++a)
        overlaps.push_back(network.layerOverlaps(a));
    json["overlaps"] = overlaps;
    json["separated"] = network.separated();
    json["final_energy"] = network.energy();
    json["overlap_trace"] = trace; // per sweep: m^a_mu at [a P + mu]
    return writeJson(json, out);
}

} // namespace

int runTam(const std::vector<std::string>& options, std::ostream& out)
{
    CLI::App command("Layered network that splits the 3-mixture into its patterns (TAM; "
                     "SCIENCE.md sections 5 and 8).",
                     "tam");
    TamOptions o;
    addOptions(command, o);
    if (const std::optional<int> status = parseOptions(command, options, out))
        return *status;
    if (o.mapLambda.empty() != o.mapTemperature.empty())
        throw UsageError("the separation map needs both --map-lambda and --map-temperature");
    if (!o.mapLambda.empty())
        return separationCsv(o, out);
    return o.trials > 0 ? trials(o, out) : singleRun(o, out);
}

} // namespace hopfield::cli
