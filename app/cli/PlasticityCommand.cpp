#include "PlasticityCommand.h"

#include "CommandLine.h"
#include "SweepCommand.h"
#include "UsageError.h"
#include "io/IdxWriter.h"
#include "io/WeightMosaic.h"
#include "plasticity/DatasetSource.h"
#include "plasticity/PlasticitySweep.h"
#include "plasticity/PlasticityTrainer.h"
#include "plasticity/SingleNeuronExperiment.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>

namespace hopfield::cli {
namespace {

/// What the flags say, before they become engine settings.
struct Flags {
    std::string model = "bcm";
    std::string data = "digits";
    int units = 100;
    int epochs = 10;
    int batch = 100;
    std::string activation = "logistic";
    std::string optimizer = "sgd";
    double learningRate = 0.02;
    std::string init = "normal";
    double lateral = 0.0;
    double memory = 0.9;
    double power = 2.0;
    int rank = 2;
    double delta = 0.4;
    std::uint64_t seed = 1;
    std::string saveWeights;
    std::string sweep;
    std::string experiment;
    int threads = 0;
};

/// CLI11's member check over the names an engine enum has.
CLI::IsMember names(std::vector<std::string> values)
{
    return CLI::IsMember(std::move(values));
}

PlasticitySettings settingsFrom(const Flags& flags)
{
    PlasticitySettings settings;
    settings.model = *plasticityModelFromName(flags.model);
    settings.epochs = flags.epochs;
    settings.batch = flags.batch;
    settings.seed = flags.seed;
    settings.bcm.units = flags.units;
    settings.bcm.activation = *activationFromName(flags.activation);
    settings.bcm.optimizer = *optimizerFromName(flags.optimizer);
    settings.bcm.learningRate = flags.learningRate;
    settings.bcm.init = *weightInitFromName(flags.init);
    settings.bcm.lateral = flags.lateral;
    settings.bcm.memory = flags.memory;
    settings.bcm.seed = flags.seed;
    settings.competing.units = flags.units;
    settings.competing.power = flags.power;
    settings.competing.rank = flags.rank;
    settings.competing.delta = flags.delta;
    settings.competing.learningRate = flags.learningRate;
    settings.competing.seed = flags.seed;
    return settings;
}

std::shared_ptr<const Dataset> loadData(const std::string& spec)
{
    return std::make_shared<const Dataset>(
        DatasetSource::load(spec, DatasetSource::findDataDirectory()));
}

std::string csvNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

int runTraining(const Flags& flags, std::ostream& out)
{
    const auto data = loadData(flags.data);
    PlasticityTrainer trainer(data, settingsFrom(flags));
    std::atomic<bool> cancel{false};
    const auto start = std::chrono::steady_clock::now();
    trainer.train(cancel);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const PlasticityMeasures measures = trainer.measure();
    if (!flags.saveWeights.empty()) {
        std::ofstream file(flags.saveWeights, std::ios::binary);
        // FILE.idx: one idx3-ubyte image per unit, for MNIST tools; any other name: the
        // mosaic as one PGM.
        if (flags.saveWeights.ends_with(".idx"))
            IdxWriter::writeImages(WeightMosaic::unitImages(trainer.weights(), data->rows(),
                                                            data->cols(), data->channels()),
                                   file);
        else
            WeightMosaic(trainer.weights(), data->rows(), data->cols(), data->channels())
                .writePgm(file);
        file.close();
        if (!file)
            throw UsageError("cannot write --save-weights file '" + flags.saveWeights + "'");
    }
    nlohmann::ordered_json json;
    json["model"] = flags.model;
    json["data"] = flags.data;
    json["train_images"] = data->trainIndices().size();
    json["held_out_images"] = data->heldOutIndices().size();
    json["units"] = flags.units;
    json["epochs"] = flags.epochs;
    json["batch"] = flags.batch;
    json["selectivity"] = measures.selectivity.selectivity;
    json["mean_selectivity"] = measures.selectivity.meanSelectivity;
    json["selected_patterns"] = measures.selectivity.selectedPatterns;
    json["overlap_index"] = measures.selectivity.overlapIndex;
    json["memorisation_bound"] = measures.selectivity.memorisationBound;
    json["theta"] = measures.theta;
    json["mean_y2"] = measures.meanSquare;
    json["weight_norms"] = measures.weightNorms;
    json["readout_accuracy"] =
        measures.readout ? nlohmann::ordered_json(measures.readout->accuracy) : nullptr;
    json["pixel_readout_accuracy"] =
        data->labelled() ? nlohmann::ordered_json(pixelReadout(*data).accuracy) : nullptr;
    json["confusion"] =
        measures.readout ? nlohmann::ordered_json(measures.readout->confusion) : nullptr;
    json["samples_per_second"] =
        seconds > 0 ? static_cast<double>(trainer.samplesTrained()) / seconds : 0.0;
    return writeJson(json, out);
}

int runSweep(const Flags& flags, std::ostream& out)
{
    const auto equals = flags.sweep.find('=');
    const auto parameter = sweepParameterFromName(flags.sweep.substr(0, equals));
    if (equals == std::string::npos || !parameter)
        throw UsageError(
            "--sweep expects memory=START:STOP:STEP or lateral=START:STOP:STEP, got '" +
            flags.sweep + "'");
    if (flags.model != "bcm")
        throw UsageError("--sweep trains BCM layers; drop --model competing");
    const std::string name(sweepParameterName(*parameter));
    const SweepRange range = parseSweepRange("sweep " + name, flags.sweep.substr(equals + 1));
    if (*parameter == SweepParameter::Memory)
        range.validate("sweep memory", 0.0, 0.999999, 1000);
    else
        range.validate("sweep lateral", -10.0, 10.0, 1000);
    std::atomic<bool> cancel{false};
    const auto points = sweepPlasticity(loadData(flags.data), settingsFrom(flags), *parameter,
                                        range.values(), cancel, {}, flags.threads);
    out << name
        << ",mean_selectivity,selected_patterns,overlap_index,memorisation_bound,"
           "readout_accuracy\n";
    for (const PlasticitySweepPoint& point : *points)
        out << csvNumber(point.value) << ',' << csvNumber(point.meanSelectivity) << ','
            << point.selectedPatterns << ',' << csvNumber(point.overlapIndex) << ','
            << point.memorisationBound << ','
            << (point.readoutAccuracy ? csvNumber(*point.readoutAccuracy) : std::string()) << '\n';
    return finishOutput(out);
}

int runSingleNeuron(const Flags& flags, const CLI::App& command, std::ostream& out)
{
    SingleNeuronSettings settings;
    // The experiment's own defaults (one neuron, a slow threshold) unless a flag is given.
    if (command.count("--units") > 0)
        settings.neurons = flags.units;
    if (command.count("--memory") > 0)
        settings.memory = flags.memory;
    if (command.count("--learning-rate") > 0)
        settings.learningRate = flags.learningRate;
    settings.lateral = flags.lateral;
    settings.seed = flags.seed;
    SingleNeuronExperiment experiment(settings);
    experiment.advance(settings.steps);
    const Eigen::MatrixXd responses = experiment.responses();
    const std::vector<int> selected = experiment.selectedPatterns();
    nlohmann::ordered_json json;
    json["experiment"] = "single-neuron";
    json["neurons"] = settings.neurons;
    json["patterns"] = settings.patterns;
    json["pattern_overlap"] = settings.overlap;
    json["lateral"] = settings.lateral;
    json["memory"] = settings.memory;
    json["learning_rate"] = settings.learningRate;
    json["steps"] = settings.steps;
    json["selected_pattern"] = selected.front() >= 0 ? nlohmann::ordered_json(selected.front())
                                                     : nlohmann::ordered_json(nullptr);
    json["selected_patterns"] = selected;
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (Eigen::Index i = 0; i < responses.rows(); ++i) {
        std::vector<double> row(static_cast<std::size_t>(responses.cols()));
        for (Eigen::Index p = 0; p < responses.cols(); ++p)
            row[static_cast<std::size_t>(p)] = responses(i, p);
        rows.push_back(row);
    }
    json["responses"] = rows;
    const auto& theta = experiment.layer().theta();
    json["theta"] = std::vector<double>(theta.data(), theta.data() + theta.size());
    return writeJson(json, out);
}

} // namespace

int runPlasticity(const std::vector<std::string>& words, std::ostream& out)
{
    Flags flags;
    CLI::App command("Train BCM neurons or competing hidden units on digits; prints JSON.",
                     "plasticity");
    command.add_option("--model", flags.model, "bcm or competing")
        ->check(names({"bcm", "competing"}));
    command.add_option("--data", flags.data, "digits, an IDX file (.gz) or cifar:FILE");
    command.add_option("--units", flags.units, "K, the number of units")
        ->check(CLI::Range(1, 10000));
    command.add_option("--epochs", flags.epochs)->check(CLI::Range(1, 100000));
    command.add_option("--batch", flags.batch)->check(CLI::Range(1, 100000));
    command.add_option("--activation", flags.activation)
        ->check(names({"logistic", "relu", "linear"}));
    command.add_option("--optimizer", flags.optimizer)->check(names({"sgd", "adam"}));
    command.add_option("--learning-rate", flags.learningRate)->check(CLI::Range(1e-12, 1e3));
    command.add_option("--init", flags.init)->check(names({"normal", "glorot"}));
    command.add_option("--lateral", flags.lateral, "s: < 0 inhibits, > 0 excites")
        ->check(CLI::Range(-10.0, 10.0));
    command.add_option("--memory", flags.memory, "gamma, theta's memory factor")
        ->check(CLI::Range(0.0, 0.999999));
    command.add_option("--power", flags.power, "p (competing)")->check(CLI::Range(2.0, 100.0));
    command.add_option("--rank", flags.rank, "k (competing)")->check(CLI::Range(2, 10000));
    command.add_option("--delta", flags.delta, "Delta (competing)")->check(CLI::Range(0.0, 100.0));
    command.add_option("--seed", flags.seed);
    command.add_option(
        "--save-weights", flags.saveWeights,
        "FILE.pgm (a mosaic) or FILE.idx (idx3-ubyte, one image a unit): the receptive fields");
    command.add_option("--sweep", flags.sweep, "memory=A:B:STEP or lateral=A:B:STEP (CSV)");
    command.add_option("--threads", flags.threads, "sweep threads (0 = all cores)")
        ->check(CLI::Range(0, 256));
    command.add_option("--experiment", flags.experiment)->check(names({"single-neuron"}));
    if (const auto status = parseOptions(command, words, out))
        return *status;
    if (flags.model == "competing" && flags.rank > flags.units)
        throw UsageError("--rank must not exceed --units");
    if (!flags.experiment.empty())
        return runSingleNeuron(flags, command, out);
    if (!flags.sweep.empty())
        return runSweep(flags, out);
    return runTraining(flags, out);
}

} // namespace hopfield::cli
