#include "plasticity/CompetingUnits.h"

#include "core/Rng.h"
#include "plasticity/RowBlocks.h"
#include "plasticity/WeightInit.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>
#include <vector>

namespace hopfield {

CompetingUnits::CompetingUnits(int inputs, const CompetingSettings& settings) : m_settings(settings)
{
    if (inputs < 1)
        throw std::invalid_argument("competing units need at least one input");
    if (settings.units < 2)
        throw std::invalid_argument("competing units need at least two units");
    if (!(settings.power >= 2.0) || !std::isfinite(settings.power))
        throw std::invalid_argument("the power p must be a finite number >= 2");
    if (settings.rank < 2 || settings.rank > settings.units)
        throw std::invalid_argument("the rank k must lie in [2, units]");
    if (!(settings.delta >= 0.0) || !std::isfinite(settings.delta))
        throw std::invalid_argument("Delta must be a finite number >= 0");
    if (!std::isfinite(settings.learningRate) || settings.learningRate <= 0)
        throw std::invalid_argument("the learning rate must be a finite number > 0");
    if (!std::isfinite(settings.featurePower) || settings.featurePower <= 0)
        throw std::invalid_argument("the feature power n must be a finite number > 0");
    Rng rng(settings.seed);
    m_weights = initialWeights<float>(WeightInit::Normal, settings.units, inputs, rng);
}

double CompetingUnits::annealedRate(double eps0, int epoch, int epochs) noexcept
{
    return epochs > 0 ? eps0 * (1.0 - static_cast<double>(epoch) / epochs) : eps0;
}

namespace {

/// sgn(W) |W|^(p-1); for p = 2 simply W.
void signedPower(const Eigen::MatrixXf& weights, double power, Eigen::MatrixXf& out)
{
    if (power == 2.0) {
        out = weights;
        return;
    }
    out = weights.array().sign() * weights.array().abs().pow(static_cast<float>(power - 1.0));
}

} // namespace

CompetingUnits::Matrix CompetingUnits::currents(const Matrix& inputs) const
{
    Matrix power;
    signedPower(m_weights, m_settings.power, power);
    Matrix result;
    result.noalias() = power * inputs;
    return result;
}

CompetingUnits::Matrix CompetingUnits::features(const Matrix& inputs) const
{
    Matrix result = currents(inputs).cwiseMax(0.0f);
    if (m_settings.featurePower != 1.0)
        result = result.array().pow(static_cast<float>(m_settings.featurePower)).matrix();
    return result;
}

void CompetingUnits::train(const Matrix& batch, double rate)
{
    train(InputBatch<float>(batch), rate);
}

void CompetingUnits::train(const InputBatch<float>& batch, double rate)
{
    if (batch.rows() != inputs() || batch.cols() < 1)
        throw std::invalid_argument("a training batch must be a D x B matrix with B >= 1");
    const auto units = static_cast<int>(m_weights.rows());
    const int threads = m_settings.threads > 0 ? m_settings.threads : defaultThreads();
    m_currents.resize(units, batch.cols());
    if (m_settings.power != 2.0)
        m_signedPower.resize(units, inputs());
    forEachRowBlock(units, threads, [&](Eigen::Index row, Eigen::Index count) {
        const auto w = m_weights.middleRows(row, count);
        auto out = m_currents.middleRows(row, count);
        if (m_settings.power == 2.0) { // sgn(W) |W|^(p-1) is W itself
            batch.multiplyFromLeft(w, out);
            return;
        }
        auto power = m_signedPower.middleRows(row, count);
        power = w.array().sign() * w.array().abs().pow(static_cast<float>(m_settings.power - 1.0));
        batch.multiplyFromLeft(power, out);
    });

    // g: +1 for each input's strongest unit, -Delta for its k-th strongest.  g has two
    // nonzero entries per input, so g V^T is built as its transpose, column by column: two
    // axpys of D per input instead of a K x B x D product; likewise
    // decay_mu = sum_b g_mu(b) I_mu(b).
    const int k = m_settings.rank;
    const auto delta = static_cast<float>(m_settings.delta);
    m_gainsByInputs.setZero(inputs(), units);
    Eigen::VectorXf decay = Eigen::VectorXf::Zero(units);
    std::vector<std::pair<float, int>> ranked(static_cast<std::size_t>(units));
    for (Eigen::Index b = 0; b < m_currents.cols(); ++b) {
        for (int i = 0; i < units; ++i)
            ranked[static_cast<std::size_t>(i)] = {m_currents(i, b), i};
        const auto byCurrent = [](const auto& x, const auto& y) {
            return x > y;
        };
        std::nth_element(ranked.begin(), ranked.begin() + (k - 1), ranked.end(), byCurrent);
        const int winner = std::min_element(ranked.begin(), ranked.begin() + k, byCurrent)->second;
        const int pushed = ranked[static_cast<std::size_t>(k - 1)].second;
        batch.addInput(b, 1.0f, m_gainsByInputs.col(winner));
        batch.addInput(b, -delta, m_gainsByInputs.col(pushed));
        decay(winner) += m_currents(winner, b);
        decay(pushed) -= delta * m_currents(pushed, b);
    }
    // dW_mu = sum_b g_mu(b) v(b) - (sum_b g_mu(b) I_mu(b)) W_mu.
    m_update.resize(units, inputs());
    forEachRowBlock(units, threads, [&](Eigen::Index row, Eigen::Index count) {
        m_update.middleRows(row, count) =
            m_gainsByInputs.middleCols(row, count).transpose() -
            decay.segment(row, count).asDiagonal() * m_weights.middleRows(row, count);
    });
    const float largest = m_update.cwiseAbs().maxCoeff();
    if (largest > 0)
        m_weights += (static_cast<float>(rate) / largest) * m_update;
    ++m_steps;
}

Eigen::VectorXf CompetingUnits::weightNorms() const
{
    const auto p = static_cast<float>(m_settings.power);
    return m_weights.array().abs().pow(p).rowwise().sum().pow(1.0f / p).matrix();
}

} // namespace hopfield
