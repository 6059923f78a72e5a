#pragma once

#include "analysis/SweepRule.h"
#include "discrete/DenseAssociativeMemory.h"
#include "discrete/ModernHopfieldNetwork.h"

namespace hopfield {

/// Hebb, then Hebbian unlearning (HebbianUnlearning.h) with strength lambda and
/// round(dreamsPerPattern * P / lambda) dreams drawn from the trial's own Rng, then
/// Glauber dynamics as couplingSweepRule.  The dream count scales with P / lambda because
/// the milestones do (D_top ~ 0.6 to 0.9 P / lambda at N = 200, measured for `learn`);
/// the default 0.6 stays before the fall D_fin.  lambda > 0, dreamsPerPattern >= 0,
/// maxSweeps >= 1: otherwise std::invalid_argument.
SweepRule unlearningSweepRule(int maxSweeps, double lambda = 0.01, double dreamsPerPattern = 0.6);

/// The dense associative memory (Krotov and Hopfield 2016) with interaction F, retrieved
/// by its asynchronous T = 0 dynamics for at most maxSweeps sweeps.  It has no
/// temperature: a trial at T > 0 throws std::invalid_argument.  maxSweeps >= 1 and a
/// power order in [2, 30], or std::invalid_argument.
SweepRule denseSweepRule(InteractionFunction function, int maxSweeps);

/// The modern (softmax) network (Ramsauer et al. 2020) with inverse temperature beta:
/// `steps` updates s <- X softmax(beta X^T s) from the start, whose signs are the answer
/// (ModernHopfieldNetwork::retrieve).  beta plays the temperature's part, so a trial at
/// T > 0 throws std::invalid_argument, as do beta <= 0 or not finite and steps < 1.
SweepRule modernSweepRule(double beta, int steps);

/// Learning from examples at finite load and temperature (seed 001; SCIENCE.md section 3):
/// each trial draws M examples of quality r of every stored pattern (the archetypes) from
/// its own Rng, builds the supervised or unsupervised couplings (ExampleLearning.h) and
/// runs Glauber dynamics as couplingSweepRule; the sweep's overlap is with the archetype,
/// which the network never saw.  examples >= 1, quality in (0, 1], maxSweeps >= 1, else
/// std::invalid_argument.
SweepRule examplesSweepRule(bool supervised, int examples, double quality, int maxSweeps);

} // namespace hopfield
