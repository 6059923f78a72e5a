#pragma once

#include <Eigen/Core>
#include <functional>

namespace hopfield {

/// Splits rows 0..rows-1 into `threads` contiguous blocks of at least minimumRows rows
/// and runs `work(first, count)` on each, the first block on the calling thread and the
/// others on threads of their own, and returns when all are done.  A layer's units are
/// independent within a phase of a step (its rows of W X, of Phi X^T, of the optimiser),
/// so a step uses every core with no locking: the blocks write disjoint rows.
void forEachRowBlock(Eigen::Index rows, int threads,
                     const std::function<void(Eigen::Index first, Eigen::Index count)>& work);

/// The threads a layer uses when its settings say 0: the hardware's count.
int defaultThreads() noexcept;

} // namespace hopfield
