#pragma once

#include <string>
#include <vector>

namespace hopfield {

/// The integer parameter check of the sweeps: throws std::invalid_argument
/// "NAME must be in [LOW, HIGH], got VALUE" unless low <= value <= high.
void requireInRange(const std::string& name, long long value, long long low, long long high);

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
