#include "plasticity/Dataset.h"

#include "core/Rng.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace hopfield {

Dataset::Dataset(const LabelledImages& images, std::string name)
    : m_name(std::move(name)), m_rows(images.rows), m_cols(images.cols), m_channels(images.channels)
{
    const std::size_t size = images.imageSize();
    const std::size_t count = images.count();
    if (size == 0 || count == 0 || images.pixels.size() != size * count)
        throw std::invalid_argument("the image set is empty or not whole images");
    if (!images.labels.empty() && images.labels.size() != count)
        throw std::invalid_argument(std::to_string(images.labels.size()) + " labels for " +
                                    std::to_string(count) + " images");
    const Eigen::Map<const Eigen::Matrix<std::uint8_t, Eigen::Dynamic, Eigen::Dynamic>> bytes(
        images.pixels.data(), static_cast<Eigen::Index>(size), static_cast<Eigen::Index>(count));
    m_inputs = bytes.cast<float>() * (1.0f / 255.0f);
    m_labels.assign(images.labels.begin(), images.labels.end());
    split();
}

Dataset::Dataset(Eigen::MatrixXf inputs, std::vector<int> labels, int rows, int cols, int channels,
                 std::string name)
    : m_name(std::move(name)), m_rows(rows), m_cols(cols), m_channels(channels),
      m_inputs(std::move(inputs)), m_labels(std::move(labels))
{
    split();
}

void Dataset::split()
{
    std::vector<int> order(static_cast<std::size_t>(count()));
    std::iota(order.begin(), order.end(), 0);
    Rng rng(splitSeed);
    rng.shuffle(std::span<int>(order));
    const auto heldOut = static_cast<std::size_t>(std::lround(count() * heldOutFraction));
    m_heldOut.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(heldOut));
    m_train.assign(order.begin() + static_cast<std::ptrdiff_t>(heldOut), order.end());
    std::sort(m_heldOut.begin(), m_heldOut.end());
    std::sort(m_train.begin(), m_train.end());
}

Eigen::MatrixXf Dataset::columns(std::span<const int> indices) const
{
    Eigen::MatrixXf result(m_inputs.rows(), static_cast<Eigen::Index>(indices.size()));
    for (std::size_t j = 0; j < indices.size(); ++j)
        result.col(static_cast<Eigen::Index>(j)) = m_inputs.col(indices[j]);
    return result;
}

std::vector<int> Dataset::labelsAt(std::span<const int> indices) const
{
    std::vector<int> result;
    if (!labelled())
        return result;
    result.reserve(indices.size());
    for (const int i : indices)
        result.push_back(m_labels[static_cast<std::size_t>(i)]);
    return result;
}

Dataset Dataset::firstImages(int count) const
{
    const int kept = std::clamp(count, 1, this->count());
    std::vector<int> labels;
    if (labelled())
        labels.assign(m_labels.begin(), m_labels.begin() + kept);
    return Dataset(m_inputs.leftCols(kept), std::move(labels), m_rows, m_cols, m_channels, m_name);
}

} // namespace hopfield
