#pragma once

#include <Eigen/Core>
#include <vector>

namespace hopfield {

/// How well a read-out names the held-out images.
struct ReadoutScore {
    double accuracy = 0;                     ///< fraction right
    std::vector<std::vector<int>> confusion; ///< [true label][predicted label], classes x classes
};

/// A linear read-out from features to labels: ridge regression onto one-hot targets
/// (closed form, Hoerl and Kennard 1970),
///   [W b] = T F~^T (F~ F~^T + lambda I)^-1,  F~ = features with a row of ones appended,
/// with lambda = ridge * trace(F F^T) / F rows (so one value suits pixels and features of
/// any scale; the bias is not penalised), solved in double by Cholesky (LDLT).  The
/// predicted label is the largest of W f + b.
class RidgeReadout {
public:
    static constexpr int classes = 10;
    static constexpr double defaultRidge = 1e-3;

    /// `features` F x N, `labels` N values in [0, classes).  Throws std::invalid_argument
    /// for sizes that differ, no samples, or a label out of range.
    RidgeReadout(const Eigen::MatrixXf& features, const std::vector<int>& labels,
                 double ridge = defaultRidge);

    std::vector<int> predict(const Eigen::MatrixXf& features) const;
    ReadoutScore score(const Eigen::MatrixXf& features, const std::vector<int>& labels) const;

private:
    Eigen::MatrixXd m_weights; // classes x (F + 1), bias last
};

} // namespace hopfield
