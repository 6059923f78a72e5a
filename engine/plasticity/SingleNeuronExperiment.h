#pragma once

#include "core/Rng.h"
#include "plasticity/BcmLayer.h"

#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace hopfield {

/// The settings of the classic BCM experiment.
struct SingleNeuronSettings {
    int neurons = 1;      ///< K (1 for the classic result)
    int patterns = 2;     ///< P input patterns, in P dimensions
    double overlap = 0.3; ///< a: pattern p is e_p + a (1 - e_p), so patterns overlap
    double lateral = 0.0; ///< s, as in BcmLayer (negative: inhibition)
    double learningRate = 0.02;
    double memory = 0.99; ///< gamma of the sliding threshold
    int steps = 20000;    ///< patterns presented, one at a time, at random
    int recordEvery = 50; ///< a history sample every this many steps
    std::uint64_t seed = 1;
};

/// The classic single-neuron BCM result (Bienenstock, Cooper and Munro 1982; Blais and
/// Cooper 2008): a linear neuron y = w . x shown P overlapping patterns at random, with
/// theta the running <y^2>, ends selective -- it responds to one pattern with y = theta
/// and to the others with y = 0, the stable fixed points of dw = y (y - theta) x / theta.
/// With K neurons and lateral inhibition (s < 0) the neurons pick different patterns
/// (Castellani et al. 1999).  It runs a BcmLayer<double> (linear, SGD, batch 1) started
/// from small positive weights, and keeps a history of (w, theta) for the (w1, w2) plane.
class SingleNeuronExperiment {
public:
    struct Sample {
        long long step = 0;
        Eigen::MatrixXd weights; ///< K x P
        Eigen::VectorXd theta;   ///< K
    };

    /// Throws std::invalid_argument for neurons < 1, patterns < 2, overlap outside
    /// [0, 1), steps < 0, recordEvery < 1, or settings BcmLayer refuses.
    explicit SingleNeuronExperiment(const SingleNeuronSettings& settings);

    const SingleNeuronSettings& settings() const noexcept { return m_settings; }
    /// P x P, pattern p in column p.
    const Eigen::MatrixXd& patterns() const noexcept { return m_patterns; }

    /// Presents up to `steps` more patterns (never past settings.steps); returns the number
    /// presented.
    int advance(int steps);
    bool finished() const noexcept { return m_step >= m_settings.steps; }
    long long step() const noexcept { return m_step; }

    /// y of each neuron to each pattern: K x P.
    Eigen::MatrixXd responses() const;
    /// Per neuron, the pattern it selects: the one it answers most strongly, provided
    /// every other pattern gets less than a quarter of that; -1 when it selects none.
    std::vector<int> selectedPatterns() const;

    const BcmLayer<double>& layer() const noexcept { return m_layer; }
    const std::vector<Sample>& history() const noexcept { return m_history; }

private:
    void record();

    SingleNeuronSettings m_settings;
    Eigen::MatrixXd m_patterns;
    BcmLayer<double> m_layer;
    Rng m_rng;
    long long m_step = 0;
    std::vector<Sample> m_history;
};

} // namespace hopfield
