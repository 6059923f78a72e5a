// libFuzzer target of the sweep shard reader (what `merge` reads).  It may refuse input
// only with ParseError; what it accepts holds one finite overlap in [-1, 1] per item of
// its range, and writes out and reads back the same.

#include "analysis/SweepShardFile.h"
#include "io/ParseError.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hopfield;
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    SweepShardFile shard;
    try {
        shard = readSweepShard(in, "fuzz.csv");
    } catch (const ParseError&) {
        return 0;
    }
    if (shard.shard.index < 1 || shard.shard.index > shard.shard.count || shard.range.first < 0 ||
        shard.range.last > shard.totalSamples ||
        static_cast<long long>(shard.overlaps.size()) != shard.range.size())
        std::abort();
    for (const double overlap : shard.overlaps)
        if (!(std::abs(overlap) <= 1.0))
            std::abort();
    std::stringstream text;
    writeSweepShard(text, shard);
    const SweepShardFile again = readSweepShard(text, "written.csv");
    if (again.command != shard.command || again.seed != shard.seed || again.range != shard.range ||
        again.overlaps != shard.overlaps)
        std::abort();
    return 0;
}
