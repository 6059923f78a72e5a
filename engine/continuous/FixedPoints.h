#pragma once
// Equilibria of a continuous model, X(u*) = 0, found by damped Newton iteration from many
// starts and classified by the eigenvalues of the Jacobian dX/du at u* (Strogatz,
// "Nonlinear Dynamics and Chaos", sections 5.2 and 6.3; for N > 2 the same rules on all
// N eigenvalues).
#include "continuous/ContinuousModel.h"

#include <Eigen/Core>
#include <optional>
#include <string>
#include <vector>

namespace hopfield {

enum class FixedPointKind {
    Sink,           // every eigenvalue real and negative
    Source,         // every eigenvalue real and positive
    Saddle,         // real parts of both signs
    StableSpiral,   // every real part negative, some eigenvalues complex
    UnstableSpiral, // every real part positive, some eigenvalues complex
    Centre,         // every eigenvalue purely imaginary and non-zero (linear centre)
    NonHyperbolic,  // a zero real part otherwise: linearisation does not decide
};

/// "sink", "source", "saddle", "stable-spiral", "unstable-spiral", "centre",
/// "non-hyperbolic" (the CLI's JSON names).
std::string fixedPointKindName(FixedPointKind kind);

/// The kind from the eigenvalues.  A real part with |Re| <= tolerance * max(1, max|lambda|)
/// counts as zero, and so does such an imaginary part.
FixedPointKind classifyEigenvalues(const Eigen::VectorXcd& eigenvalues, double tolerance = 1e-7);

struct FixedPoint {
    Eigen::VectorXd position;     // u*
    Eigen::VectorXcd eigenvalues; // of dX/du at u*, sorted by real part, then imaginary part
    FixedPointKind kind = FixedPointKind::NonHyperbolic;
    double residual = 0.0; // |X(u*)|, Euclidean
};

struct NewtonSettings {
    int maxIterations = 100;
    /// A root is accepted when |X| falls below this (the 1e-8).
    double acceptResidual = 1e-8;
    /// Iteration stops early once |X| is below this.
    double targetResidual = 1e-13;
    /// Roots closer than this (relative to 1 + |u|) are one fixed point.
    double duplicateDistance = 1e-6;
    /// A start whose iterate leaves |u_i| <= this is abandoned.
    double divergenceBound = 1e6;
    /// For classifyEigenvalues().
    double classificationTolerance = 1e-7;
};

/// Damped Newton from `start`: the full step J^{-1}(-X) is halved until |X| decreases
/// (Armijo backtracking on |X|^2, Dennis and Schnabel 1983, section 6.3).  Returns the root
/// or nothing (singular Jacobian, no descent, divergence, or not converged).
std::optional<Eigen::VectorXd> newtonRoot(const ContinuousModel& model,
                                          const Eigen::VectorXd& start,
                                          const NewtonSettings& settings = {});

/// Eigenvalues (Eigen::EigenSolver on the analytic Jacobian) and kind at `position`.
FixedPoint analyseFixedPoint(const ContinuousModel& model, const Eigen::VectorXd& position,
                             double classificationTolerance = 1e-7);

/// The stable equilibrium (sink or stable spiral) that `state` has converged to: Newton
/// from `state` finds a root within `distance` (relative to 1 + |u*|) of it, where the
/// linearisation is attracting.  A trajectory that ran out of time there has converged:
/// inside a stable node's basin the rest of the distance decays as exp(-|Re lambda| t),
/// so it is the time limit, not the dynamics, that stopped it (issue 11).  Nothing for a
/// state near a saddle, a source or no equilibrium at all (a limit cycle).
std::optional<FixedPoint> stableEquilibriumNear(const ContinuousModel& model,
                                                const Eigen::VectorXd& state,
                                                double distance = 1e-3);

/// Newton from every start, duplicates merged, each root verified (|X| < acceptResidual)
/// and classified; sorted lexicographically by position.
std::vector<FixedPoint> findFixedPoints(const ContinuousModel& model,
                                        const std::vector<Eigen::VectorXd>& starts,
                                        const NewtonSettings& settings = {});

} // namespace hopfield
