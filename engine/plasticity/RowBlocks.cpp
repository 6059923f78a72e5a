#include "plasticity/RowBlocks.h"

#include "plasticity/WorkerPool.h"

#include <algorithm>
#include <memory>
#include <thread>

namespace hopfield {

namespace {

/// True on a thread while it runs a block: a block's own forEachRowBlock then runs its
/// rows there rather than re-enter the caller's pool mid-job or start a helper's own.
thread_local bool inBlock = false;

/// The calling thread's pool with at least `helpers` helpers: one pool per thread, so
/// callers running in parallel (a sweep's trainers) never wait on each other's jobs.
WorkerPool& poolOfThisThread(int helpers)
{
    thread_local std::unique_ptr<WorkerPool> pool;
    if (!pool || pool->helpers() < helpers)
        pool = std::make_unique<WorkerPool>(helpers);
    return *pool;
}

} // namespace

void forEachRowBlock(Eigen::Index rows, int threads,
                     const std::function<void(Eigen::Index, Eigen::Index)>& work)
{
    const Eigen::Index blocks =
        std::clamp<Eigen::Index>(std::min<Eigen::Index>(threads, rows / minimumBlockRows), 1, rows);
    if (blocks <= 1 || inBlock) {
        work(0, rows);
        return;
    }
    const auto bounds = [&](Eigen::Index b) {
        return b * rows / blocks;
    };
    WorkerPool& pool = poolOfThisThread(static_cast<int>(blocks - 1));
    pool.run(static_cast<int>(blocks), [&](int b) {
        struct InBlock { // cleared however work() leaves
            InBlock() { inBlock = true; }
            ~InBlock() { inBlock = false; }
        } scope;
        work(bounds(b), bounds(b + 1) - bounds(b));
    });
}

int defaultThreads() noexcept
{
    // Asked once: glibc reads /sys for it on every call, which a step of a tiny layer
    // would otherwise pay each time.
    static const int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return threads;
}

} // namespace hopfield
