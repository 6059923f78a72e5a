#include "analysis/SweepShard.h"

#include <charconv>
#include <stdexcept>

namespace hopfield {

namespace {

// Weights reach points x samples x P = 10^5 x 10^5 x 4 10^5 and are multiplied by up to
// 2 N = 2 10^5: beyond 64 bits, within 128.
__extension__ using Wide = unsigned __int128;

int parseCount(const std::string& part, const std::string& whole)
{
    int value = 0;
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (part.empty() || error != std::errc() || end != part.data() + part.size())
        throw std::invalid_argument("--shard expects K/N (whole numbers, 1 <= K <= N), got '" +
                                    whole + "'");
    return value;
}

} // namespace

SweepShard parseSweepShard(const std::string& text)
{
    const auto slash = text.find('/');
    if (slash == std::string::npos)
        throw std::invalid_argument("--shard expects K/N (whole numbers, 1 <= K <= N), got '" +
                                    text + "'");
    const SweepShard shard{parseCount(text.substr(0, slash), text),
                           parseCount(text.substr(slash + 1), text)};
    if (shard.count < 1 || shard.count > SweepShard::kMaxCount)
        throw std::invalid_argument("--shard " + text + ": N must lie in [1, " +
                                    std::to_string(SweepShard::kMaxCount) + "]");
    if (shard.index < 1 || shard.index > shard.count)
        throw std::invalid_argument("--shard " + text + ": K must lie in [1, N]");
    return shard;
}

std::string sweepShardName(SweepShard shard)
{
    return std::to_string(shard.index) + "/" + std::to_string(shard.count);
}

SampleRange shardSamples(const SweepParameters& parameters, SweepShard shard)
{
    if (shard.count < 1 || shard.count > SweepShard::kMaxCount || shard.index < 1 ||
        shard.index > shard.count)
        throw std::invalid_argument("shard " + sweepShardName(shard) +
                                    " is not K/N with 1 <= K <= N");
    const std::vector<SweepPoint> grid = sweepGrid(parameters);
    const auto samples = static_cast<long long>(parameters.samples);
    // before[p]: the weight of every sample of the points before p.
    std::vector<Wide> before(grid.size() + 1, 0);
    for (std::size_t p = 0; p < grid.size(); ++p)
        before[p + 1] =
            before[p] + static_cast<Wide>(samples) * static_cast<Wide>(grid[p].patterns);
    const Wide total = before.back();
    const long long items = static_cast<long long>(grid.size()) * samples;
    // The 0-based shard of item i, floor(N (2 c_i + w_i) / (2 C)): non-decreasing in i.
    const auto shardOf = [&](long long item) {
        const auto p = static_cast<std::size_t>(item / samples);
        const auto w = static_cast<Wide>(grid[p].patterns);
        const Wide middle = 2 * (before[p] + static_cast<Wide>(item % samples) * w) + w;
        return static_cast<long long>(static_cast<Wide>(shard.count) * middle / (2 * total));
    };
    // The first item whose shard is at least `k` (items if none), by bisection.
    const auto firstOf = [&](long long k) {
        long long low = 0;
        long long high = items;
        while (low < high) {
            const long long middle = low + (high - low) / 2;
            if (shardOf(middle) >= k)
                high = middle;
            else
                low = middle + 1;
        }
        return low;
    };
    return {firstOf(shard.index - 1), firstOf(shard.index)};
}

} // namespace hopfield
