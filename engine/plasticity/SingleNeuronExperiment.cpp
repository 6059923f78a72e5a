#include "plasticity/SingleNeuronExperiment.h"

#include <stdexcept>

namespace hopfield {

namespace {

BcmSettings layerSettings(const SingleNeuronSettings& settings)
{
    if (settings.neurons < 1 || settings.patterns < 2)
        throw std::invalid_argument("the experiment needs a neuron and at least two patterns");
    if (!(settings.overlap >= 0.0 && settings.overlap < 1.0))
        throw std::invalid_argument("the pattern overlap must lie in [0, 1)");
    if (settings.steps < 0 || settings.recordEvery < 1)
        throw std::invalid_argument("steps must be >= 0 and the record interval >= 1");
    BcmSettings bcm;
    bcm.units = settings.neurons;
    bcm.activation = Activation::Linear;
    bcm.optimizer = OptimizerKind::Sgd;
    bcm.learningRate = settings.learningRate;
    bcm.lateral = settings.lateral;
    bcm.memory = settings.memory;
    bcm.seed = settings.seed;
    return bcm;
}

} // namespace

SingleNeuronExperiment::SingleNeuronExperiment(const SingleNeuronSettings& settings)
    : m_settings(settings), m_layer(settings.patterns, layerSettings(settings)),
      m_rng(settings.seed ^ 0x9e3779b97f4a7c15ULL)
{
    const int p = settings.patterns;
    m_patterns = Eigen::MatrixXd::Constant(p, p, settings.overlap);
    m_patterns.diagonal().setOnes();
    // Small positive weights, so every neuron starts answering every pattern a little
    // and none is favoured by construction.
    Eigen::MatrixXd start(settings.neurons, p);
    for (Eigen::Index i = 0; i < start.size(); ++i)
        start(i) = 0.1 + 0.2 * m_rng.uniform();
    m_layer.setWeights(start);
    record();
}

int SingleNeuronExperiment::advance(int steps)
{
    int done = 0;
    Eigen::MatrixXd input(m_settings.patterns, 1);
    while (done < steps && !finished()) {
        input.col(0) = m_patterns.col(m_rng.below(static_cast<std::uint32_t>(m_settings.patterns)));
        m_layer.train(input);
        ++m_step;
        ++done;
        if (m_step % m_settings.recordEvery == 0)
            record();
    }
    return done;
}

Eigen::MatrixXd SingleNeuronExperiment::responses() const
{
    return m_layer.respond(m_patterns);
}

std::vector<int> SingleNeuronExperiment::selectedPatterns() const
{
    const Eigen::MatrixXd y = responses();
    std::vector<int> selected(static_cast<std::size_t>(y.rows()), -1);
    for (Eigen::Index i = 0; i < y.rows(); ++i) {
        Eigen::Index best = 0;
        const double top = y.row(i).maxCoeff(&best);
        bool alone = top > 0;
        for (Eigen::Index p = 0; p < y.cols(); ++p)
            if (p != best && y(i, p) >= 0.25 * top)
                alone = false;
        if (alone)
            selected[static_cast<std::size_t>(i)] = static_cast<int>(best);
    }
    return selected;
}

void SingleNeuronExperiment::record()
{
    m_history.push_back({m_step, m_layer.weights(), m_layer.theta()});
}

} // namespace hopfield
