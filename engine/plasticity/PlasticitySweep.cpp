#include "plasticity/PlasticitySweep.h"

#include <exception>
#include <mutex>
#include <thread>

namespace hopfield {

std::string_view sweepParameterName(SweepParameter parameter) noexcept
{
    return parameter == SweepParameter::Lateral ? "lateral" : "memory";
}

std::optional<SweepParameter> sweepParameterFromName(std::string_view name) noexcept
{
    for (const auto parameter : {SweepParameter::Memory, SweepParameter::Lateral})
        if (sweepParameterName(parameter) == name)
            return parameter;
    return std::nullopt;
}

namespace {

PlasticitySweepPoint runPoint(const std::shared_ptr<const Dataset>& dataset,
                              PlasticitySettings settings, SweepParameter parameter, double value,
                              const std::atomic<bool>& cancel, bool& finished)
{
    settings.model = PlasticityModel::Bcm;
    (parameter == SweepParameter::Memory ? settings.bcm.memory : settings.bcm.lateral) = value;
    PlasticityTrainer trainer(dataset, settings);
    finished = trainer.train(cancel);
    PlasticitySweepPoint point;
    point.value = value;
    if (!finished)
        return point;
    const PlasticityMeasures measures = trainer.measure();
    point.meanSelectivity = measures.selectivity.meanSelectivity;
    point.selectedPatterns = measures.selectivity.selectedPatterns;
    point.overlapIndex = measures.selectivity.overlapIndex;
    point.memorisationBound = measures.selectivity.memorisationBound;
    if (measures.readout)
        point.readoutAccuracy = measures.readout->accuracy;
    return point;
}

} // namespace

std::optional<std::vector<PlasticitySweepPoint>>
sweepPlasticity(std::shared_ptr<const Dataset> dataset, const PlasticitySettings& base,
                SweepParameter parameter, const std::vector<double>& values,
                const std::atomic<bool>& cancel, const std::function<void(int, int)>& progress,
                int threads)
{
    // Every value is checked before any run starts, so a bad one fails at once.
    for (const double value : values) {
        PlasticitySettings settings = base;
        (parameter == SweepParameter::Memory ? settings.bcm.memory : settings.bcm.lateral) = value;
        BcmLayer<float> check(1, settings.bcm);
    }
    std::vector<PlasticitySweepPoint> points(values.size());
    std::atomic<std::size_t> next{0};
    std::atomic<bool> stop{false};
    std::mutex progressMutex;
    std::exception_ptr failure;
    int done = 0;
    const auto work = [&] {
        for (std::size_t i = next++; i < values.size() && !stop; i = next++) {
            try {
                bool finished = false;
                points[i] = runPoint(dataset, base, parameter, values[i], cancel, finished);
                if (!finished) {
                    stop = true;
                    return;
                }
            } catch (...) {
                const std::lock_guard lock(progressMutex);
                failure = std::current_exception();
                stop = true;
                return;
            }
            const std::lock_guard lock(progressMutex);
            ++done;
            if (progress)
                progress(done, static_cast<int>(values.size()));
        }
    };
    const int hardware = static_cast<int>(std::thread::hardware_concurrency());
    const int count = std::max(1, std::min(threads > 0 ? threads : std::max(hardware, 1),
                                           static_cast<int>(values.size())));
    std::vector<std::jthread> workers;
    for (int t = 1; t < count; ++t)
        workers.emplace_back(work);
    work();
    workers.clear();
    if (failure)
        std::rethrow_exception(failure);
    if (stop || cancel)
        return std::nullopt;
    return points;
}

} // namespace hopfield
