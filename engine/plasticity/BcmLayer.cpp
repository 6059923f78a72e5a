#include "plasticity/BcmLayer.h"

#include "plasticity/RowBlocks.h"

#include <Eigen/LU>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace hopfield {

namespace {

void requireMemory(double gamma)
{
    if (!(gamma >= 0.0 && gamma < 1.0))
        throw std::invalid_argument("the memory factor gamma must lie in [0, 1)");
}

} // namespace

template <typename Scalar>
BcmLayer<Scalar>::BcmLayer(int inputs, const BcmSettings& settings)
    : m_settings(settings), m_optimizer(settings.optimizer, settings.learningRate)
{
    if (inputs < 1)
        throw std::invalid_argument("a BCM layer needs at least one input");
    if (settings.units < 1)
        throw std::invalid_argument("a BCM layer needs at least one unit");
    requireMemory(settings.memory);
    Rng rng(settings.seed);
    m_weights = initialWeights<Scalar>(settings.init, settings.units, inputs, rng);
    m_theta.setZero(settings.units);
    m_batchMeanSquare.setZero(settings.units);
    m_settings.lateral = 0.0;
    m_lateralInverse.setIdentity(settings.units, settings.units);
    setLateral(settings.lateral);
}

template <typename Scalar> void BcmLayer<Scalar>::setLateral(double strength)
{
    if (!std::isfinite(strength))
        throw std::invalid_argument("the lateral strength s must be a finite number");
    const int k = units();
    Eigen::MatrixXd m = Eigen::MatrixXd::Constant(k, k, -strength);
    m.diagonal().setOnes();
    if (k > 1) {
        // The eigenvalues of M = (1 + s) I - s 1 1^T: 1 + s on the vectors orthogonal to
        // 1, and 1 - (K - 1) s on 1 itself.
        const double a = std::abs(1.0 + strength);
        const double b = std::abs(1.0 - (k - 1) * strength);
        const double smallest = std::min(a, b);
        const double condition = smallest > 0 ? std::max(a, b) / smallest : INFINITY;
        if (!(condition <= maxCondition)) {
            std::ostringstream message;
            message << "lateral strength s = " << strength << " makes 1 - L "
                    << (smallest > 0 ? "ill-conditioned" : "singular")
                    << " (its eigenvalues are 1 + s and 1 - (K - 1) s; keep s away from -1 and "
                    << 1.0 / (k - 1) << " for K = " << k << ")";
            throw std::invalid_argument(message.str());
        }
    }
    m_lateralInverse = m.inverse().cast<Scalar>();
    m_settings.lateral = strength;
}

template <typename Scalar> void BcmLayer<Scalar>::setMemory(double gamma)
{
    requireMemory(gamma);
    m_settings.memory = gamma;
}

template <typename Scalar>
typename BcmLayer<Scalar>::Matrix BcmLayer<Scalar>::respond(const Matrix& inputs) const
{
    Matrix drive;
    drive.noalias() = m_weights * inputs;
    Matrix response;
    if (m_settings.lateral != 0.0)
        response.noalias() = m_lateralInverse * drive;
    else
        response = std::move(drive);
    auto values = response.array();
    activate(m_settings.activation, values);
    return response;
}

template <typename Scalar> void BcmLayer<Scalar>::train(const Matrix& batch)
{
    train(InputBatch<Scalar>(batch));
}

template <typename Scalar> void BcmLayer<Scalar>::train(const InputBatch<Scalar>& batch)
{
    if (batch.rows() != inputs() || batch.cols() < 1)
        throw std::invalid_argument("a training batch must be a D x B matrix with B >= 1");
    const Eigen::Index k = units();
    const auto size = static_cast<Scalar>(batch.cols());
    const bool lateral = m_settings.lateral != 0.0;
    const bool first = m_steps == 0;
    // Sized here, once, so the row blocks below only write into them.
    m_response.resize(k, batch.cols());
    if (lateral)
        m_drive.resize(k, batch.cols());
    m_update.resize(k, inputs());
    m_optimizer.beginStep(k, inputs());
    const int threads = m_settings.threads > 0 ? m_settings.threads : defaultThreads();

    // c = W x, for rows first .. first + count - 1.
    const auto drive = [&](Eigen::Index row, Eigen::Index count) {
        batch.multiplyFromLeft(m_weights.middleRows(row, count),
                               (lateral ? m_drive : m_response).middleRows(row, count));
    };
    // Everything after M^-1: y, theta, Phi, dW and the optimiser, unit by unit.
    const auto learn = [&](Eigen::Index row, Eigen::Index count) {
        auto y = m_response.middleRows(row, count).array();
        activate(m_settings.activation, y);
        auto meanSquare = m_batchMeanSquare.segment(row, count);
        auto theta = m_theta.segment(row, count);
        meanSquare = y.square().rowwise().sum().matrix() / size;
        const auto gamma = static_cast<Scalar>(m_settings.memory);
        if (first)
            theta = meanSquare;
        else
            theta = gamma * theta + (Scalar(1) - gamma) * meanSquare;
        // Phi = y (y - theta) / theta, scaled by -1 / B so that one product gives the
        // gradient G = -dW = -(1 / B) Phi X^T handed to the optimiser.
        const Eigen::Array<Scalar, Eigen::Dynamic, 1> scale =
            -Scalar(1) / (size * theta.array().max(static_cast<Scalar>(thetaFloor)));
        y = (y.colwise() - theta.array()) * y;
        y.colwise() *= scale;
        batch.multiplyTransposedFromLeft(m_response.middleRows(row, count),
                                         m_update.middleRows(row, count));
        m_optimizer.descendRows(m_weights, m_update, row, count);
    };
    if (lateral) {
        forEachRowBlock(k, threads, drive);
        m_response.noalias() = m_lateralInverse * m_drive;
        forEachRowBlock(k, threads, learn);
    } else {
        forEachRowBlock(k, threads, [&](Eigen::Index row, Eigen::Index count) {
            drive(row, count);
            learn(row, count);
        });
    }
    ++m_steps;
}

template <typename Scalar> double BcmLayer<Scalar>::objective(const Matrix& inputs) const
{
    const Matrix y = respond(inputs);
    const auto n = static_cast<double>(inputs.cols());
    double total = 0;
    for (Eigen::Index i = 0; i < y.rows(); ++i) {
        const auto row = y.row(i).array().template cast<double>();
        const double cube = row.cube().sum() / n;
        const double square = row.square().sum() / n;
        total += cube / 3.0 - square * square / 4.0;
    }
    return -total;
}

template <typename Scalar> void BcmLayer<Scalar>::setWeights(const Matrix& weights)
{
    if (weights.rows() != m_weights.rows() || weights.cols() != m_weights.cols())
        throw std::invalid_argument("the weights must be a K x D matrix of the layer's size");
    m_weights = weights;
}

template class BcmLayer<float>;
template class BcmLayer<double>;

} // namespace hopfield
