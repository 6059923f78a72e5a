#include "plasticity/PlasticityTrainer.h"

#include <numeric>
#include <stdexcept>

namespace hopfield {

std::string_view plasticityModelName(PlasticityModel model) noexcept
{
    return model == PlasticityModel::Competing ? "competing" : "bcm";
}

std::optional<PlasticityModel> plasticityModelFromName(std::string_view name) noexcept
{
    for (const auto model : {PlasticityModel::Bcm, PlasticityModel::Competing})
        if (plasticityModelName(model) == name)
            return model;
    return std::nullopt;
}

PlasticityTrainer::PlasticityTrainer(std::shared_ptr<const Dataset> dataset,
                                     const PlasticitySettings& settings)
    : m_dataset(std::move(dataset)), m_settings(settings), m_rng(settings.seed)
{
    if (!m_dataset)
        throw std::invalid_argument("a plasticity run needs a dataset");
    if (settings.epochs < 1)
        throw std::invalid_argument("a plasticity run needs at least one epoch");
    const auto trainCount = static_cast<int>(m_dataset->trainIndices().size());
    if (settings.batch < 1 || settings.batch > trainCount)
        throw std::invalid_argument("the batch size must lie in [1, " + std::to_string(trainCount) +
                                    "] (the training split)");
    const int inputs = m_dataset->dimension();
    if (settings.model == PlasticityModel::Bcm)
        m_bcm = std::make_unique<BcmLayer<float>>(inputs, settings.bcm);
    else
        m_competing = std::make_unique<CompetingUnits>(inputs, settings.competing);
    m_order = m_dataset->trainIndices();
    m_batchesPerEpoch = trainCount / settings.batch;
    m_batchesTotal = m_batchesPerEpoch * settings.epochs;
    if (InputBatch<float>::worthCompressing(m_dataset->inputs()))
        m_compressedInputs = InputBatch<float>::compress(m_dataset->inputs());
    else
        m_batchInputs.resize(inputs, settings.batch);
}

bool PlasticityTrainer::advance(long long batches, const std::atomic<bool>& cancel,
                                const ProgressCallback& progress)
{
    for (long long i = 0; i < batches && !finished(); ++i) {
        if (cancel.load(std::memory_order_relaxed))
            break;
        trainBatch();
        if (progress)
            progress(this->progress());
    }
    return finished();
}

bool PlasticityTrainer::train(const std::atomic<bool>& cancel, const ProgressCallback& progress)
{
    return advance(m_batchesTotal, cancel, progress);
}

void PlasticityTrainer::trainBatch()
{
    const long long inEpoch = m_batchesDone % m_batchesPerEpoch;
    if (inEpoch == 0)
        m_rng.shuffle(std::span<int>(m_order));
    const auto columns =
        std::span<const int>(m_order).subspan(static_cast<std::size_t>(inEpoch * m_settings.batch),
                                              static_cast<std::size_t>(m_settings.batch));
    const auto batch = [&] {
        if (m_compressedInputs)
            return InputBatch<float>(*m_compressedInputs, columns);
        const Eigen::MatrixXf& inputs = m_dataset->inputs();
        for (std::size_t j = 0; j < columns.size(); ++j)
            m_batchInputs.col(static_cast<Eigen::Index>(j)) = inputs.col(columns[j]);
        return InputBatch<float>(m_batchInputs);
    }();
    if (m_bcm) {
        m_bcm->train(batch);
    } else {
        const int epoch = static_cast<int>(m_batchesDone / m_batchesPerEpoch);
        m_competing->train(batch, CompetingUnits::annealedRate(m_settings.competing.learningRate,
                                                               epoch, m_settings.epochs));
    }
    ++m_batchesDone;
}

TrainingProgress PlasticityTrainer::progress() const noexcept
{
    return {static_cast<int>(m_batchesDone / m_batchesPerEpoch), m_settings.epochs, m_batchesDone,
            m_batchesTotal};
}

const Eigen::MatrixXf& PlasticityTrainer::weights() const noexcept
{
    return m_bcm ? m_bcm->weights() : m_competing->weights();
}

Eigen::MatrixXf PlasticityTrainer::responses(const Eigen::MatrixXf& inputs) const
{
    return m_bcm ? m_bcm->respond(inputs) : m_competing->features(inputs);
}

PlasticityMeasures PlasticityTrainer::measure() const
{
    PlasticityMeasures measures;
    const Eigen::MatrixXf train = m_dataset->trainInputs();
    const Eigen::MatrixXf trainResponses = responses(train);
    measures.selectivity = measureSelectivity(trainResponses);
    if (m_bcm) {
        const auto& theta = m_bcm->theta();
        measures.theta.assign(theta.data(), theta.data() + theta.size());
        const Eigen::VectorXd meanSquare =
            trainResponses.cast<double>().array().square().rowwise().mean();
        measures.meanSquare.assign(meanSquare.data(), meanSquare.data() + meanSquare.size());
    } else {
        const Eigen::VectorXf norms = m_competing->weightNorms();
        measures.weightNorms.assign(norms.data(), norms.data() + norms.size());
    }
    if (m_dataset->labelled()) {
        const RidgeReadout readout(trainResponses, m_dataset->labelsAt(m_dataset->trainIndices()));
        measures.readout = readout.score(responses(m_dataset->heldOutInputs()),
                                         m_dataset->labelsAt(m_dataset->heldOutIndices()));
    }
    return measures;
}

ReadoutScore pixelReadout(const Dataset& dataset)
{
    if (!dataset.labelled())
        throw std::invalid_argument("a read-out needs labelled images");
    const RidgeReadout readout(dataset.trainInputs(), dataset.labelsAt(dataset.trainIndices()));
    return readout.score(dataset.heldOutInputs(), dataset.labelsAt(dataset.heldOutIndices()));
}

} // namespace hopfield
