#pragma once

#include "analysis/Sweep.h"

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

namespace hopfield {

/// Remembers complete sweep results so that a redraw, or asking again, does not
/// recompute.  The key holds every parameter that changes the numbers (grid, N, samples,
/// seed, target choice, threshold, the rule's name) but not the thread count, which
/// does not.  Least recently used entries are dropped beyond the capacity.  Thread-safe.
class SweepCache {
public:
    explicit SweepCache(std::size_t capacity = 64);

    /// The cached result, or runSweep() and remember it if it was not cancelled.
    SweepResult run(const SweepParameters& parameters, const SweepRule& rule,
                    const SweepControl& control = {});

    std::optional<SweepResult> find(const SweepParameters& parameters, const std::string& ruleName);

    std::size_t size() const;
    void clear();

    static std::string key(const SweepParameters& parameters, const std::string& ruleName);

private:
    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::list<std::pair<std::string, SweepResult>> m_entries; ///< most recently used first
};

} // namespace hopfield
