#pragma once

#include "plasticity/BcmLayer.h"
#include "plasticity/CompetingUnits.h"
#include "plasticity/Dataset.h"
#include "plasticity/RidgeReadout.h"
#include "plasticity/Selectivity.h"

#include <Eigen/Core>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace hopfield {

/// Which learning rule a plasticity run trains.
enum class PlasticityModel { Bcm, Competing };

/// "bcm", "competing".
std::string_view plasticityModelName(PlasticityModel model) noexcept;
std::optional<PlasticityModel> plasticityModelFromName(std::string_view name) noexcept;

/// Everything a plasticity run needs besides its data.
struct PlasticitySettings {
    PlasticityModel model = PlasticityModel::Bcm;
    BcmSettings bcm;
    CompetingSettings competing;
    int epochs = 10;
    int batch = 100;
    std::uint64_t seed = 1; ///< the order of the minibatches (each epoch a new shuffle)
};

/// How far a run is.
struct TrainingProgress {
    int epoch = 0; ///< whole epochs done
    int epochs = 0;
    long long batchesDone = 0;
    long long batchesTotal = 0;
    double fraction() const noexcept
    {
        return batchesTotal > 0 ? static_cast<double>(batchesDone) / batchesTotal : 1.0;
    }
};

/// What a trained layer does on its dataset (SCIENCE.md section 7).
struct PlasticityMeasures {
    SelectivityReport selectivity;       ///< of the responses to the training split
    std::vector<double> theta;           ///< per unit (BCM; empty for competing units)
    std::vector<double> meanSquare;      ///< <y^2> per unit over the training split (BCM)
    std::vector<double> weightNorms;     ///< L_p norm per unit (competing; empty for BCM)
    std::optional<ReadoutScore> readout; ///< ridge on the layer's responses, train -> held-out
};

/// Trains one layer (BCM or competing units) on a dataset's training split, in
/// minibatches of `batch` columns drawn in a fresh seeded order each epoch (a last
/// partial batch is dropped so every step sees the same batch size).  The work is done in
/// chunks: advance() returns after the asked number of minibatches, after the last one,
/// or as soon as `cancel` is set, so a worker thread can draw between chunks and stop at
/// once.  Competing units anneal eps linearly from eps0 at epoch 0 to 0 after the last.
class PlasticityTrainer {
public:
    using ProgressCallback = std::function<void(const TrainingProgress&)>;

    /// Throws std::invalid_argument for epochs < 1, batch < 1, a batch larger than the
    /// training split, or settings the layer refuses.
    PlasticityTrainer(std::shared_ptr<const Dataset> dataset, const PlasticitySettings& settings);

    const PlasticitySettings& settings() const noexcept { return m_settings; }
    const Dataset& dataset() const noexcept { return *m_dataset; }

    /// Trains up to `batches` more minibatches; calls `progress` (when set) after each
    /// one.  Returns true when training has finished.
    bool advance(long long batches, const std::atomic<bool>& cancel,
                 const ProgressCallback& progress = {});
    /// advance() to the end; false when cancelled first.
    bool train(const std::atomic<bool>& cancel, const ProgressCallback& progress = {});

    TrainingProgress progress() const noexcept;
    bool finished() const noexcept { return m_batchesDone >= m_batchesTotal; }
    long long samplesTrained() const noexcept { return m_batchesDone * m_settings.batch; }

    /// K x D: each row a unit's receptive field.
    const Eigen::MatrixXf& weights() const noexcept;
    /// The layer's outputs for `inputs` (D x N): y for BCM, max(I, 0)^n for competing
    /// units (K x N).
    Eigen::MatrixXf responses(const Eigen::MatrixXf& inputs) const;

    /// The layers themselves (one of them is null, by the model).
    const BcmLayer<float>* bcm() const noexcept { return m_bcm.get(); }
    const CompetingUnits* competing() const noexcept { return m_competing.get(); }

    /// The measures of the layer as it is now; the read-out only for a labelled dataset.
    PlasticityMeasures measure() const;

private:
    void trainBatch();
    void shuffleEpoch();

    std::shared_ptr<const Dataset> m_dataset;
    PlasticitySettings m_settings;
    std::unique_ptr<BcmLayer<float>> m_bcm;
    std::unique_ptr<CompetingUnits> m_competing;
    Eigen::MatrixXf m_train; // the training split, D x N_train
    std::vector<int> m_order;
    Rng m_rng;
    long long m_batchesPerEpoch = 0;
    long long m_batchesDone = 0;
    long long m_batchesTotal = 0;
    Eigen::MatrixXf m_batchInputs;
    /// The dataset's inputs as sparse columns, when sparse enough (InputBatch): batches
    /// then gather their nonzero pixels only.
    std::optional<InputBatch<float>::Compressed> m_compressedInputs;
};

/// The ridge read-out on raw pixels, train -> held-out split (the baseline a layer's
/// features are compared with).  Throws std::invalid_argument for an unlabelled set.
ReadoutScore pixelReadout(const Dataset& dataset);

} // namespace hopfield
