#include "ControlCommand.h"

#include "Arguments.h"
#include "Interrupt.h"
#include "JsonWriter.h"
#include "UsageError.h"
#include "continuous/control/ControlPresets.h"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <sstream>

namespace hopfield::cli {
namespace {

/// Random restarts of the solver, each a full optimisation: 1000 already take minutes.
constexpr long long kMaxRestarts = 1000;

std::vector<double> numberList(Arguments& args, const std::string& name)
{
    std::vector<double> values;
    std::stringstream items(args.text(name, ""));
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
std::vector<Synapse> synapseList(Arguments& args)
{
    std::vector<Synapse> synapses;
    std::stringstream items(args.text("controllable", ""));
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

// Reads the model's flags over `problem` (a preset's or the defaults).
void applyProblemFlags(Arguments& args, ControlProblem& problem)
{
    const std::vector<double> a = numberList(args, "a");
    long long neurons = problem.couplings.rows();
    if (args.has("neurons") || !a.empty())
        neurons = args.integer("neurons", std::llround(std::sqrt(static_cast<double>(a.size()))), 1,
                               1000);
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
    const std::vector<double> initial = numberList(args, "initial");
    if (!initial.empty())
        problem.initialState = Eigen::Map<const Eigen::VectorXd>(
            initial.data(), static_cast<Eigen::Index>(initial.size()));
    else if (problem.initialState.size() != problem.couplings.rows())
        throw UsageError("give the initial state with --initial u1,...,uN");
    if (args.has("controllable"))
        problem.controllable = synapseList(args);
    problem.mu = args.number("mu", problem.mu, 0.0, 1.0);
    problem.lambda = args.number("lambda", problem.lambda, 0.0, 1e3);
    problem.strongBound = args.number("K", problem.strongBound, 0.0, 1e3);
    problem.silentBound = args.number("k", problem.silentBound, 0.0, 1e3);
    problem.gain.kind = gainKindFromName(args.text("gain", gainKindName(problem.gain.kind)));
    problem.gain.beta = args.number("beta", problem.gain.beta, 1e-6, 1e6);
    if (args.flag("map"))
        problem.model = ControlTimeModel::Map;
    const bool map = problem.model == ControlTimeModel::Map;
    if (map && args.has("horizon"))
        throw UsageError("--horizon is for the ODE; the map's horizon is --steps");
    problem.horizon = args.number("horizon", problem.horizon, 0.0, 1e6);
    const bool stepsGiven = args.has("steps");
    problem.steps = static_cast<int>(args.integer("steps", problem.steps, 1, 1'000'000));
    const int fallbackPieces =
        stepsGiven ? (map ? problem.steps : defaultPieces(problem.steps)) : problem.pieces;
    problem.pieces = static_cast<int>(args.integer("pieces", fallbackPieces, 1, problem.steps));
}

void writeMatrix(JsonWriter& json, const Eigen::MatrixXd& matrix)
{
    json.beginArray();
    for (Eigen::Index i = 0; i < matrix.rows(); ++i)
        for (Eigen::Index j = 0; j < matrix.cols(); ++j)
            json.value(matrix(i, j));
    json.endArray();
}

void writeVector(JsonWriter& json, const Eigen::VectorXd& vector)
{
    json.beginArray();
    for (Eigen::Index i = 0; i < vector.size(); ++i)
        json.value(vector[i]);
    json.endArray();
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

void writeSetup(JsonWriter& json, const ControlProblem& problem, const ControlLayout& layout)
{
    json.key("model").value(controlTimeModelName(problem.model));
    json.key("neurons").value(layout.neurons);
    json.key("a").beginArray();
    for (Eigen::Index i = 0; i < problem.couplings.rows(); ++i)
        for (Eigen::Index j = 0; j < problem.couplings.cols(); ++j)
            json.value(problem.couplings(i, j));
    json.endArray();
    json.key("initial");
    writeVector(json, problem.initialState);
    json.key("mu").value(problem.mu);
    // The authors' code weights |du|^2 by alpha = 1 - mu (their 0.9995 is our 0.0005).
    json.key("mu_code_alpha").value(1.0 - problem.mu);
    json.key("lambda").value(problem.lambda);
    json.key("K").value(problem.strongBound);
    json.key("k").value(problem.silentBound);
    json.key("gain").value(gainKindName(problem.gain.kind));
    json.key("beta").value(problem.gain.beta);
    json.key("horizon").value(layout.horizon);
    json.key("steps").value(layout.steps);
    json.key("pieces").value(layout.pieces);
    json.key("controlled_synapses").value(layout.controlsPerPiece());
}

int listPresets(std::ostream& out)
{
    JsonWriter json(out);
    json.beginObject().key("presets").beginArray();
    for (const ControlPreset& preset : controlPresets()) {
        json.beginObject();
        json.key("name").value(preset.name);
        json.key("description").value(preset.description);
        json.key("model").value(controlTimeModelName(preset.problem.model));
        json.key("mu").value(preset.problem.mu);
        json.key("lambda").value(preset.problem.lambda);
        json.key("sequence").value(preset.sequence.has_value());
        json.endObject();
    }
    json.endArray().endObject();
    out << '\n';
    return 0;
}

void writeSequence(JsonWriter& json, const std::vector<RecordingStep>& steps)
{
    json.key("steps").beginArray();
    for (const RecordingStep& step : steps) {
        json.beginObject();
        json.key("cue");
        writeVector(json, step.problem.initialState);
        json.key("outcome").value(outcomeName(step.run.outcome.outcome));
        json.key("cost").value(step.run.solution.cost);
        json.key("max_control_existing").value(step.run.maxControlExisting);
        json.key("max_control_silent").value(step.run.maxControlSilent);
        json.key("final_control");
        writeMatrix(json, step.run.outcome.finalControl);
        json.key("a_after");
        writeMatrix(json, step.couplings);
        json.key("equilibria").beginArray();
        for (const ControlEquilibrium& equilibrium : step.equilibria) {
            json.beginObject().key("state");
            writeVector(json, equilibrium.state);
            json.key("stable").value(equilibrium.stable).endObject();
        }
        json.endArray();
        json.key("memory_excess").array(step.memoryExcess);
        json.key("memory_forgotten").beginArray();
        for (bool forgotten : step.forgotten)
            json.value(forgotten);
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

} // namespace

int runControlCommand(const std::vector<std::string>& words, std::ostream& out)
{
    Arguments args(words, {"list-presets", "map"});
    if (args.flag("list-presets")) {
        args.finish();
        return listPresets(out);
    }
    const std::string presetName = args.text("preset", "");
    ControlPreset setup;
    if (!presetName.empty()) {
        setup = controlPreset(presetName);
    } else {
        setup.problem.steps = 400;
        setup.problem.pieces = 40;
        setup.solver.maxIterations = 3000;
    }
    applyProblemFlags(args, setup.problem);
    setup.solver.maxIterations =
        static_cast<int>(args.integer("max-iterations", setup.solver.maxIterations, 0, 10'000'000));
    setup.solver.seed =
        static_cast<std::uint64_t>(args.integer("seed", static_cast<long long>(setup.solver.seed),
                                                0, std::numeric_limits<long long>::max()));
    setup.solver.randomStarts =
        static_cast<int>(args.integer("restarts", setup.solver.randomStarts, 0, kMaxRestarts));
    const std::string trajectory = args.text("trajectory", "");
    if (!trajectory.empty() && trajectory != "csv")
        throw UsageError("--trajectory expects csv, got '" + trajectory + "'");
    if (!trajectory.empty() && setup.sequence)
        throw UsageError("--trajectory csv is for single runs, not the sequence of " + presetName);
    args.finish();
    // Validate everything before the first byte of JSON: an error leaves stdout empty.
    const ControlLayout layout = resolveLayout(setup.problem);

    // The runs come first too: a run that blows up (runControl throws) prints nothing.
    // Ctrl+C ends the solver before its next iteration with its best controls so far
    // (stop "cancelled"); the JSON then ends with "interrupted": true and main() exits 130.
    const InterruptScope interruptible;
    ControlCallbacks callbacks;
    callbacks.cancelled = interrupted;
    JsonWriter json(out);
    if (setup.sequence) {
        RecordingSequence sequence = *setup.sequence;
        sequence.base = setup.problem;
        sequence.solver = setup.solver;
        const std::vector<RecordingStep> steps = runRecordingSequence(sequence, callbacks);
        json.beginObject();
        json.key("preset").value(presetName);
        writeSetup(json, setup.problem, layout);
        // The top-level result is the last recording's; every step is in "steps".
        const ControlRun& last = steps.back().run;
        json.key("outcome").value(outcomeName(last.outcome.outcome));
        json.key("cost").value(last.solution.cost);
        json.key("max_control_existing").value(last.maxControlExisting);
        json.key("max_control_silent").value(last.maxControlSilent);
        writeSequence(json, steps);
        if (interrupted())
            json.key("interrupted").value(true);
        json.endObject();
        out << '\n';
        return 0;
    }
    const ControlRun run = hopfield::runControl(setup.problem, setup.solver, callbacks);
    json.beginObject();
    json.key("preset").value(presetName);
    writeSetup(json, setup.problem, run.layout);
    json.key("outcome").value(outcomeName(run.outcome.outcome));
    json.key("cost").value(run.solution.cost);
    json.key("max_control_existing").value(run.maxControlExisting);
    json.key("max_control_silent").value(run.maxControlSilent);
    json.key("final_control");
    writeMatrix(json, run.outcome.finalControl);
    json.key("final_state");
    writeVector(json, run.trajectory.states.bottomRows(1).transpose());
    json.key("equilibrium");
    writeVector(json, run.outcome.equilibrium);
    json.key("equilibrium_field").value(run.outcome.equilibriumField);
    json.key("tail_field").value(run.outcome.tailField);
    json.key("period").value(run.outcome.period);
    json.key("solver").beginObject();
    json.key("stop").value(solverStopName(run.solution.stop));
    json.key("iterations").value(run.solution.iterations);
    json.key("evaluations").value(run.solution.evaluations);
    json.key("projected_gradient").value(run.solution.projectedGradient);
    json.key("best_start").value(run.solution.bestStart);
    json.key("random_starts").value(setup.solver.randomStarts);
    json.key("seed").value(static_cast<long long>(setup.solver.seed));
    json.endObject();
    if (!trajectory.empty())
        json.key("trajectory_csv").value(trajectoryCsv(run.trajectory));
    if (interrupted())
        json.key("interrupted").value(true);
    json.endObject();
    out << '\n';
    return 0;
}

} // namespace hopfield::cli
