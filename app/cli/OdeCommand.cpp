#include "OdeCommand.h"

#include "CommandLine.h"
#include "Interrupt.h"
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

/// The flags; those left unset keep the preset's values (or the defaults without one).
struct OdeOptions {
    bool listPresets = false;
    std::string format = "json";
    std::string preset;
    std::string couplings;
    std::string patternsFile;
    std::optional<std::string> model;
    std::optional<std::string> rule;
    std::optional<double> dreamingTime;
    std::optional<std::string> gain;
    std::optional<double> beta;
    std::optional<std::string> interaction;
    std::optional<int> power;
    std::optional<std::string> input;
    std::optional<std::string> initial;
    std::optional<std::string> stepper;
    std::optional<double> dt;
    std::optional<double> absTol;
    std::optional<double> relTol;
    std::optional<double> tMax;
    std::optional<double> sampleInterval;
    std::optional<double> equilibriumTol;
    std::optional<int> fixedPointGrid;
};

void addOptions(CLI::App& command, OdeOptions& o)
{
    command.add_flag("--list-presets", o.listPresets, "print the presets, one a line");
    command
        .add_option("--format", o.format,
                    "json (final state, classification, fixed points) "
                    "or csv (t,u1..uN,energy)")
        ->check(CLI::IsMember({"json", "csv"}));
    command.add_option("--preset", o.preset, "a preset (see --list-presets)");
    command.add_option("--couplings", o.couplings, "FILE: the matrix, CSV or whitespace");
    command.add_option("--patterns-file", o.patternsFile, "FILE: PBM or ASCII art");
    command.add_option("--model", o.model, "hopfield|krotov (hopfield)");
    command.add_option("--rule", o.rule, "hebb|pseudo-inverse|storkey|dreaming (hebb)");
    command.add_option("--dreaming-time", o.dreamingTime, "(1)")->check(CLI::Range(0.0, 1e12));
    command.add_option("--gain", o.gain, "tanh|logistic|arctan (tanh)");
    command.add_option("--beta", o.beta, "(1)")->check(CLI::Range(1e-6, 1e6));
    command.add_option("--interaction", o.interaction, "power|exponential (krotov)");
    command.add_option("--power", o.power, "N (krotov)")->check(CLI::Range(2, 30));
    command.add_option("--input", o.input, "I1,I2,...");
    command.add_option("--initial", o.initial, "u1,u2,... (required without --preset)");
    command.add_option("--stepper", o.stepper,
                       "rk4|dopri5 (dopri5; rk4: t-max / dt at most 1e8 steps)");
    command.add_option("--dt", o.dt, "(0.01)")->check(CLI::Range(1e-9, 1e6));
    command.add_option("--abs-tol", o.absTol, "(1e-8)")->check(CLI::Range(1e-15, 1.0));
    command.add_option("--rel-tol", o.relTol, "(1e-8)")->check(CLI::Range(1e-15, 1.0));
    command.add_option("--t-max", o.tMax, "(50)")->check(CLI::Range(1e-9, 1e9));
    command.add_option("--sample-interval", o.sampleInterval, "(0.05)")
        ->check(CLI::Range(1e-9, 1e9));
    command.add_option("--equilibrium-tol", o.equilibriumTol, "(1e-8)")
        ->check(CLI::Range(0.0, 1e6));
    command
        .add_option("--fixed-point-grid", o.fixedPointGrid,
                    "K (15; 5 above 64 neurons; JSON's fixed-point search: N <= 1000)")
        ->check(CLI::Range(1, 200));
}

// "--name 0.1,-2,3e-1" as numbers; names the option and the bad item.
std::optional<Eigen::VectorXd> numberList(const std::string& name,
                                          const std::optional<std::string>& text)
{
    if (!text)
        return std::nullopt;
    std::vector<double> values;
    std::stringstream items(*text);
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
OdeSetup modelFrom(const OdeOptions& o)
{
    const std::string& presetName = o.preset;
    const std::string& couplingsFile = o.couplings;
    const std::string& patternsFile = o.patternsFile;
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
        if (o.model && continuousModelKindFromName(*o.model) != setup.spec.kind)
            throw UsageError("--model contradicts preset '" + presetName + "' (a " +
                             continuousModelKindName(setup.spec.kind) + " model)");
        return setup;
    }
    setup.spec.kind = continuousModelKindFromName(o.model.value_or("hopfield"));
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
    if (krotov && (o.rule || o.dreamingTime))
        throw UsageError("--rule and --dreaming-time build Hopfield couplings; the Krotov model "
                         "uses the patterns themselves");
    if (krotov) {
        // s_mu = xi^mu . V / sqrt(N): overlaps of order sqrt(N) at most, so F stays finite.
        setup.spec.patterns = patternMatrix(stored) / std::sqrt(stored.neurons());
    } else {
        const CouplingRule rule = couplingRuleFromName(o.rule.value_or("hebb"));
        setup.spec.couplings = couplingsFor(rule, stored, o.dreamingTime.value_or(1.0));
        setup.source += " (" + couplingRuleName(rule) + ")";
    }
    if (stored.size() >= 2 && stored.neurons() > 2) {
        const Eigen::MatrixXd xi = patternMatrix(stored);
        setup.plane = StatePlane(Eigen::VectorXd::Zero(stored.neurons()), xi.row(0).transpose(),
                                 xi.row(1).transpose());
    }
    return setup;
}

OdeSetup setupFrom(const OdeOptions& o)
{
    OdeSetup setup = modelFrom(o);
    ContinuousModelSpec& spec = setup.spec;
    if (o.gain)
        spec.gain.kind = gainKindFromName(*o.gain);
    spec.gain.beta = o.beta.value_or(spec.gain.beta);
    if (spec.kind != ContinuousModelKind::Krotov && (o.interaction || o.power))
        throw UsageError("--interaction and --power belong to --model krotov");
    if (spec.kind == ContinuousModelKind::Krotov) {
        if (o.interaction)
            spec.interaction.kind = interactionKindFromName(*o.interaction);
        spec.interaction.power = o.power.value_or(spec.interaction.power);
    }
    if (const auto input = numberList("input", o.input))
        spec.input = *input;
    if (const auto initial = numberList("initial", o.initial))
        setup.initial = *initial;
    if (setup.initial.size() == 0)
        throw UsageError("--initial u1,u2,... is required without --preset");
    if (setup.initial.size() != spec.size())
        throw UsageError("--initial has " + std::to_string(setup.initial.size()) + " values for " +
                         std::to_string(spec.size()) + " neurons");

    IntegrationSettings& run = setup.integration;
    if (o.stepper)
        run.stepper = stepperKindFromName(*o.stepper);
    run.timeStep = o.dt.value_or(run.timeStep);
    run.absoluteTolerance = o.absTol.value_or(run.absoluteTolerance);
    run.relativeTolerance = o.relTol.value_or(run.relativeTolerance);
    run.maxTime = o.tMax.value_or(run.maxTime);
    run.sampleInterval = o.sampleInterval.value_or(run.sampleInterval);
    run.equilibriumTolerance = o.equilibriumTol.value_or(run.equilibriumTolerance);
    return setup;
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

int runOde(const std::vector<std::string>& options, std::ostream& out)
{
    CLI::App command("Integrates a continuous Hopfield or Krotov network; prints JSON (final "
                     "state, classification, fixed points) or CSV (t,u1..uN,energy).",
                     "ode");
    OdeOptions o;
    addOptions(command, o);
    if (const std::optional<int> status = parseOptions(command, options, out))
        return *status;
    if (o.listPresets) {
        if (options.size() > 1)
            throw UsageError("--list-presets takes no other options");
        for (const OdePreset& preset : odePresets())
            out << preset.name << ": " << preset.description << '\n';
        return finishOutput(out);
    }
    const std::string& format = o.format;
    OdeSetup setup = setupFrom(o);
    // Newton costs O(N^3) per iteration: a coarser grid of starts for large networks.
    const int starts =
        o.fixedPointGrid.value_or(setup.spec.size() <= kLimitCycleMaxNeurons ? 15 : 5);
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

    // The CSV above streams its samples; the JSON holds only the run's end and the fixed
    // points, so it is built whole.
    Json json;
    json["model"] = continuousModelKindName(setup.spec.kind);
    json["source"] = setup.source;
    json["neurons"] = n;
    json["gain"] = gainKindName(setup.spec.gain.kind);
    json["beta"] = setup.spec.gain.beta;
    if (setup.spec.kind == ContinuousModelKind::Krotov) {
        json["interaction"] = interactionKindName(setup.spec.interaction.kind);
        if (setup.spec.interaction.kind == InteractionKind::Power)
            json["power"] = setup.spec.interaction.power;
    }
    json["stepper"] = stepperKindName(setup.integration.stepper);
    json["dt"] = setup.integration.timeStep;
    json["abs_tol"] = setup.integration.absoluteTolerance;
    json["rel_tol"] = setup.integration.relativeTolerance;
    json["t_max"] = setup.integration.maxTime;
    json["initial_state"] = vectorJson(setup.initial);
    json["final_time"] = last.time;
    json["final_state"] = vectorJson(last.potentials);
    json["final_output"] = vectorJson(last.outputs);
    json["speed"] = last.speed;
    json["energy"] = last.energy;
    json["energy_is_lyapunov"] = model->hasLyapunovEnergy();
    json["samples"] = run.samples;
    json["classification"] = classification;
    if (cycle && cycle->found)
        json["limit_cycle"] = {{"period", cycle->period},
                               {"minimum", vectorJson(cycle->minimum)},
                               {"maximum", vectorJson(cycle->maximum)}};
    json["fixed_points"] = Json::array();
    for (const FixedPoint& p : points) {
        Json eigenvalues = Json::array();
        for (const auto& lambda : p.eigenvalues)
            eigenvalues.push_back({{"re", lambda.real()}, {"im", lambda.imag()}});
        json["fixed_points"].push_back({{"position", vectorJson(p.position)},
                                        {"kind", fixedPointKindName(p.kind)},
                                        {"eigenvalues", eigenvalues},
                                        {"residual", p.residual},
                                        {"energy", model->energy(p.position)}});
    }
    if (interrupted())
        json["interrupted"] = true;
    return writeJson(json, out);
}

} // namespace hopfield::cli
