#pragma once

#include "io/LabelledImages.h"

#include <Eigen/Core>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace hopfield {

/// A set of images as learning inputs, with a fixed train / held-out split.  Pixels are
/// scaled from bytes to [0, 1] and stored one image per column of a float32 matrix
/// (D x N, D = rows * cols * channels), so a minibatch is a block of whole columns and
/// a layer's response to it one matrix product.
///
/// The split is the same rule for every file: the indices 0..N-1 shuffled by
/// Fisher-Yates with the fixed seed splitSeed (core/Rng), the first
/// round(N * heldOutFraction) of them held out, the rest training (both lists sorted).
/// For the bundled 10,000 digits that is 8,000 training and 2,000 held-out images.
class Dataset {
public:
    static constexpr std::uint64_t splitSeed = 20190416; // Krotov-Hopfield 2019's PNAS date
    static constexpr double heldOutFraction = 0.2;

    /// Throws std::invalid_argument for an empty set or labels whose count differs.
    explicit Dataset(const LabelledImages& images, std::string name = {});

    const std::string& name() const noexcept { return m_name; }
    int rows() const noexcept { return m_rows; }
    int cols() const noexcept { return m_cols; }
    int channels() const noexcept { return m_channels; }
    int dimension() const noexcept { return static_cast<int>(m_inputs.rows()); }
    int count() const noexcept { return static_cast<int>(m_inputs.cols()); }
    bool labelled() const noexcept { return !m_labels.empty(); }

    /// D x N, pixel / 255.
    const Eigen::MatrixXf& inputs() const noexcept { return m_inputs; }
    /// Label of each image (0..9), empty when unlabelled.
    const std::vector<int>& labels() const noexcept { return m_labels; }

    const std::vector<int>& trainIndices() const noexcept { return m_train; }
    const std::vector<int>& heldOutIndices() const noexcept { return m_heldOut; }

    /// The columns at `indices`, in that order (D x indices.size()).
    Eigen::MatrixXf columns(std::span<const int> indices) const;
    std::vector<int> labelsAt(std::span<const int> indices) const;

    Eigen::MatrixXf trainInputs() const { return columns(m_train); }
    Eigen::MatrixXf heldOutInputs() const { return columns(m_heldOut); }

    /// The first `count` images (all when count >= this->count()) as a dataset of their
    /// own, split by the same rule: small sets for tests and quick looks.
    Dataset firstImages(int count) const;

private:
    Dataset(Eigen::MatrixXf inputs, std::vector<int> labels, int rows, int cols, int channels,
            std::string name);
    void split();

    std::string m_name;
    int m_rows = 0;
    int m_cols = 0;
    int m_channels = 1;
    Eigen::MatrixXf m_inputs;
    std::vector<int> m_labels;
    std::vector<int> m_train;
    std::vector<int> m_heldOut;
};

} // namespace hopfield
