#pragma once

#include <string>
#include <vector>

namespace hopfield {

/// An inclusive range start, start + step, ..., up to stop (a single value when
/// start == stop).  Values are start + i * step, not accumulated sums, and stop is kept
/// when it lies within 1e-9 steps of the grid, so 0.1:0.2:0.01 has 11 values.
struct SweepRange {
    double start = 0.0;
    double stop = 0.0;
    double step = 1.0;

    static SweepRange single(double value) { return {value, value, 1.0}; }

    /// Throws std::invalid_argument naming `name` unless start and stop lie in
    /// [low, high], stop >= start, step > 0 (all finite) and there are at most maxValues.
    void validate(const std::string& name, double low, double high, int maxValues) const;

    int count() const;
    std::vector<double> values() const;

    bool operator==(const SweepRange&) const = default;
};

} // namespace hopfield
