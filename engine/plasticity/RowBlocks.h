#pragma once

#include <Eigen/Core>
#include <functional>

namespace hopfield {

/// The fewest rows forEachRowBlock gives a block.  Below it a second thread costs more
/// than it saves, at least on a busy machine: on 2 cores (Zen 5) shared with other
/// builds (load 5 - 8), layers of K = 32, 50, 64 and 100 units on 784 inputs, batch 100,
/// split in two blocks trained at 0.76 - 0.92x their one-thread rate (median step), the
/// split products' extra packing and the hand-offs not paid back by a core that is
/// seldom free, although a WorkerPool job's round trip is only ~6 us (median, empty
/// job) against ~5 us of work per row.
inline constexpr Eigen::Index minimumBlockRows = 100;

/// Splits rows 0..rows-1 into `threads` contiguous blocks of at least minimumBlockRows rows
/// and runs `work(first, count)` on each, the first block on the calling thread and each
/// other on whichever of the calling thread and the helpers of its own WorkerPool
/// (started on first use, kept for the thread's life) is free first, and returns when
/// all are done.  A layer's units are
/// independent within a phase of a step (its rows of W X, of Phi X^T, of the optimiser),
/// so a step uses every core with no locking: the blocks write disjoint rows.  Threads
/// calling it at once use pools of their own; a `work` that calls it again runs that
/// inner call's rows all on the thread of the block that called it.
void forEachRowBlock(Eigen::Index rows, int threads,
                     const std::function<void(Eigen::Index first, Eigen::Index count)>& work);

/// The threads a layer uses when its settings say 0: the hardware's count.
int defaultThreads() noexcept;

} // namespace hopfield
