#pragma once

#include <cstddef>
#include <cstdint>
#if defined(__AVX2__)
#include <immintrin.h>
#endif

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

#if defined(__AVX2__)
/// The int16 overlaps' dot product with four independent accumulators: the plain loop
/// compiles to one vpdpwssd chain whose latency (about 5 cycles a step, 28 steps at
/// P = 410) bounds the field, where four chains let the multiply-adds overlap.  `count`
/// is a multiple of 64 (the padded stride).  Exact, like the plain loop.
template <>
inline std::int32_t rowDot(const std::int8_t* __restrict row, const std::int16_t* __restrict sums,
                           std::size_t count) noexcept
{
    __m256i acc[4] = {_mm256_setzero_si256(), _mm256_setzero_si256(), _mm256_setzero_si256(),
                      _mm256_setzero_si256()};
    for (std::size_t mu = 0; mu < count; mu += 64)
        for (std::size_t part = 0; part < 4; ++part) {
            const std::size_t at = mu + 16 * part;
            const __m256i xi =
                _mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + at)));
            const __m256i m = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(sums + at));
            acc[part] = _mm256_add_epi32(acc[part], _mm256_madd_epi16(xi, m));
        }
    const __m256i both =
        _mm256_add_epi32(_mm256_add_epi32(acc[0], acc[1]), _mm256_add_epi32(acc[2], acc[3]));
    __m128i sum = _mm_add_epi32(_mm256_castsi256_si128(both), _mm256_extracti128_si256(both, 1));
    sum = _mm_add_epi32(sum, _mm_shuffle_epi32(sum, 0x4e));
    sum = _mm_add_epi32(sum, _mm_shuffle_epi32(sum, 0xb1));
    return _mm_cvtsi128_si32(sum);
}
#endif

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
