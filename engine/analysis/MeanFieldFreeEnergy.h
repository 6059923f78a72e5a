#pragma once

#include <Eigen/Core>
#include <string>
#include <vector>

namespace hopfield {

/// Mean-field free energy per neuron of the Hopfield network (Hebb, h = 0) at vanishing
/// load alpha -> 0, as a function of the overlaps m with k stored patterns
/// (Amit, Gutfreund, Sompolinsky 1985; SCIENCE.md section 1):
///
///   f(m) = 1/2 sum_mu m_mu^2 - T < ln 2cosh(beta m . xi) >_xi,
///
/// the average taken either exactly over the 2^k sign vectors xi in {-1, +1}^k (the
/// theory of independent random patterns), or over the N sites of patterns actually
/// stored, < g(xi) > = (1/N) sum_i g(xi_i^1, ..., xi_i^k) (ofPatterns: correlated
/// patterns such as drawn letters, whose minima sit off the axes).  Its stationary
/// points solve m = < xi tanh(beta m . xi) >; at T = 0, f = 1/2 |m|^2 - < |m . xi| >
/// and f at a stationary point is the energy per neuron E/N.  This is the landscape the
/// studio draws over the overlap plane.
class MeanFieldFreeEnergy {
public:
    /// 1 <= patterns <= kMaxPatterns, temperature >= 0 (both finite); otherwise
    /// std::invalid_argument naming the parameter.
    MeanFieldFreeEnergy(int patterns, double temperature);

    /// f of the patterns actually stored: `sites` is k x N, column i holds xi_i^1..xi_i^k
    /// (entries +-1).  std::invalid_argument for k outside [1, kMaxPatterns], no column,
    /// an entry other than +-1, or a bad temperature.
    static MeanFieldFreeEnergy ofPatterns(const Eigen::MatrixXd& sites, double temperature);

    /// 2^12 sign vectors keeps every evaluation well under a millisecond.
    static constexpr int kMaxPatterns = 12;

    int patterns() const { return m_patterns; }
    double temperature() const { return m_temperature; }
    /// The distinct site vectors xi (columns) and the fraction of sites holding each.
    const Eigen::MatrixXd& signVectors() const { return m_signVectors; }
    const Eigen::VectorXd& weights() const { return m_weights; }

    /// f(m); m must have patterns() entries (std::invalid_argument otherwise).
    double value(const Eigen::VectorXd& overlaps) const;

    /// df/dm_mu = m_mu - < xi_mu tanh(beta m . xi) >  (sign(m . xi) at T = 0).
    Eigen::VectorXd gradient(const Eigen::VectorXd& overlaps) const;

    /// d2f/dm_mu dm_nu = delta_mu,nu - beta < xi_mu xi_nu sech^2(beta m . xi) >.
    /// At T = 0 this is the T -> 0+ limit: the identity wherever no m . xi vanishes; on
    /// the hyperplanes m . xi = 0 the kink of |m . xi| gives a curvature of -infinity,
    /// represented by beta = kZeroTemperatureBeta so the kink reads as "not a minimum".
    Eigen::MatrixXd hessian(const Eigen::VectorXd& overlaps) const;

    static constexpr double kZeroTemperatureBeta = 1e9;

private:
    void checkSize(const Eigen::VectorXd& overlaps) const;

    int m_patterns;
    double m_temperature;
    Eigen::MatrixXd m_signVectors; ///< k x C distinct site vectors (C <= 2^k)
    Eigen::VectorXd m_weights;     ///< C fractions summing to 1
};

enum class StationaryKind { Minimum, Saddle, Maximum, Degenerate };

/// What a stationary point means: no overlap (paramagnet m = 0), one pattern retrieved
/// or reversed, or a mixture of several (each with the sign of its overlap).  A point
/// whose state sgn(sum_mu m_mu xi_i^mu) is +-xi^mu at every site is the retrieval (or
/// reversal) of mu even where correlated patterns give it other nonzero overlaps.
enum class OverlapStructure { Paramagnet, Retrieval, Reversed, Mixture };

struct StationaryPoint {
    Eigen::VectorXd overlaps;
    double freeEnergy = 0.0;
    StationaryKind kind = StationaryKind::Degenerate;
    Eigen::VectorXd curvatures; ///< Hessian eigenvalues, ascending
    OverlapStructure structure = OverlapStructure::Paramagnet;
    std::vector<int> patterns; ///< patterns with a nonzero overlap, in index order
    std::vector<int> signs;    ///< sign of each one's overlap
};

struct StationaryPointSearch {
    int startsPerAxis = 9;   ///< grid of starts in [-startRange, startRange]^k
    double startRange = 1.1; ///< stationary overlaps lie in [-1, 1]
    double gradientTolerance = 1e-11;
    double duplicateDistance = 1e-6;
    double zeroOverlap = 1e-6;   ///< |m_mu| below this counts as "not involved"
    double flatCurvature = 1e-7; ///< |eigenvalue| below this makes a point Degenerate
    int maxIterations = 200;
};

/// All stationary points of f reached by damped Newton from a grid of starts,
/// deduplicated, classified from the Hessian's eigenvalues and sorted by free energy
/// (lowest first).  Throws std::invalid_argument if startsPerAxis^k exceeds 10^6.
std::vector<StationaryPoint> findStationaryPoints(const MeanFieldFreeEnergy& freeEnergy,
                                                  const StationaryPointSearch& search = {});

/// "retrieval of A", "reversed B", "mixture of A, -B and C", "paramagnet (m = 0)";
/// names[mu] names pattern mu, default "pattern 1", "pattern 2", ...
std::string stationaryPointName(const StationaryPoint& point,
                                const std::vector<std::string>& names = {});

/// "minimum", "saddle", "maximum", "degenerate".
std::string stationaryKindName(StationaryKind kind);

} // namespace hopfield
