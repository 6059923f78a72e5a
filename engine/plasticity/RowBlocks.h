#pragma once

#include <Eigen/Core>
#include <functional>

namespace hopfield {

/// The fewest rows forEachRowBlock gives a block.  Below it a second thread costs more
/// than it saves: on 2 cores (Zen 5, shared with other work), K = 32, 50 and 64 units of
/// 784 inputs at batch 100 trained at 0.8 - 0.86x the one-thread rate when split in two,
/// K = 100 (two blocks of 50) anywhere from 0.87x to 1.4x, although a job's round trip
/// through the WorkerPool is only ~6 us (median) against ~5 us of work per row.
inline constexpr Eigen::Index minimumBlockRows = 100;

/// Splits rows 0..rows-1 into `threads` contiguous blocks of at least minimumBlockRows rows
/// and runs `work(first, count)` on each, the first block on the calling thread and the
/// others on the helpers of the calling thread's own WorkerPool (started on first use,
/// kept for the thread's life), and returns when all are done.  A layer's units are
/// independent within a phase of a step (its rows of W X, of Phi X^T, of the optimiser),
/// so a step uses every core with no locking: the blocks write disjoint rows.  Threads
/// calling it at once use pools of their own; a `work` that calls it again runs that
/// inner call's rows all on the thread of the block that called it.
void forEachRowBlock(Eigen::Index rows, int threads,
                     const std::function<void(Eigen::Index first, Eigen::Index count)>& work);

/// The threads a layer uses when its settings say 0: the hardware's count.
int defaultThreads() noexcept;

} // namespace hopfield
