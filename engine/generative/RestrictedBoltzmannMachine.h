#pragma once

#include "core/PatternSet.h"
#include "core/Rng.h"
#include "discrete/DiscreteModel.h"

#include <Eigen/Core>
#include <span>
#include <string>
#include <vector>

namespace hopfield {

/// The kind of the RBM's hidden units.
enum class HiddenUnits {
    Gaussian, ///< z_mu real, prior Normal(0, 1): the Hopfield dual (Barra et al. 2012)
    Binary,   ///< h_mu = +-1
};

/// "gaussian", "binary"; hiddenUnitsFromName throws std::invalid_argument for anything else.
std::string hiddenUnitsName(HiddenUnits kind);
HiddenUnits hiddenUnitsFromName(const std::string& name);

/// A restricted Boltzmann machine: N visible units s_i = +-1, P hidden units, weights W
/// (N x P), visible biases a (N), hidden biases b (P), inverse temperature beta
/// (SCIENCE.md section 5).
///
/// Gaussian hidden units:  P(s, z) ~ exp(-|z|^2 / 2 + sqrt(beta) s^T W z + sqrt(beta) b.z
///                                       + beta a.s),
///   z_mu | s ~ Normal(sqrt(beta) (W^T s + b)_mu, 1),
///   P(s_i = +1 | z) = 1 / (1 + exp(-2 (sqrt(beta) (W z)_i + beta a_i))).
/// Integrating z out gives P(s) ~ exp(-beta F(s)) with F(s) = -|W^T s + b|^2 / 2 - a.s,
/// a Hopfield network with J = W W^T (the diagonal is a constant, s_i^2 = 1) and field
/// a + W b.  With W = xi / sqrt(N), a = b = 0 this is exactly the Hebb network:
/// F(s) = -(N/2) sum_mu m_mu^2 = E_Hopfield(s) - P/2 (Barra, Bernacchia, Santucci,
/// Contucci 2012).
///
/// Binary hidden units:  P(s, h) ~ exp(beta (s^T W h + a.s + b.h)),
///   P(h_mu = +1 | s) = 1 / (1 + exp(-2 beta (W^T s + b)_mu)),  likewise for s | h,
///   F(s) = -a.s - (1/beta) sum_mu ln 2cosh(beta (W^T s + b)_mu).
///
/// step(n) runs n block Gibbs steps (all hidden units given s, then all visible units
/// given the hidden ones); state() is the visible layer.  overlaps() are the normalised
/// hidden fields (W^T s)_mu / sqrt(N), which are the Mattis overlaps m_mu for the Hopfield
/// dual, so a view shows "hidden activations = overlaps" live.
class RestrictedBoltzmannMachine final : public DiscreteModel {
public:
    /// W is N x P (N >= 1, P >= 1); empty biases mean zero; beta > 0; every entry finite.
    /// Throws std::invalid_argument otherwise.  The visible state starts all +1.
    RestrictedBoltzmannMachine(Eigen::MatrixXd weights, HiddenUnits hidden, double beta = 1.0,
                               Eigen::VectorXd visibleBias = {}, Eigen::VectorXd hiddenBias = {});

    /// The Hopfield dual of the Hebb network on `stored`: Gaussian hidden units, one per
    /// pattern, W_i,mu = xi^mu_i / sqrt(N), no biases.
    static RestrictedBoltzmannMachine fromPatterns(const PatternSet& stored, double beta);
    /// The Gaussian RBM whose visible marginal is the Boltzmann distribution of any
    /// Hopfield network E(s) = -1/2 s^T J s - h.s (J symmetric, N x N): with the
    /// eigen-decomposition J + c 1 = V L V^T, c = max(0, -lambda_min) (which only adds a
    /// constant, s_i^2 = 1), W = V sqrt(L) over the eigenvalues above 1e-12 of the
    /// largest, a = h, b = 0.  Throws std::invalid_argument for a J that is not square and
    /// symmetric (to 1e-9) or a field of the wrong size.
    static RestrictedBoltzmannMachine fromCouplings(const Eigen::MatrixXd& couplings,
                                                    const Eigen::VectorXd& field, double beta);
    /// Small random weights Normal(0, scale^2), zero biases: the start of CD training.
    static RestrictedBoltzmannMachine random(int visible, int hidden, HiddenUnits kind,
                                             double scale, double beta, Rng& rng);

    // DiscreteModel: the visible layer.
    int units() const override { return static_cast<int>(m_visible.size()); }
    std::span<const Spin> state() const override { return m_visible; }
    void setState(std::span<const Spin> spins) override;
    /// `sweeps` block Gibbs steps; returns the visible flips.
    int step(int sweeps, Rng& rng) override;
    /// F(s) of the current visible state.
    double energy() const override { return freeEnergy(m_visible); }
    /// (W^T s)_mu / sqrt(N) for every hidden unit.
    std::vector<double> overlaps() const override;

    int visibleUnits() const noexcept { return static_cast<int>(m_weights.rows()); }
    int hiddenUnits() const noexcept { return static_cast<int>(m_weights.cols()); }
    HiddenUnits hiddenKind() const noexcept { return m_kind; }
    double beta() const noexcept { return m_beta; }
    /// beta > 0 and finite, else std::invalid_argument.
    void setBeta(double beta);
    const Eigen::MatrixXd& weights() const noexcept { return m_weights; }
    const Eigen::VectorXd& visibleBias() const noexcept { return m_visibleBias; }
    const Eigen::VectorXd& hiddenBias() const noexcept { return m_hiddenBias; }
    /// Replaces W, a and b (same sizes, finite; else std::invalid_argument): a training
    /// step.  The state is kept.
    void setParameters(Eigen::MatrixXd weights, Eigen::VectorXd visibleBias,
                       Eigen::VectorXd hiddenBias);

    /// The last hidden sample (z or h), zero before the first step.
    const Eigen::VectorXd& hidden() const noexcept { return m_hidden; }
    /// E[z | s] = sqrt(beta) (W^T s + b) (Gaussian) or E[h | s] = tanh(beta (W^T s + b)).
    Eigen::VectorXd hiddenMean(const Eigen::VectorXd& visible) const;
    /// E[s | z] = tanh(sqrt(beta) W z + beta a) (Gaussian) or tanh(beta (W h + a)).
    Eigen::VectorXd visibleMean(const Eigen::VectorXd& hidden) const;
    /// Draws the hidden layer given s (its conditional above).
    Eigen::VectorXd sampleHidden(const Eigen::VectorXd& visible, Rng& rng) const;
    /// Draws the visible layer given the hidden one, as +-1 doubles.
    Eigen::VectorXd sampleVisible(const Eigen::VectorXd& hidden, Rng& rng) const;

    /// F(s), the free energy of a visible state (the class comment): P(s) ~ exp(-beta F).
    double freeEnergy(std::span<const Spin> visible) const;
    double freeEnergy(const Eigen::VectorXd& visible) const;

    /// The mean over the data and the units of (s_i - E[s_i | E[hidden | s]])^2 / 4: one
    /// mean-field up-down pass, 0 for a perfect reconstruction, at most 1.  Any N.
    /// Throws std::invalid_argument for data of the wrong size or no data.
    double reconstructionError(const PatternSet& data) const;

    /// The N weights W_i,mu of hidden unit mu, in the visible units' order (row by row of
    /// the pattern image): the unit's "receptive field".  Throws std::out_of_range.
    std::vector<double> weightImage(int mu) const;

private:
    void checkParameters() const;
    /// The argument of tanh in visibleMean().
    Eigen::VectorXd visibleField(const Eigen::VectorXd& hidden) const;

    Eigen::MatrixXd m_weights;
    Eigen::VectorXd m_visibleBias;
    Eigen::VectorXd m_hiddenBias;
    HiddenUnits m_kind;
    double m_beta;
    std::vector<Spin> m_visible;
    Eigen::VectorXd m_hidden;
};

} // namespace hopfield
