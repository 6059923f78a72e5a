#pragma once

#include "core/PatternSet.h"
#include "core/Rng.h"

#include <Eigen/Core>
#include <functional>
#include <vector>

namespace hopfield {

struct BoltzmannOptions {
    double learningRate = 0.1; ///< lambda > 0 of J <- J + lambda (C_data - C_model)
    int epochs = 200;          ///< gradient steps >= 0
    int chains = 32;           ///< persistent Monte Carlo chains (> 0)
    int sweepsPerEpoch = 2;    ///< Glauber sweeps of every chain per epoch (> 0)
};

struct BoltzmannResult {
    Eigen::MatrixXd couplings; ///< J after training (symmetric, zero diagonal)
    /// The moment-matching error ||C_model - C_data||_F / N of each epoch, with C_model
    /// the chains' estimate used for that epoch's step: the learning curve.
    std::vector<double> momentError;
    bool cancelled = false;
};

/// Called after each epoch with (epochs done, that epoch's moment error); false stops.
using BoltzmannObserver = std::function<bool(int, double)>;

/// C_ij = (1/p) sum_a s^a_i s^a_j over the samples, i != j; the diagonal is zero (it is
/// 1 for every state, so learning never touches it).  Throws for an empty set.
Eigen::MatrixXd spinCorrelations(const PatternSet& samples);

/// ||A - B||_F / N for two N x N correlation matrices: the moment-matching error.
double momentError(const Eigen::MatrixXd& model, const Eigen::MatrixXd& data);

/// Boltzmann-machine learning at T = 1 (Ackley, Hinton and Sejnowski 1985; seed 000, "the
/// same algorithm at T = 1"; SCIENCE.md section 2): the model P(s) ~ exp(1/2 s^T J s) has
/// d ln L / dJ_ij = <s_i s_j>_data - <s_i s_j>_model, so starting from J = 0 each epoch
/// steps J <- J + lambda (C_data - C_model).  C_model is estimated by Glauber dynamics at
/// T = 1 on persistent chains (Tieleman 2008): the chains are not restarted between
/// epochs, only advanced sweepsPerEpoch sweeps under the new J, each chain contributing
/// its state after every sweep, so the estimate follows the slowly moving model cheaply.
/// At convergence the moments match.  Throws std::invalid_argument for bad options or an
/// empty data set.
BoltzmannResult trainBoltzmann(const PatternSet& data, const BoltzmannOptions& options, Rng& rng,
                               const BoltzmannObserver& observer = {});

/// The trained couplings alone, a learning rule like the others.
Eigen::MatrixXd boltzmannCouplings(const PatternSet& data, const BoltzmannOptions& options,
                                   Rng& rng);

/// `count` samples of the network with couplings J at T = 1 (the generative task of seed
/// 000): independent chains from random states, each run burnInSweeps Glauber sweeps.
/// The samples take `shape`'s width and height.  Throws for count < 0, burnInSweeps < 1,
/// or a J that is not square with shape.neurons() rows.
PatternSet sampleBoltzmann(const Eigen::MatrixXd& couplings, const PatternSet& shape, int count,
                           int burnInSweeps, Rng& rng);

} // namespace hopfield
