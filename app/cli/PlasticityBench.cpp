#include "PlasticityBench.h"

#include "CommandLine.h"
#include "PeerScript.h"
#include "plasticity/DatasetSource.h"
#include "plasticity/PlasticityTrainer.h"
#include "plasticity/RowBlocks.h"

#include <chrono>
#include <filesystem>

namespace hopfield::cli {
namespace {

/// Samples per second of training `settings` on `data` (the batch gathering included,
/// as the peer's), after a few untimed batches: the first steps of a process pay for
/// its first page faults and cold caches, which would handicap whichever case runs
/// first.
double samplesPerSecond(const std::shared_ptr<const Dataset>& data,
                        const PlasticitySettings& settings)
{
    PlasticityTrainer trainer(data, settings);
    std::atomic<bool> cancel{false};
    trainer.advance(10, cancel);
    const long long warmup = trainer.samplesTrained();
    const auto start = std::chrono::steady_clock::now();
    trainer.train(cancel);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return static_cast<double>(trainer.samplesTrained() - warmup) / seconds;
}

PlasticitySettings benchSettings(PlasticityModel model, int epochs, int threads)
{
    PlasticitySettings settings;
    settings.model = model;
    settings.epochs = epochs;
    settings.batch = 100;
    settings.bcm.units = 100;
    settings.bcm.threads = threads;
    settings.competing.units = 100;
    settings.competing.threads = threads;
    return settings;
}

} // namespace

int runPlasticityBench(bool quick, const std::string& peerScript, const std::string& peerPython,
                       std::ostream& out)
{
    const std::string dataDirectory = DatasetSource::findDataDirectory();
    const auto data = std::make_shared<const Dataset>(DatasetSource::bundledDigits(dataDirectory));
    const int epochs = quick ? 1 : 3;
    const int threads = defaultThreads();
    nlohmann::ordered_json json;
    json["workload"] = "training on the bundled digits' 8000 training images, batch 100, "
                       "K = 100; BCM: logistic, SGD, Normal(0, 1); competing: p = 2, k = 2";
    json["epochs"] = epochs;
    json["threads"] = threads;
    double bcm = 0;
    double competing = 0;
    for (const auto model : {PlasticityModel::Bcm, PlasticityModel::Competing}) {
        const std::string name(plasticityModelName(model));
        const double all = samplesPerSecond(data, benchSettings(model, epochs, 0));
        json[name + "_samples_per_second"] = all;
        json[name + "_samples_per_second_1_thread"] =
            samplesPerSecond(data, benchSettings(model, epochs, 1));
        (model == PlasticityModel::Bcm ? bcm : competing) = all;
    }
    if (!peerScript.empty()) {
        const std::string images =
            (std::filesystem::path(dataDirectory) / DatasetSource::digitsImages).string();
        const std::string peer = runPeerScript(
            peerPython, peerScript, {"--data", images, "--epochs", std::to_string(epochs)});
        json["peer"] = nlohmann::ordered_json::parse(peer);
        json["speedup_bcm_vs_peer"] = bcm / peerNumber(peer, "bcm_samples_per_second");
        json["speedup_competing_vs_peer"] =
            competing / peerNumber(peer, "competing_samples_per_second");
    }
    return writeJson(json, out);
}

} // namespace hopfield::cli
