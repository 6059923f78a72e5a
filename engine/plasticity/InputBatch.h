#pragma once

#include <Eigen/Core>
#include <Eigen/SparseCore>
#include <span>

namespace hopfield {

/// A minibatch X (D x B, one input per column) and what a plasticity step needs from it:
/// the products W X and Phi X^T, and single inputs.  Most pixels of a handwritten digit
/// are 0 (the bundled MNIST digits: 19 % are not), so when few entries are nonzero X is
/// kept as sparse columns and both products cost K nnz(X) multiply-adds instead of K D B:
/// each nonzero x_db adds x_db W[:, d] to column b of W X, and x_db Phi[:, b] to column d
/// of Phi X^T.  Dense data (CIFAR-10, a drawn set) keeps Eigen's blocked GEMM.  Both
/// forms give the same sums up to rounding.
template <typename Scalar> class InputBatch {
public:
    using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
    using Compressed = Eigen::SparseMatrix<Scalar, Eigen::ColMajor, int>;
    /// A block of rows of a K-row matrix (the rows one thread owns).
    using ConstRows = Eigen::Ref<const Matrix, 0, Eigen::OuterStride<>>;
    using Rows = Eigen::Ref<Matrix, 0, Eigen::OuterStride<>>;
    using Column = Eigen::Ref<Eigen::Matrix<Scalar, Eigen::Dynamic, 1>>;

    /// Above this fraction of nonzero entries the sparse products stop paying (on the
    /// bundled digits, K = 100, B = 100, they take a quarter of GEMM's time at 19 %).
    static constexpr double sparseBelow = 0.3;

    /// True when `inputs` has few enough nonzero entries for the sparse form.
    static bool worthCompressing(const Matrix& inputs);
    /// `inputs` as compressed columns (a whole dataset, once, so that batches gather
    /// their columns without scanning every pixel).
    static Compressed compress(const Matrix& inputs);

    /// Refers to `dense`, which must outlive this batch and stay unchanged; compressed
    /// when worthCompressing().
    explicit InputBatch(const Matrix& dense);
    /// Columns `columns` of `all`: a batch of sparse data, gathered with no dense copy.
    InputBatch(const Compressed& all, std::span<const int> columns);

    Eigen::Index rows() const noexcept { return m_dense ? m_dense->rows() : m_columns.rows(); }
    Eigen::Index cols() const noexcept { return m_dense ? m_dense->cols() : m_columns.cols(); }
    bool isSparse() const noexcept { return m_dense == nullptr; }

    /// out = W X for a block of rows of W (count x D) into the same rows of out (count x B).
    void multiplyFromLeft(const ConstRows& weights, Rows out) const;
    /// out = Phi X^T for a block of rows of Phi (count x B) into out (count x D).
    void multiplyTransposedFromLeft(const ConstRows& phi, Rows out) const;
    /// out += scale x_b, for input b.
    void addInput(Eigen::Index b, Scalar scale, Column out) const;

private:
    void indexByPixel();

    const Matrix* m_dense = nullptr;                          // null when the batch is sparse
    Compressed m_columns;                                     // X, by input
    Eigen::SparseMatrix<Scalar, Eigen::RowMajor, int> m_rows; // X, by pixel: X^T's columns
};

} // namespace hopfield
