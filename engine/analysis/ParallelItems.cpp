#include "analysis/ParallelItems.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace hopfield {

bool runParallelItems(long long total, int threads, const std::function<void(long long)>& work,
                      const std::function<bool(long long, long long)>& progress,
                      const std::atomic<bool>* cancel)
{
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const auto threadCount =
        static_cast<long long>(threads <= 0 ? hardware : static_cast<unsigned>(threads));
    std::atomic<long long> next{0};
    std::atomic<bool> stop{false};
    long long done = 0; // guarded by progressMutex
    std::mutex progressMutex;
    std::exception_ptr failure;
    const auto worker = [&] {
        try {
            for (long long item = next++; item < total && !stop; item = next++) {
                if (cancel && cancel->load()) {
                    stop = true;
                    break;
                }
                work(item);
                const std::lock_guard lock(progressMutex);
                ++done;
                if (progress && !progress(done, total))
                    stop = true;
            }
        } catch (...) {
            const std::lock_guard lock(progressMutex);
            if (!failure)
                failure = std::current_exception();
            stop = true;
        }
    };
    std::vector<std::thread> helpers;
    for (long long t = 1; t < std::min(threadCount, total); ++t)
        helpers.emplace_back(worker);
    worker();
    for (std::thread& helper : helpers)
        helper.join();
    if (failure)
        std::rethrow_exception(failure);
    return done == total;
}

} // namespace hopfield
