#pragma once

#include "core/PatternSet.h"
#include "core/Rng.h"

#include <Eigen/Core>
#include <functional>
#include <string>
#include <vector>

namespace hopfield {

/// Where the single rule starts (seed 000: "started from Hebb").
enum class BoltzmannStart {
    Zero, ///< J = 0, h = 0
    Hebb, ///< J = hebbStart (the Hebb couplings of the memories), h = 0
};

/// "zero", "hebb"; boltzmannStartFromName throws std::invalid_argument otherwise.
std::string boltzmannStartName(BoltzmannStart start);
BoltzmannStart boltzmannStartFromName(const std::string& name);

struct BoltzmannOptions {
    /// lambda > 0 of J <- J + lambda (C_data - C_model).  0.01: 0.1 overshoots from
    /// N ~ 200 on (retrieval of 3 patterns at N = 200 after 20 epochs: m = -0.1 against 1).
    double learningRate = 0.01;
    int epochs = 100;       ///< gradient steps >= 0
    int chains = 32;        ///< Monte Carlo chains (> 0)
    int sweepsPerEpoch = 2; ///< Glauber sweeps of every chain per epoch (> 0)
    /// The model's temperature T >= 0: T = 1 is Boltzmann learning, T = 0 Hopfield's
    /// unlearning (the model's moments are those of its attractors).
    double temperature = 1.0;
    bool learnFields = false; ///< also learn h <- h + lambda (<s>_data - <s>_model)
    BoltzmannStart start = BoltzmannStart::Zero;
    /// The start for BoltzmannStart::Hebb (N x N); empty: the Hebb couplings of the data.
    Eigen::MatrixXd hebbStart;
    /// false: persistent chains (Tieleman 2008); true: every epoch the chains restart
    /// from random states, as the dreams of unlearning do (the T = 0 end needs it: a
    /// persistent T = 0 chain never leaves its attractor).
    bool restartChains = false;
};

struct BoltzmannResult {
    Eigen::MatrixXd couplings; ///< J after training (symmetric, zero diagonal)
    Eigen::VectorXd fields;    ///< h after training (zero unless learnFields)
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

/// The single rule from memory to generation (seed 000, "the same algorithm at T = 1";
/// SCIENCE.md section 2), Boltzmann-machine learning (Ackley, Hinton and Sejnowski 1985)
/// at a temperature T: the model P(s) ~ exp((1/2 s^T J s + h.s) / T) has
/// d ln L / dJ_ij ~ <s_i s_j>_data - <s_i s_j>_model,T, so from the start (J = 0 or Hebb)
/// each epoch steps J <- J - lambda (C_model,T - C_data) (and h likewise with the means
/// when learnFields).  At T = 1 it is Boltzmann learning (the network generates
/// data-like samples); at T = 0 the model's moments are its attractors' and the rule is
/// Hopfield's unlearning with a Hebbian term (the memories sharpen).  C_model is estimated
/// by Glauber dynamics at T, on persistent chains (Tieleman 2008) advanced
/// sweepsPerEpoch sweeps under the new J, each chain contributing its state after every
/// sweep, or on chains restarted at random (restartChains).  At convergence the moments
/// match.  Throws std::invalid_argument for bad options (a hebbStart of the wrong size
/// among them) or an empty data set.
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
/// The same with fields h (empty: zero) at temperature T >= 0.
PatternSet sampleBoltzmann(const Eigen::MatrixXd& couplings, const Eigen::VectorXd& fields,
                           double temperature, const PatternSet& shape, int count, int burnInSweeps,
                           Rng& rng);

} // namespace hopfield
