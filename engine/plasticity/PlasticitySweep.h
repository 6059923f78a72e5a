#pragma once

#include "plasticity/PlasticityTrainer.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace hopfield {

/// The BCM parameter a sweep varies: the memory factor gamma or the lateral strength s
/// (the seed's "neuron selectivity tuned according to memory factor").
enum class SweepParameter { Memory, Lateral };

/// "memory", "lateral".
std::string_view sweepParameterName(SweepParameter parameter) noexcept;
std::optional<SweepParameter> sweepParameterFromName(std::string_view name) noexcept;

/// One trained run of a sweep.
struct PlasticitySweepPoint {
    double value = 0;
    double meanSelectivity = 0;
    int selectedPatterns = 0;
    double overlapIndex = 0;
    int memorisationBound = 0;
    std::optional<double> readoutAccuracy; ///< labelled datasets only
};

/// Trains one BCM run per value of `parameter` (the rest as in `base`, same seed) and
/// measures each.  Runs are spread over `threads` worker threads (0: the hardware's
/// count); `progress(done, total)` is called after each run, from any worker, never twice
/// at once.  Returns the points in the order of `values`; when `cancel` is set the runs in
/// flight stop and nullopt is returned.  Throws std::invalid_argument for a value the
/// layer refuses (a singular lateral matrix, a gamma outside [0, 1)).
std::optional<std::vector<PlasticitySweepPoint>>
sweepPlasticity(std::shared_ptr<const Dataset> dataset, const PlasticitySettings& base,
                SweepParameter parameter, const std::vector<double>& values,
                const std::atomic<bool>& cancel,
                const std::function<void(int done, int total)>& progress = {}, int threads = 0);

} // namespace hopfield
