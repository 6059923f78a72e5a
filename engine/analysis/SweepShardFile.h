#pragma once

#include "analysis/SweepShard.h"

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace hopfield {

/// What `sweep --shard K/N` writes: a header of comment lines naming the shard, the whole
/// command and the seed, then one row per sample of its range with the overlap to 17
/// significant digits (so merging reproduces the unsharded statistics bit for bit):
///
///     # hopfield-lab shard 2/3
///     # command: hopfield-lab-cli sweep --neurons 200 --samples 5 --shard 2/3
///     # seed: 1
///     # samples: 5-10 of 15
///     item,overlap
///     5,0.97999999999999998
///
/// Items number the samples point-major (SampleRange); "samples: A-B of T" is [A, B).
struct SweepShardFile {
    SweepShard shard;
    std::string command; ///< the words after the program name, --shard K/N included
    std::uint64_t seed = 1;
    long long totalSamples = 0; ///< points x samples of the whole sweep
    SampleRange range;
    std::vector<double> overlaps; ///< range.size() values, in item order
};

void writeSweepShard(std::ostream& out, const SweepShardFile& shard);

/// Reads a shard written by writeSweepShard; ParseError naming `fileName` and the line for
/// anything else (a missing header line, rows out of order or out of the range, a
/// non-finite or out-of-[-1, 1] overlap, a count that does not match the range).
SweepShardFile readSweepShard(std::istream& in, const std::string& fileName);

/// The command that identifies a sweep: `command` without its --shard and --threads options
/// (they change which samples run and how fast, never a sample's value).
std::string sweepIdentity(const std::string& command);

/// Every overlap of the sweep in item order, from shards 1..N given once each in any
/// order; std::invalid_argument with a one-line message naming the file(s) when they come
/// from different sweeps (command or seed), disagree on N or the sample count, repeat a
/// shard, or leave one out.  `names[i]` names shards[i] in the messages.
std::vector<double> mergeSweepShards(const std::vector<SweepShardFile>& shards,
                                     const std::vector<std::string>& names);

} // namespace hopfield
