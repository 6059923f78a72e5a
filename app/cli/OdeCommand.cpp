#include "OdeCommand.h"

#include "Arguments.h"
#include "Interrupt.h"
#include "JsonWriter.h"
#include "UsageError.h"
#include "continuous/FixedPoints.h"
#include "continuous/LimitCycle.h"
#include "continuous/MatrixText.h"
#include "continuous/OdePresets.h"
#include "continuous/TrajectoryIntegrator.h"
#include "io/PatternFile.h"
#include "learning/CouplingRules.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <sstream>

namespace hopfield::cli {
namespace {

// Limit-cycle detection integrates ~200 time units more and Newton from a fine grid costs
// O(N^3) per step: both are for small networks.
constexpr int kLimitCycleMaxNeurons = 64;
// The JSON output's fixed-point search runs Newton, O(N^3) a step, from a grid of starts:
// at 5000 neurons that is minutes.  Larger networks get --format csv.
constexpr int kFixedPointMaxNeurons = 1000;

// "--name 0.1,-2,3e-1" as numbers; names the option and the bad item.
std::optional<Eigen::VectorXd> numberList(Arguments& args, const std::string& name)
{
    const std::string text = args.text(name, "");
    if (!args.has(name))
        return std::nullopt;
    std::vector<double> values;
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ',')) {
        char* end = nullptr;
        const double value = std::strtod(item.c_str(), &end);
        if (item.empty() || end != item.c_str() + item.size() || !std::isfinite(value))
            throw UsageError("--" + name + " expects comma-separated numbers; item " +
                             std::to_string(values.size() + 1) + " is '" + item + "'");
        values.push_back(value);
    }
    if (values.empty())
        throw UsageError("--" + name + " expects at least one number");
    return Eigen::Map<const Eigen::VectorXd>(values.data(),
                                             static_cast<Eigen::Index>(values.size()));
}

Eigen::MatrixXd patternMatrix(const PatternSet& stored)
{
    Eigen::MatrixXd xi(stored.size(), stored.neurons());
    for (int mu = 0; mu < stored.size(); ++mu)
        for (int i = 0; i < stored.neurons(); ++i)
            xi(mu, i) = stored[mu][i];
    return xi;
}

struct OdeSetup {
    std::string source; // the preset's name, the couplings file, or the rule
    ContinuousModelSpec spec;
    Eigen::VectorXd initial;
    std::optional<StatePlane> plane;
    PlaneWindow window;
    IntegrationSettings integration;
};

// The model from exactly one of --preset, --couplings, --patterns-file (with --rule for
// Hopfield).
OdeSetup modelFrom(Arguments& args)
{
    const std::string presetName = args.text("preset", "");
    const std::string couplingsFile = args.text("couplings", "");
    const std::string patternsFile = args.text("patterns-file", "");
    const int sources = !presetName.empty() + !couplingsFile.empty() + !patternsFile.empty();
    if (sources != 1)
        throw UsageError("give exactly one of --preset NAME, --couplings FILE or "
                         "--patterns-file FILE (try --list-presets)");
    OdeSetup setup;
    if (!presetName.empty()) {
        OdePreset preset = odePreset(presetName);
        setup.source = preset.name;
        setup.spec = preset.model;
        setup.initial = preset.initialStates.front();
        setup.plane = preset.plane;
        setup.window = preset.window;
        setup.integration = preset.integration;
        if (args.has("model") &&
            continuousModelKindFromName(args.text("model", "")) != setup.spec.kind)
            throw UsageError("--model contradicts preset '" + presetName + "' (a " +
                             continuousModelKindName(setup.spec.kind) + " model)");
        return setup;
    }
    setup.spec.kind = continuousModelKindFromName(args.text("model", "hopfield"));
    const bool krotov = setup.spec.kind == ContinuousModelKind::Krotov;
    if (!couplingsFile.empty()) {
        if (krotov)
            throw UsageError("the Krotov model is built from patterns: use --patterns-file, "
                             "not --couplings");
        setup.spec.couplings = readMatrixFile(couplingsFile);
        setup.source = couplingsFile;
        return setup;
    }
    const PatternSet stored = readPatternFile(patternsFile);
    setup.source = patternsFile;
    if (krotov && (args.has("rule") || args.has("dreaming-time")))
        throw UsageError("--rule and --dreaming-time build Hopfield couplings; the Krotov model "
                         "uses the patterns themselves");
    if (krotov) {
        // s_mu = xi^mu . V / sqrt(N): overlaps of order sqrt(N) at most, so F stays finite.
        setup.spec.patterns = patternMatrix(stored) / std::sqrt(stored.neurons());
    } else {
        const CouplingRule rule = couplingRuleFromName(args.text("rule", "hebb"));
        setup.spec.couplings =
            couplingsFor(rule, stored, args.number("dreaming-time", 1.0, 0.0, 1e12));
        setup.source += " (" + couplingRuleName(rule) + ")";
    }
    if (stored.size() >= 2 && stored.neurons() > 2) {
        const Eigen::MatrixXd xi = patternMatrix(stored);
        setup.plane = StatePlane(Eigen::VectorXd::Zero(stored.neurons()), xi.row(0).transpose(),
                                 xi.row(1).transpose());
    }
    return setup;
}

OdeSetup setupFrom(Arguments& args)
{
    OdeSetup setup = modelFrom(args);
    ContinuousModelSpec& spec = setup.spec;
    if (args.has("gain"))
        spec.gain.kind = gainKindFromName(args.text("gain", ""));
    spec.gain.beta = args.number("beta", spec.gain.beta, 1e-6, 1e6);
    if (spec.kind != ContinuousModelKind::Krotov && (args.has("interaction") || args.has("power")))
        throw UsageError("--interaction and --power belong to --model krotov");
    if (spec.kind == ContinuousModelKind::Krotov) {
        if (args.has("interaction"))
            spec.interaction.kind = interactionKindFromName(args.text("interaction", ""));
        spec.interaction.power =
            static_cast<int>(args.integer("power", spec.interaction.power, 2, 30));
    }
    if (const auto input = numberList(args, "input"))
        spec.input = *input;
    if (const auto initial = numberList(args, "initial"))
        setup.initial = *initial;
    if (setup.initial.size() == 0)
        throw UsageError("--initial u1,u2,... is required without --preset");
    if (setup.initial.size() != spec.size())
        throw UsageError("--initial has " + std::to_string(setup.initial.size()) + " values for " +
                         std::to_string(spec.size()) + " neurons");

    IntegrationSettings& run = setup.integration;
    run.stepper = stepperKindFromName(args.text("stepper", stepperKindName(run.stepper)));
    run.timeStep = args.number("dt", run.timeStep, 1e-9, 1e6);
    run.absoluteTolerance = args.number("abs-tol", run.absoluteTolerance, 1e-15, 1.0);
    run.relativeTolerance = args.number("rel-tol", run.relativeTolerance, 1e-15, 1.0);
    run.maxTime = args.number("t-max", run.maxTime, 1e-9, 1e9);
    run.sampleInterval = args.number("sample-interval", run.sampleInterval, 1e-9, 1e9);
    run.equilibriumTolerance = args.number("equilibrium-tol", run.equilibriumTolerance, 0.0, 1e6);
    return setup;
}

void writeVector(JsonWriter& json, const Eigen::VectorXd& v)
{
    json.beginArray();
    for (double x : v)
        json.value(x);
    json.endArray();
}

void writeCsvHeader(std::ostream& out, int neurons)
{
    out << "t";
    for (int i = 1; i <= neurons; ++i)
        out << ",u" << i;
    out << ",energy\n";
    out.precision(17);
}

void writeCsvRow(std::ostream& out, const TrajectorySample& s)
{
    out << s.time;
    for (double u : s.potentials)
        out << ',' << u;
    out << ',' << s.energy << '\n';
}

/// What a streamed run keeps: the last sample (for the JSON's final state, the fixed-point
/// search and the limit-cycle test), the count, and how it ended.
struct StreamedRun {
    TrajectorySample last;
    long long samples = 0;
    RunStatus status = RunStatus::Running;
};

/// Integrates in chunks, handing each sample to `sink` as it is made, so a run of any
/// length holds one chunk (about a MiB of potentials) instead of its whole trajectory;
/// Ctrl+C (an InterruptScope) ends it with status Cancelled.
StreamedRun streamTrajectory(const ContinuousModel& model, const OdeSetup& setup,
                             const std::function<void(const TrajectorySample&)>& sink)
{
    const int chunk = std::clamp(131072 / model.size(), 1, 1024);
    TrajectoryIntegrator integrator(model, setup.initial, setup.integration);
    StreamedRun run;
    while (integrator.status() == RunStatus::Running) {
        std::vector<TrajectorySample> samples = integrator.advance(chunk, interrupted);
        for (const TrajectorySample& s : samples)
            sink(s);
        run.samples += static_cast<long long>(samples.size());
        if (!samples.empty())
            run.last = std::move(samples.back());
    }
    run.status = integrator.status();
    return run;
}

} // namespace

int runOde(const std::vector<std::string>& words, std::ostream& out)
{
    Arguments args(words, {"list-presets"});
    if (args.flag("list-presets")) {
        args.finish();
        for (const OdePreset& preset : odePresets())
            out << preset.name << ": " << preset.description << '\n';
        return 0;
    }
    const std::string format = args.text("format", "json");
    if (format != "json" && format != "csv")
        throw UsageError("--format expects json or csv, got '" + format + "'");
    OdeSetup setup = setupFrom(args);
    // Newton costs O(N^3) per iteration: a coarser grid of starts for large networks.
    const int starts = static_cast<int>(args.integer(
        "fixed-point-grid", setup.spec.size() <= kLimitCycleMaxNeurons ? 15 : 5, 1, 200));
    args.finish();
    if (format != "csv" && setup.spec.size() > kFixedPointMaxNeurons)
        throw UsageError("the JSON output searches fixed points (Newton, O(N^3) a step) for at "
                         "most " +
                         std::to_string(kFixedPointMaxNeurons) + " neurons; this network has " +
                         std::to_string(setup.spec.size()) + ": use --format csv");

    const auto model = makeModel(setup.spec);
    const int n = model->size();
    const InterruptScope interruptible;
    if (format == "csv") {
        writeCsvHeader(out, n);
        streamTrajectory(*model, setup, [&out](const TrajectorySample& s) { writeCsvRow(out, s); });
        return 0;
    }
    const StreamedRun run = streamTrajectory(*model, setup, [](const TrajectorySample&) {});
    if (run.samples == 0) // interrupted before the sample at t = 0: nothing to report
        return 0;
    const TrajectorySample& last = run.last;

    // Fixed points: Newton from a grid on the plane (the preset's, the first two patterns',
    // or u1-u2 through 0) over a window holding every equilibrium, plus the run's ends.
    if (!setup.plane) {
        const double bound = 1.05 * equilibriumBound(setup.spec) + 0.1;
        setup.plane = StatePlane::coordinatePlane(n);
        setup.window = {-bound, bound, -bound, bound};
    }
    // After Ctrl+C the searches are skipped: "fixed_points" is empty and "interrupted" true.
    std::vector<FixedPoint> points;
    if (!interrupted()) {
        std::vector<Eigen::VectorXd> newtonStarts = gridStarts(*setup.plane, setup.window, starts);
        newtonStarts.push_back(setup.initial);
        newtonStarts.push_back(last.potentials);
        points = findFixedPoints(*model, newtonStarts);
    }

    std::string classification = runStatusName(run.status);
    std::optional<LimitCycle> cycle;
    if (run.status == RunStatus::TimeLimit && n <= kLimitCycleMaxNeurons && !interrupted()) {
        cycle = detectLimitCycle(*model, last.potentials, {}, interrupted);
        if (cycle->found)
            classification = "limit-cycle";
    }

    JsonWriter json(out);
    json.beginObject();
    json.key("model").value(continuousModelKindName(setup.spec.kind));
    json.key("source").value(setup.source);
    json.key("neurons").value(n);
    json.key("gain").value(gainKindName(setup.spec.gain.kind));
    json.key("beta").value(setup.spec.gain.beta);
    if (setup.spec.kind == ContinuousModelKind::Krotov) {
        json.key("interaction").value(interactionKindName(setup.spec.interaction.kind));
        if (setup.spec.interaction.kind == InteractionKind::Power)
            json.key("power").value(setup.spec.interaction.power);
    }
    json.key("stepper").value(stepperKindName(setup.integration.stepper));
    json.key("dt").value(setup.integration.timeStep);
    json.key("abs_tol").value(setup.integration.absoluteTolerance);
    json.key("rel_tol").value(setup.integration.relativeTolerance);
    json.key("t_max").value(setup.integration.maxTime);
    json.key("initial_state");
    writeVector(json, setup.initial);
    json.key("final_time").value(last.time);
    json.key("final_state");
    writeVector(json, last.potentials);
    json.key("final_output");
    writeVector(json, last.outputs);
    json.key("speed").value(last.speed);
    json.key("energy").value(last.energy);
    json.key("energy_is_lyapunov").value(model->hasLyapunovEnergy());
    json.key("samples").value(run.samples);
    json.key("classification").value(classification);
    if (cycle && cycle->found) {
        json.key("limit_cycle").beginObject();
        json.key("period").value(cycle->period);
        json.key("minimum");
        writeVector(json, cycle->minimum);
        json.key("maximum");
        writeVector(json, cycle->maximum);
        json.endObject();
    }
    json.key("fixed_points").beginArray();
    for (const FixedPoint& p : points) {
        json.beginObject();
        json.key("position");
        writeVector(json, p.position);
        json.key("kind").value(fixedPointKindName(p.kind));
        json.key("eigenvalues").beginArray();
        for (const auto& lambda : p.eigenvalues) {
            json.beginObject();
            json.key("re").value(lambda.real());
            json.key("im").value(lambda.imag());
            json.endObject();
        }
        json.endArray();
        json.key("residual").value(p.residual);
        json.key("energy").value(model->energy(p.position));
        json.endObject();
    }
    json.endArray();
    if (interrupted())
        json.key("interrupted").value(true);
    json.endObject();
    return 0;
}

} // namespace hopfield::cli
