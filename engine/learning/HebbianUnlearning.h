#pragma once

#include "core/PatternSet.h"
#include "core/Rng.h"

#include <Eigen/Core>
#include <functional>
#include <vector>

namespace hopfield {

struct UnlearningOptions {
    double strength = 0.01;      ///< lambda > 0: each dream removes (lambda/N) s* s*^T
    int dreams = 1000;           ///< number of dreams D >= 0
    int reportEvery = 0;         ///< dreams between progress reports; 0: about 100 reports
    int maxSweepsPerDream = 200; ///< cap on the T = 0 sweeps of one dream (> 0)
    double storedOverlap = 0.95; ///< a dream ends in a stored pattern if some |m_mu| > this
};

/// The state of unlearning after `dreams` dreams (the live progress of issue 4).
struct UnlearningProgress {
    int dreams = 0;
    double stableFraction = 0.0;    ///< stored patterns with every Delta^mu_i > 0
    double stableBitFraction = 0.0; ///< (mu, i) with Delta^mu_i > 0
    double minStability = 0.0;      ///< min Delta^mu_i
    double meanStability = 0.0;     ///< mean Delta^mu_i
    /// Of the dreams since the previous report: the fraction whose attractor had
    /// |m_mu| > storedOverlap for some mu (a stored pattern or its reverse); the rest
    /// ended in spurious states.  0 for the report at 0 dreams.
    double storedDreamFraction = 0.0;
};

/// Milestones of Benedetti, Ventura, Marinari, Ruocco and Zamponi (J. Chem. Phys. 156,
/// 104107, 2022), read off the progress reports (so known to within reportEvery dreams);
/// -1 when not reached.
struct UnlearningMilestones {
    int dIn = -1; ///< first report with every Delta^mu_i > 0 (all patterns fixed points)
    /// The report with the largest min Delta after dIn.  The paper's D_top is where the
    /// basins are largest; we take the peak of the smallest stability as its proxy, since
    /// a larger minimum Delta is a margin every stored bit has against noise.
    int dTop = -1;
    int dFin = -1; ///< first report after dIn with min Delta <= 0 again (memories die)
};

struct UnlearningResult {
    Eigen::MatrixXd couplings;                ///< J after the dreams done
    std::vector<UnlearningProgress> progress; ///< report at 0 dreams, then every reportEvery
    UnlearningMilestones milestones;
    int dreamsDone = 0;
    bool cancelled = false;
};

/// Called at every progress report; return false to stop (cancellation).
using UnlearningObserver = std::function<bool(const UnlearningProgress&)>;

/// Hebbian unlearning (Hopfield, Feinstein and Palmer 1983; SCIENCE.md section 2): start
/// from Hebb's J; each dream draws a random state, runs asynchronous T = 0 dynamics to an
/// attractor s* and sets J_ij -= (lambda/N) s*_i s*_j for i != j.  Spurious attractors go
/// first, so stabilities rise (D_in), peak (D_top) and, with too many dreams, fall until
/// the memories are destroyed (D_fin); the dream counts scale as N / lambda.
/// Throws std::invalid_argument for lambda <= 0 or not finite, dreams < 0,
/// reportEvery < 0, maxSweepsPerDream <= 0, storedOverlap outside (0, 1], or no patterns.
UnlearningResult runUnlearning(const PatternSet& stored, const UnlearningOptions& options, Rng& rng,
                               const UnlearningObserver& observer = {});

/// The dreams to do by default: 0.6 P / lambda.  The milestones of Benedetti et al. scale
/// as N / lambda times a function of the load; at N = 200 and alpha = 0.05 to 0.3 we
/// measured D_top ~ (0.6 to 0.9) P / lambda and D_fin ~ (1.2 to 1.4) P / lambda, so this is
/// past D_in and safely before the fall.  Capped at 10^8.
int recommendedDreams(int patterns, double strength);

/// The couplings after unlearning, a learning rule like the others ("after unlearning").
/// Without an observer it reports only at the end (the dreams are the same for a seed).
Eigen::MatrixXd unlearningCouplings(const PatternSet& stored, const UnlearningOptions& options,
                                    Rng& rng, const UnlearningObserver& observer = {});

} // namespace hopfield
