#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `merge FILE...`: the shards of one `sweep --shard K/N` run, all N of them in any order,
/// combined into the CSV the unsharded sweep prints, byte for byte.  Shards of different
/// sweeps, a shard given twice or a missing shard are refused with one line (exit 2).
int runMerge(const std::vector<std::string>& options, std::ostream& out);

} // namespace hopfield::cli
