#include "ControlCommand.h"

#include "CommandLine.h"
#include "Interrupt.h"
#include "UsageError.h"
#include "continuous/control/ControlPresets.h"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>

namespace hopfield::cli {
namespace {

/// Random restarts of the solver, each a full optimisation: 1000 already take minutes.
constexpr int kMaxRestarts = 1000;

/// The flags; those left unset keep the preset's values (or the defaults without one).
struct ControlOptions {
    bool listPresets = false;
    std::string preset;
    std::string a;
    std::optional<int> neurons;
    std::string initial;
    std::optional<std::string> controllable;
    std::optional<double> mu;
    std::optional<double> lambda;
    std::optional<double> strongBound;
    std::optional<double> silentBound;
    std::optional<std::string> gain;
    std::optional<double> beta;
    bool map = false;
    std::optional<double> horizon;
    std::optional<int> steps;
    std::optional<int> pieces;
    std::optional<int> maxIterations;
    std::optional<std::uint64_t> seed;
    std::optional<int> restarts;
    std::string trajectory;
};

void addOptions(CLI::App& command, ControlOptions& o)
{
    command.add_flag("--list-presets", o.listPresets, "print the presets");
    command.add_option("--preset", o.preset,
                       "recognise, record, forget-recover, wandering, authors-map (flags given "
                       "with a preset override it)");
    command.add_option("--a", o.a, "a11,a12,...: the couplings, row-major");
    command.add_option("--neurons", o.neurons, "N (default: from --a)")->check(CLI::Range(1, 1000));
    command.add_option("--initial", o.initial, "u1,...,uN");
    command.add_option("--mu", o.mu, "(0.5; slides' convention, near 1 = conservative)")
        ->check(CLI::Range(0.0, 1.0));
    command.add_option("--lambda", o.lambda, "(0)")->check(CLI::Range(0.0, 1e3));
    command.add_option("--K", o.strongBound, "bound on existing synapses (0.5)")
        ->check(CLI::Range(0.0, 1e3));
    command.add_option("--k", o.silentBound, "bound on silent synapses (0)")
        ->check(CLI::Range(0.0, 1e3));
    command.add_option("--controllable", o.controllable,
                       "0:1,1:0 (default: existing synapses, and silent ones if k > 0)");
    command.add_option("--gain", o.gain, "tanh|logistic|arctan (arctan)");
    command.add_option("--beta", o.beta, "(10)")->check(CLI::Range(1e-6, 1e6));
    command.add_flag("--map", o.map, "the authors' map u(t+1) = (A + xi) g(u); horizon = --steps");
    command.add_option("--horizon", o.horizon, "T (0 = automatic)")->check(CLI::Range(0.0, 1e6));
    command.add_option("--steps", o.steps, "S (400)")->check(CLI::Range(1, 1'000'000));
    command.add_option("--pieces", o.pieces, "P (<= 40, divides S)")
        ->check(CLI::Range(1, 1'000'000));
    command.add_option("--max-iterations", o.maxIterations, "I (3000)")
        ->check(CLI::Range(0, 10'000'000));
    command.add_option("--restarts", o.restarts, "R (0)")->check(CLI::Range(0, kMaxRestarts));
    command.add_option("--seed", o.seed, "SEED (1)")
        ->check(CLI::Range(std::uint64_t{0},
                           static_cast<std::uint64_t>(std::numeric_limits<long long>::max())));
    command
        .add_option("--trajectory", o.trajectory,
                    "csv: embeds \"trajectory_csv\": t,u1..uN,X_norm,xi_norm")
        ->check(CLI::IsMember({"csv"}));
}

std::vector<double> numberList(const std::string& name, const std::string& text)
{
    std::vector<double> values;
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ',')) {
        char* end = nullptr;
        const double parsed = std::strtod(item.c_str(), &end);
        if (item.empty() || end != item.c_str() + item.size() || !std::isfinite(parsed))
            throw UsageError("--" + name + " expects comma-separated numbers, got '" + item + "'");
        values.push_back(parsed);
    }
    return values;
}

// "--controllable 0:1,1:0": the synapses (row:column, counted from 0) the controls may touch.
std::vector<Synapse> synapseList(const std::string& text)
{
    std::vector<Synapse> synapses;
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ',')) {
        Synapse synapse;
        char colon = 0;
        std::istringstream parts(item);
        if (!(parts >> synapse.row >> colon >> synapse.column) || colon != ':' || !parts.eof())
            throw UsageError("--controllable expects row:column pairs like 0:1,1:0, got '" + item +
                             "'");
        synapses.push_back(synapse);
    }
    return synapses;
}

// The largest divisor of `steps` that is at most 40: the default number of control pieces.
int defaultPieces(int steps)
{
    for (int pieces = std::min(steps, 40); pieces > 1; --pieces)
        if (steps % pieces == 0)
            return pieces;
    return 1;
}

// Applies the model's flags over `problem` (a preset's or the defaults).
void applyProblemFlags(const ControlOptions& o, ControlProblem& problem)
{
    const std::vector<double> a = numberList("a", o.a);
    long long neurons = problem.couplings.rows();
    if (o.neurons || !a.empty())
        neurons = o.neurons ? *o.neurons : std::llround(std::sqrt(static_cast<double>(a.size())));
    if (!a.empty()) {
        if (static_cast<long long>(a.size()) != neurons * neurons)
            throw UsageError("--a needs N^2 = " + std::to_string(neurons * neurons) +
                             " numbers (row-major), got " + std::to_string(a.size()));
        problem.couplings = Eigen::Map<
            const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
            a.data(), neurons, neurons);
    }
    if (problem.couplings.rows() == 0)
        throw UsageError("give the couplings with --a a11,a12,... (row-major) or a --preset");
    if (neurons != problem.couplings.rows())
        throw UsageError("--neurons " + std::to_string(neurons) + " does not match the " +
                         std::to_string(problem.couplings.rows()) + " neurons of the couplings");
    const std::vector<double> initial = numberList("initial", o.initial);
    if (!initial.empty())
        problem.initialState = Eigen::Map<const Eigen::VectorXd>(
            initial.data(), static_cast<Eigen::Index>(initial.size()));
    else if (problem.initialState.size() != problem.couplings.rows())
        throw UsageError("give the initial state with --initial u1,...,uN");
    if (o.controllable)
        problem.controllable = synapseList(*o.controllable);
    problem.mu = o.mu.value_or(problem.mu);
    problem.lambda = o.lambda.value_or(problem.lambda);
    problem.strongBound = o.strongBound.value_or(problem.strongBound);
    problem.silentBound = o.silentBound.value_or(problem.silentBound);
    if (o.gain)
        problem.gain.kind = gainKindFromName(*o.gain);
    problem.gain.beta = o.beta.value_or(problem.gain.beta);
    if (o.map)
        problem.model = ControlTimeModel::Map;
    const bool map = problem.model == ControlTimeModel::Map;
    if (map && o.horizon)
        throw UsageError("--horizon is for the ODE; the map's horizon is --steps");
    problem.horizon = o.horizon.value_or(problem.horizon);
    problem.steps = o.steps.value_or(problem.steps);
    const int fallbackPieces =
        o.steps ? (map ? problem.steps : defaultPieces(problem.steps)) : problem.pieces;
    problem.pieces = o.pieces.value_or(fallbackPieces);
    // The pieces' bound depends on the steps: a check CLI11's ranges cannot express.
    if (o.pieces && *o.pieces > problem.steps)
        throw UsageError("--pieces must lie in [1, " + std::to_string(problem.steps) + "], got " +
                         std::to_string(*o.pieces));
}

// Row-major, as --a reads them.
Json matrixJson(const Eigen::MatrixXd& matrix)
{
    Json values = Json::array();
    for (Eigen::Index i = 0; i < matrix.rows(); ++i)
        for (Eigen::Index j = 0; j < matrix.cols(); ++j)
            values.push_back(matrix(i, j));
    return values;
}

std::string trajectoryCsv(const ControlTrajectory& trajectory)
{
    std::ostringstream csv;
    csv.precision(10);
    csv << "t";
    for (Eigen::Index i = 0; i < trajectory.states.cols(); ++i)
        csv << ",u" << i + 1;
    csv << ",X_norm,xi_norm\n";
    for (Eigen::Index n = 0; n < trajectory.times.size(); ++n) {
        csv << trajectory.times[n];
        for (Eigen::Index i = 0; i < trajectory.states.cols(); ++i)
            csv << ',' << trajectory.states(n, i);
        csv << ',' << trajectory.fieldNorm[n] << ',' << trajectory.controlNorm[n] << '\n';
    }
    return csv.str();
}

void writeSetup(Json& json, const ControlProblem& problem, const ControlLayout& layout)
{
    json["model"] = controlTimeModelName(problem.model);
    json["neurons"] = layout.neurons;
    json["a"] = matrixJson(problem.couplings);
    json["initial"] = vectorJson(problem.initialState);
    json["mu"] = problem.mu;
    // The authors' code weights |du|^2 by alpha = 1 - mu (their 0.9995 is our 0.0005).
    json["mu_code_alpha"] = 1.0 - problem.mu;
    json["lambda"] = problem.lambda;
    json["K"] = problem.strongBound;
    json["k"] = problem.silentBound;
    json["gain"] = gainKindName(problem.gain.kind);
    json["beta"] = problem.gain.beta;
    json["horizon"] = layout.horizon;
    json["steps"] = layout.steps;
    json["pieces"] = layout.pieces;
    json["controlled_synapses"] = layout.controlsPerPiece();
}

int listPresets(std::ostream& out)
{
    Json presets = Json::array();
    for (const ControlPreset& preset : controlPresets())
        presets.push_back({{"name", preset.name},
                           {"description", preset.description},
                           {"model", controlTimeModelName(preset.problem.model)},
                           {"mu", preset.problem.mu},
                           {"lambda", preset.problem.lambda},
                           {"sequence", preset.sequence.has_value()}});
    return writeJson({{"presets", presets}}, out);
}

Json sequenceJson(const std::vector<RecordingStep>& steps)
{
    Json json = Json::array();
    for (const RecordingStep& step : steps) {
        Json equilibria = Json::array();
        for (const ControlEquilibrium& equilibrium : step.equilibria)
            equilibria.push_back(
                {{"state", vectorJson(equilibrium.state)}, {"stable", equilibrium.stable}});
        Json entry;
        entry["cue"] = vectorJson(step.problem.initialState);
        entry["outcome"] = outcomeName(step.run.outcome.outcome);
        entry["cost"] = step.run.solution.cost;
        entry["max_control_existing"] = step.run.maxControlExisting;
        entry["max_control_silent"] = step.run.maxControlSilent;
        entry["final_control"] = matrixJson(step.run.outcome.finalControl);
        entry["a_after"] = matrixJson(step.couplings);
        entry["equilibria"] = equilibria;
        entry["memory_excess"] = step.memoryExcess;
        entry["memory_forgotten"] = step.forgotten;
        json.push_back(entry);
    }
    return json;
}

} // namespace

int runControlCommand(const std::vector<std::string>& options, std::ostream& out)
{
    CLI::App command("The controlled network du/dt = (A + xi) g(u) - u with its optimal control; "
                     "prints JSON.",
                     "control");
    ControlOptions o;
    addOptions(command, o);
    if (const std::optional<int> status = parseOptions(command, options, out))
        return *status;
    if (o.listPresets) {
        if (options.size() > 1)
            throw UsageError("--list-presets takes no other options");
        return listPresets(out);
    }
    ControlPreset setup;
    if (!o.preset.empty()) {
        setup = controlPreset(o.preset);
    } else {
        setup.problem.steps = 400;
        setup.problem.pieces = 40;
        setup.solver.maxIterations = 3000;
    }
    applyProblemFlags(o, setup.problem);
    setup.solver.maxIterations = o.maxIterations.value_or(setup.solver.maxIterations);
    setup.solver.seed = o.seed.value_or(setup.solver.seed);
    setup.solver.randomStarts = o.restarts.value_or(setup.solver.randomStarts);
    if (!o.trajectory.empty() && setup.sequence)
        throw UsageError("--trajectory csv is for single runs, not the sequence of " + o.preset);
    // Validate everything before the first byte of JSON: an error leaves stdout empty.
    const ControlLayout layout = resolveLayout(setup.problem);

    // The runs come first too: a run that blows up (runControl throws) prints nothing.
    // Ctrl+C ends the solver before its next iteration with its best controls so far
    // (stop "cancelled"); the JSON then ends with "interrupted": true and main() exits 130.
    const InterruptScope interruptible;
    ControlCallbacks callbacks;
    callbacks.cancelled = interrupted;
    Json json;
    json["preset"] = o.preset;
    if (setup.sequence) {
        RecordingSequence sequence = *setup.sequence;
        sequence.base = setup.problem;
        sequence.solver = setup.solver;
        const std::vector<RecordingStep> steps = runRecordingSequence(sequence, callbacks);
        writeSetup(json, setup.problem, layout);
        // The top-level result is the last recording's; every step is in "steps".
        const ControlRun& last = steps.back().run;
        json["outcome"] = outcomeName(last.outcome.outcome);
        json["cost"] = last.solution.cost;
        json["max_control_existing"] = last.maxControlExisting;
        json["max_control_silent"] = last.maxControlSilent;
        json["steps"] = sequenceJson(steps);
    } else {
        const ControlRun run = hopfield::runControl(setup.problem, setup.solver, callbacks);
        writeSetup(json, setup.problem, run.layout);
        json["outcome"] = outcomeName(run.outcome.outcome);
        json["cost"] = run.solution.cost;
        json["max_control_existing"] = run.maxControlExisting;
        json["max_control_silent"] = run.maxControlSilent;
        json["final_control"] = matrixJson(run.outcome.finalControl);
        json["final_state"] = vectorJson(run.trajectory.states.bottomRows(1).transpose());
        json["equilibrium"] = vectorJson(run.outcome.equilibrium);
        json["equilibrium_field"] = run.outcome.equilibriumField;
        json["tail_field"] = run.outcome.tailField;
        json["period"] = run.outcome.period;
        json["solver"] = {{"stop", solverStopName(run.solution.stop)},
                          {"iterations", run.solution.iterations},
                          {"evaluations", run.solution.evaluations},
                          {"projected_gradient", run.solution.projectedGradient},
                          {"best_start", run.solution.bestStart},
                          {"random_starts", setup.solver.randomStarts},
                          {"seed", static_cast<long long>(setup.solver.seed)}};
        if (!o.trajectory.empty())
            json["trajectory_csv"] = trajectoryCsv(run.trajectory);
    }
    if (interrupted())
        json["interrupted"] = true;
    return writeJson(json, out);
}

} // namespace hopfield::cli
