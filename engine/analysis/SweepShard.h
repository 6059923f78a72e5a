#pragma once

#include "analysis/Sweep.h"

#include <string>

namespace hopfield {

/// The K-th of N disjoint shares of a sweep's grid points x samples, to run a phase diagram
/// across machines (`sweep --shard K/N`, then `merge`).  Shares are balanced by cost, not
/// by count: a sample at a point of load P costs ~ N P sweeps spin-field updates (the
/// overlap form, O(P) per update), and N and the sweep limit are the same for every sample,
/// so its weight is P.  Lay the samples out in item order (point-major, as runSweep) on a
/// line of total weight C; sample i, with weight w_i and weight c_i before it, belongs to
/// shard floor(N (c_i + w_i / 2) / C) + 1, the share whose slice of the line holds its
/// middle.  Each shard is then one contiguous item range whose weight is within one
/// sample's of C / N; a shard may be empty when there are fewer samples than shards.
struct SweepShard {
    int index = 1; ///< K, in [1, count]
    int count = 1; ///< N, in [1, kMaxCount]

    static constexpr int kMaxCount = 100000;

    bool operator==(const SweepShard&) const = default;
};

/// Parses "K/N" (whole numbers, 1 <= K <= N <= kMaxCount); std::invalid_argument with a
/// one-line message naming the problem otherwise.
SweepShard parseSweepShard(const std::string& text);

/// "K/N".
std::string sweepShardName(SweepShard shard);

/// The items of `shard` under the cost rule above.  The ranges of shards 1..N tile
/// [0, points x samples) in order.
SampleRange shardSamples(const SweepParameters& parameters, SweepShard shard);

} // namespace hopfield
