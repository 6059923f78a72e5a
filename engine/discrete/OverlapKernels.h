#pragma once

#include <cstddef>
#include <cstdint>

namespace hopfield {

/// sum_mu row[mu] * sums[mu], exact in int32 (|result| <= P N < 2^31).  Written as a
/// plain loop over whole padded rows so the compiler vectorises it (int8 x int16 ->
/// pmaddwd for narrow sums).
template <typename Sum>
std::int32_t rowDot(const std::int8_t* __restrict row, const Sum* __restrict sums,
                    std::size_t count) noexcept
{
    std::int32_t dot = 0;
    for (std::size_t mu = 0; mu < count; ++mu)
        dot += static_cast<std::int32_t>(row[mu]) * static_cast<std::int32_t>(sums[mu]);
    return dot;
}

/// sums[mu] += twice * row[mu]: the overlap change when a spin flips to twice/2.
template <typename Sum>
void addRow(Sum* __restrict sums, const std::int8_t* __restrict row, Sum twice,
            std::size_t count) noexcept
{
    for (std::size_t mu = 0; mu < count; ++mu)
        sums[mu] = static_cast<Sum>(sums[mu] + twice * row[mu]);
}

/// Brings a padded row of `bytes` bytes towards the cache, one line at a time.
inline void prefetchRow(const std::int8_t* row, std::size_t bytes) noexcept
{
    for (std::size_t offset = 0; offset < bytes; offset += 64)
        __builtin_prefetch(row + offset);
}

} // namespace hopfield
