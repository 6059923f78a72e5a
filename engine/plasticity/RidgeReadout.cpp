#include "plasticity/RidgeReadout.h"

#include <Eigen/Cholesky>
#include <stdexcept>

namespace hopfield {

namespace {

void requireLabels(const Eigen::MatrixXf& features, const std::vector<int>& labels)
{
    if (features.cols() == 0 || static_cast<std::size_t>(features.cols()) != labels.size())
        throw std::invalid_argument("a read-out needs one label per sample, and samples");
    for (const int label : labels)
        if (label < 0 || label >= RidgeReadout::classes)
            throw std::invalid_argument("a label lies outside 0-9");
}

} // namespace

RidgeReadout::RidgeReadout(const Eigen::MatrixXf& features, const std::vector<int>& labels,
                           double ridge)
{
    requireLabels(features, labels);
    const Eigen::Index f = features.rows();
    const Eigen::Index n = features.cols();
    Eigen::MatrixXf extended(f + 1, n);
    extended.topRows(f) = features;
    extended.row(f).setOnes();
    // The Gram matrix by one symmetric rank-N update in float (half a GEMM), then
    // solved in double.
    Eigen::MatrixXf gramFloat = Eigen::MatrixXf::Zero(f + 1, f + 1);
    gramFloat.selfadjointView<Eigen::Lower>().rankUpdate(extended);
    Eigen::MatrixXd gram = gramFloat.cast<double>().selfadjointView<Eigen::Lower>();
    const double scale = f > 0 ? gram.diagonal().head(f).sum() / static_cast<double>(f) : 0;
    const double lambda = ridge * (scale > 0 ? scale : 1.0);
    gram.diagonal().head(f).array() += lambda;
    // A tiny ridge on the bias too keeps the system positive definite when every
    // feature is zero.
    gram(f, f) += 1e-9 * static_cast<double>(n);

    Eigen::MatrixXd targetsTimesFeatures = Eigen::MatrixXd::Zero(f + 1, classes);
    for (Eigen::Index j = 0; j < n; ++j)
        targetsTimesFeatures.col(labels[static_cast<std::size_t>(j)]) +=
            extended.col(j).cast<double>();
    m_weights = gram.ldlt().solve(targetsTimesFeatures).transpose();
}

std::vector<int> RidgeReadout::predict(const Eigen::MatrixXf& features) const
{
    const Eigen::Index f = m_weights.cols() - 1;
    if (features.rows() != f)
        throw std::invalid_argument("the features differ in number from the read-out's");
    const Eigen::MatrixXd scores =
        (m_weights.leftCols(f) * features.cast<double>()).colwise() + m_weights.col(f);
    std::vector<int> predicted(static_cast<std::size_t>(features.cols()));
    for (Eigen::Index j = 0; j < scores.cols(); ++j)
        scores.col(j).maxCoeff(&predicted[static_cast<std::size_t>(j)]);
    return predicted;
}

ReadoutScore RidgeReadout::score(const Eigen::MatrixXf& features,
                                 const std::vector<int>& labels) const
{
    requireLabels(features, labels);
    const std::vector<int> predicted = predict(features);
    ReadoutScore result;
    result.confusion.assign(classes, std::vector<int>(classes, 0));
    int right = 0;
    for (std::size_t j = 0; j < labels.size(); ++j) {
        ++result.confusion[static_cast<std::size_t>(labels[j])]
                          [static_cast<std::size_t>(predicted[j])];
        right += labels[j] == predicted[j];
    }
    result.accuracy = static_cast<double>(right) / static_cast<double>(labels.size());
    return result;
}

} // namespace hopfield
