#include "plasticity/InputBatch.h"

#include <algorithm>

namespace hopfield {

namespace {

/// Rows r .. r + Chunk - 1 of out.col(j) = sum over the stored entries p of column j of a
/// compressed matrix of value(p) source.col(index(p)).  A fixed Chunk lets the compiler
/// keep the sums in vector registers: each nonzero costs one broadcast and Chunk
/// multiply-adds on a contiguous piece of a column of source.
template <int Chunk, typename Scalar>
void accumulateChunk(const int* index, const Scalar* value, int first, int last,
                     const Scalar* source, Eigen::Index sourceStride, Scalar* out)
{
    using Piece = Eigen::Array<Scalar, Chunk, 1>;
    Piece sum = Piece::Zero();
    for (int p = first; p < last; ++p)
        sum += value[p] * Eigen::Map<const Piece>(source + index[p] * sourceStride);
    Eigen::Map<Piece>{out} = sum;
}

/// out.col(j) = sum over the stored entries p of column j of `compressed` of
/// value(p) source.col(index(p)): a dense matrix times a sparse one, a chunk of rows at a
/// time (Eigen's own sparse-dense product runs at a third of this rate here).
template <typename Scalar, typename Compressed, typename Source, typename Out>
void accumulateColumns(const Compressed& compressed, const Source& source, Out& out)
{
    const int* start = compressed.outerIndexPtr();
    const int* index = compressed.innerIndexPtr();
    const Scalar* value = compressed.valuePtr();
    const Eigen::Index rows = source.rows();
    for (Eigen::Index j = 0; j < compressed.outerSize(); ++j) {
        const auto chunk = [&]<int Chunk>(Eigen::Index r) {
            accumulateChunk<Chunk>(index, value, start[j], start[j + 1], source.data() + r,
                                   source.outerStride(), &out(r, j));
        };
        // 96 rows (12 AVX registers of sums) keep both FMA units busy; the smaller
        // pieces finish the rows, so K = 100 takes 96 + 4.
        Eigen::Index r = 0;
        for (; r + 96 <= rows; r += 96)
            chunk.template operator()<96>(r);
        for (; r + 32 <= rows; r += 32)
            chunk.template operator()<32>(r);
        for (; r + 8 <= rows; r += 8)
            chunk.template operator()<8>(r);
        for (; r + 4 <= rows; r += 4)
            chunk.template operator()<4>(r);
        for (; r < rows; ++r)
            chunk.template operator()<1>(r);
    }
}

} // namespace

template <typename Scalar> bool InputBatch<Scalar>::worthCompressing(const Matrix& inputs)
{
    const auto nonzeros = static_cast<double>((inputs.array() != Scalar(0)).count());
    return nonzeros < sparseBelow * static_cast<double>(inputs.size());
}

template <typename Scalar>
typename InputBatch<Scalar>::Compressed InputBatch<Scalar>::compress(const Matrix& inputs)
{
    // Filled without a branch per entry (sparseView() tests each entry against a
    // tolerance, and costs as much as the products): every entry is written and the
    // write position moves past the nonzero ones, one spare slot taking the last write.
    const Eigen::Index nonzeros = (inputs.array() != Scalar(0)).count();
    Compressed compressed(inputs.rows(), inputs.cols());
    compressed.resizeNonZeros(nonzeros + 1);
    int* start = compressed.outerIndexPtr();
    int* index = compressed.innerIndexPtr();
    Scalar* value = compressed.valuePtr();
    int next = 0;
    for (Eigen::Index b = 0; b < inputs.cols(); ++b) {
        start[b] = next;
        const Scalar* column = inputs.col(b).data();
        for (int d = 0; d < static_cast<int>(inputs.rows()); ++d) {
            index[next] = d;
            value[next] = column[d];
            next += column[d] != Scalar(0);
        }
    }
    start[inputs.cols()] = next;
    compressed.resizeNonZeros(nonzeros);
    return compressed;
}

template <typename Scalar> InputBatch<Scalar>::InputBatch(const Matrix& dense)
{
    if (!worthCompressing(dense)) {
        m_dense = &dense;
        return;
    }
    m_columns = compress(dense);
    indexByPixel();
}

template <typename Scalar>
InputBatch<Scalar>::InputBatch(const Compressed& all, std::span<const int> columns)
    : m_columns(all.rows(), static_cast<Eigen::Index>(columns.size()))
{
    const int* allStart = all.outerIndexPtr();
    Eigen::Index nonzeros = 0;
    for (const int c : columns)
        nonzeros += allStart[c + 1] - allStart[c];
    m_columns.resizeNonZeros(nonzeros);
    int* start = m_columns.outerIndexPtr();
    int next = 0;
    for (std::size_t b = 0; b < columns.size(); ++b) {
        start[b] = next;
        const int first = allStart[columns[b]];
        const int count = allStart[columns[b] + 1] - first;
        std::copy_n(all.innerIndexPtr() + first, count, m_columns.innerIndexPtr() + next);
        std::copy_n(all.valuePtr() + first, count, m_columns.valuePtr() + next);
        next += count;
    }
    start[columns.size()] = next;
    indexByPixel();
}

template <typename Scalar> void InputBatch<Scalar>::indexByPixel()
{
    m_rows = m_columns; // Eigen changes the storage order by a counting sort, O(nnz + D)
}

template <typename Scalar>
void InputBatch<Scalar>::multiplyFromLeft(const ConstRows& weights, Rows out) const
{
    if (isSparse())
        accumulateColumns<Scalar>(m_columns, weights, out);
    else
        out.noalias() = weights * *m_dense;
}

template <typename Scalar>
void InputBatch<Scalar>::multiplyTransposedFromLeft(const ConstRows& phi, Rows out) const
{
    if (isSparse())
        accumulateColumns<Scalar>(m_rows, phi, out);
    else
        out.noalias() = phi * m_dense->transpose();
}

template <typename Scalar>
void InputBatch<Scalar>::addInput(Eigen::Index b, Scalar scale, Column out) const
{
    if (!isSparse()) {
        out += scale * m_dense->col(b);
        return;
    }
    for (typename Compressed::InnerIterator entry(m_columns, b); entry; ++entry)
        out(entry.index()) += scale * entry.value();
}

template class InputBatch<float>;
template class InputBatch<double>;

} // namespace hopfield
