#pragma once
// Everything that defines a continuous model, as a plain value: what presets, the CLI and
// the GUI's sliders edit, and what a worker thread copies before building its own model.
#include "continuous/ContinuousModel.h"
#include "continuous/Gain.h"
#include "core/InteractionFunction.h"

#include <Eigen/Core>
#include <memory>
#include <string>
#include <string_view>

namespace hopfield {

enum class ContinuousModelKind {
    Hopfield, // ContinuousHopfield: constant couplings T
    Krotov,   // KrotovModel: T(V) = Hessian of sum_mu F(xi^mu . V)
};

// "hopfield" or "krotov"; throws std::invalid_argument naming the choices.
ContinuousModelKind continuousModelKindFromName(std::string_view name);
std::string continuousModelKindName(ContinuousModelKind kind);

struct ContinuousModelSpec {
    ContinuousModelKind kind = ContinuousModelKind::Hopfield;
    Eigen::MatrixXd couplings;       // Hopfield: T, N x N
    Eigen::MatrixXd patterns;        // Krotov: xi, P x N (one pattern per row)
    InteractionFunction interaction; // Krotov: F
    Gain gain;
    Eigen::VectorXd input; // I; empty means zero

    int size() const;
};

/// B with |u*_i| <= B at every equilibrium u* (a window for fixed-point searches): from
/// u* = T g(u*) + I, B = max_i (sum_j |T_ij| max|g| + |I_i|) for Hopfield, and for Krotov
/// B = max_i (sum_mu |xi^mu_i| max_{|s| <= S_mu} |s F''(s)| + |I_i|), S_mu = |xi^mu|_1 max|g|.
double equilibriumBound(const ContinuousModelSpec& spec);

/// A ContinuousHopfield or a KrotovModel; throws std::invalid_argument as they do.
std::unique_ptr<ContinuousModel> makeModel(const ContinuousModelSpec& spec);

} // namespace hopfield
