#pragma once

#include <atomic>
#include <functional>

namespace hopfield {

/// Runs work(item) for every item in [0, total) on `threads` threads (0: one per core; the
/// calling thread is one of them), handing the items out one at a time so uneven items
/// balance.  After each item progress(done, total) is called, one call at a time; its
/// false, or *cancel set, stops the handing out.  The first exception thrown by work stops
/// the rest and is rethrown here.  Returns true when every item ran.  `work` must be safe
/// to call from several threads at once on different items.
bool runParallelItems(long long total, int threads, const std::function<void(long long)>& work,
                      const std::function<bool(long long, long long)>& progress = {},
                      const std::atomic<bool>* cancel = nullptr);

} // namespace hopfield
