#pragma once
// Krotov's model with state-dependent couplings (seed 002, SCIENCE.md section 6): the
// couplings are the Hessian of a Lagrangian Phi(V) = sum_mu F(xi^mu . V),
//   T_ij(V) = d^2 Phi / dV_i dV_j = sum_mu F''(s_mu) xi^mu_i xi^mu_j,   s_mu = xi^mu . V,
// and the potentials follow
//   du_i/dt = X_i(u) = sum_j T_ij(V) V_j + I_i - u_i,   V = g(u),
// which for constant T is the continuous Hopfield model, and whose right-hand side at
// u = g^{-1}(V) is the seed's gradient field  X^_i(V) = T_ij(V) V_j - g^{-1}(V_i) = -dE/dV_i.
//
// Energy.  The closure formula of the seed, E(V) = -W(V) + sum_i int g^{-1},
// W(x) = int_0^1 T_ij(l x) l x_i x_j dl, has a closed form for this Phi: with s = xi^mu . x,
//   int_0^1 F''(l s) l s^2 dl = int_0^s F''(y) y dy = s F'(s) - F(s) + F(0)
// (substitute y = l s, integrate by parts), so
//   W(V) = sum_mu [s_mu F'(s_mu) - F(s_mu) + F(0)] = grad Phi . V - Phi(V) + Phi(0),
// which is the Legendre-transform energy of the seed up to the constant Phi(0).  With the
// input, E(V) = -W(V) - I^T V + sum_i int_{g(0)}^{V_i} g^{-1}.  Since dE/dV_i = -X_i,
// along a trajectory dE/dt = sum_i (dE/dV_i) g'(u_i) du_i/dt = -sum_i g'(u_i) X_i^2 <= 0:
// E is a Lyapunov function for every F and every pattern set (g' > 0).
#include "continuous/ContinuousModel.h"
#include "continuous/Gain.h"
#include "core/InteractionFunction.h"

namespace hopfield {

class KrotovModel final : public ContinuousModel {
public:
    /// `patterns` is P x N, one pattern xi^mu per row (scale them as the model needs:
    /// s_mu = xi^mu . V enters F directly).  `input` may be empty.  Throws
    /// std::invalid_argument for empty or non-finite patterns, a bad input size, F or gain.
    KrotovModel(Eigen::MatrixXd patterns, InteractionFunction interaction, Gain gain,
                Eigen::VectorXd input = {});

    const Eigen::MatrixXd& patterns() const { return m_patterns; }
    const InteractionFunction& interaction() const { return m_interaction; }
    const Gain& gain() const { return m_gain; }
    const Eigen::VectorXd& input() const { return m_input; }

    /// Phi(V) = sum_mu F(xi^mu . V).
    double lagrangian(const Eigen::VectorXd& outputs) const;
    /// T_ij(V), the Hessian of Phi.
    Eigen::MatrixXd couplingsAt(const Eigen::VectorXd& outputs) const;
    /// W(V) in the closed form above.
    double closureIntegral(const Eigen::VectorXd& outputs) const;
    /// E(V) = -W(V) - I^T V + sum_i int g^{-1}; +infinity outside the gain's range.
    double energyAtOutput(const Eigen::VectorXd& outputs) const;

    int size() const override { return static_cast<int>(m_patterns.cols()); }
    void evaluateField(const Eigen::Ref<const Eigen::VectorXd>& u,
                       Eigen::Ref<Eigen::VectorXd> velocity) const override;
    /// dX_i/du_k = sum_mu h'(s_mu) xi_i xi_k g'(u_k) - delta_ik with h(s) = s F''(s),
    /// h'(s) = F''(s) + s F'''(s).
    Eigen::MatrixXd jacobian(const Eigen::VectorXd& u) const override;
    Eigen::VectorXd output(const Eigen::VectorXd& u) const override;
    double energy(const Eigen::VectorXd& u) const override;
    bool hasLyapunovEnergy() const override { return true; }
    std::unique_ptr<ContinuousModel> clone() const override;

private:
    Eigen::MatrixXd m_patterns;
    InteractionFunction m_interaction;
    Gain m_gain;
    Eigen::VectorXd m_input;
};

} // namespace hopfield
