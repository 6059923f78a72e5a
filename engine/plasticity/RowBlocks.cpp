#include "plasticity/RowBlocks.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace hopfield {

namespace {

/// Below this many rows per block a thread costs more than it saves (a K = 16 layer on
/// 784 inputs is 0.1 ms of work per batch of 100; starting a thread is ~0.02 ms).
constexpr Eigen::Index minimumRows = 16;

} // namespace

void forEachRowBlock(Eigen::Index rows, int threads,
                     const std::function<void(Eigen::Index, Eigen::Index)>& work)
{
    const Eigen::Index blocks =
        std::clamp<Eigen::Index>(std::min<Eigen::Index>(threads, rows / minimumRows), 1, rows);
    if (blocks <= 1) {
        work(0, rows);
        return;
    }
    const auto bounds = [&](Eigen::Index b) {
        return b * rows / blocks;
    };
    std::vector<std::jthread> helpers;
    helpers.reserve(static_cast<std::size_t>(blocks - 1));
    for (Eigen::Index b = 1; b < blocks; ++b)
        helpers.emplace_back([&, b] { work(bounds(b), bounds(b + 1) - bounds(b)); });
    work(0, bounds(1));
}

int defaultThreads() noexcept
{
    // Asked once: glibc reads /sys for it on every call, which a step of a tiny layer
    // would otherwise pay each time.
    static const int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    return threads;
}

} // namespace hopfield
