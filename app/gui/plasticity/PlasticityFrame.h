#pragma once

#include "plasticity/PlasticityTrainer.h"

#include <Eigen/Core>
#include <QMetaType>
#include <memory>
#include <vector>

namespace hopfield::app {

/// What the plasticity lab's worker publishes between chunks of training: copies the GUI
/// thread owns, so it never reads the trainer while the worker writes it.
struct PlasticityFrame {
    TrainingProgress progress;
    double epochs = 0.0;           ///< fractional epochs trained: the clock of every curve
    double samplesPerSecond = 0.0; ///< of the training so far
    double secondsLeft = 0.0;      ///< the remaining batches at that rate
    bool finished = false;
    std::shared_ptr<const Eigen::MatrixXf> weights; ///< K x D, one receptive field per row
    std::vector<double> theta;      ///< BCM: theta per unit (empty for competing units)
    std::vector<double> meanSquare; ///< BCM: <y^2> per unit over the last batch
    /// Set on the frames that end an evaluation interval (and the last one): the measures
    /// of PlasticityTrainer::measure() and the responses to the training split (K x N)
    /// they were taken from.
    std::shared_ptr<const PlasticityMeasures> measures;
    std::shared_ptr<const Eigen::MatrixXf> responses;
};

} // namespace hopfield::app

Q_DECLARE_METATYPE(hopfield::app::PlasticityFrame)
