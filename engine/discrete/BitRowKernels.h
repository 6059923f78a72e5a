#pragma once

#include <cstddef>
#include <cstdint>
#if defined(__AVX2__)
#include <immintrin.h>
#endif

namespace hopfield {

/// Kernels of the overlap form on bit-packed pattern rows: bit b of word w of neuron i's
/// row is set when xi_i^mu = -1 for mu = 64 w + b (padding bits past P are clear).  A row
/// of P patterns is ceil(P / 64) words, one cache line for P <= 512 where the int8 row
/// (OverlapKernels) takes P bytes: a replica's N x P patterns fit in L2 eight times over.
///
/// The overlaps M_mu sit in `sums` at a position of the kernel's choosing (a permutation
/// within each 64-pattern word): only these kernels read or write them, so M is always
/// built with add() from zero.  The lanes past P may hold anything (maskedSum() never
/// reads them, their bits being clear), so their sum S is kept apart.  With S = sum_mu M_mu,
///   h_i N + P s_i = sum_mu xi_i^mu M_mu = S - 2 maskedSum(row_i),
/// maskedSum being the sum of M_mu over the set bits.
template <typename Sum> struct BitRowKernels {
    /// sum of M_mu over the set bits of `row` (`words` words), exact in int32.
    static std::int32_t maskedSum(const std::uint64_t* __restrict row, const Sum* __restrict sums,
                                  std::size_t words) noexcept
    {
        std::int32_t total = 0;
        for (std::size_t mu = 0; mu < 64 * words; ++mu)
            total += static_cast<std::int32_t>(sums[mu]) &
                     -static_cast<std::int32_t>((row[mu / 64] >> (mu % 64)) & 1);
        return total;
    }

    /// M_mu += scale * xi^mu for mu < patterns.
    static void add(Sum* __restrict sums, const std::uint64_t* __restrict row, Sum scale,
                    std::size_t /*words*/, std::size_t patterns) noexcept
    {
        for (std::size_t mu = 0; mu < patterns; ++mu)
            sums[mu] = static_cast<Sum>(((row[mu / 64] >> (mu % 64)) & 1) != 0 ? sums[mu] - scale
                                                                               : sums[mu] + scale);
    }
};

#if defined(__AVX2__)
/// int16 overlaps in AVX2: one broadcast per 64-bit word, then four groups of 16 lanes.
/// Lane j of group g holds M_mu for mu = 16 (j % 4) + 4 g + j / 4 within the word: the
/// broadcast word's 16-bit part j % 4 sits in lane j, so the mask of lane j is one AND
/// and one compare with 1 << (4 g + j / 4), no shuffle.
template <> struct BitRowKernels<std::int16_t> {
    static __m256i laneBits(int group) noexcept
    {
        alignas(32) std::int16_t bits[16];
        for (int j = 0; j < 16; ++j)
            bits[j] = static_cast<std::int16_t>(1u << (4 * group + j / 4));
        return _mm256_load_si256(reinterpret_cast<const __m256i*>(bits));
    }

    /// -1 in the lanes of group g whose bit is set in the broadcast word, else 0.
    static __m256i laneMask(__m256i word, __m256i bits) noexcept
    {
        return _mm256_cmpeq_epi16(_mm256_and_si256(word, bits), bits);
    }

    static std::int32_t maskedSum(const std::uint64_t* __restrict row,
                                  const std::int16_t* __restrict sums, std::size_t words) noexcept
    {
        const __m256i bits[4] = {laneBits(0), laneBits(1), laneBits(2), laneBits(3)};
        // madd(-1 mask, M) = -(M_a + M_b) per int32 pair: four chains, negated at the end.
        __m256i acc[4] = {_mm256_setzero_si256(), _mm256_setzero_si256(), _mm256_setzero_si256(),
                          _mm256_setzero_si256()};
        for (std::size_t w = 0; w < words; ++w) {
            const __m256i word = _mm256_set1_epi64x(static_cast<long long>(row[w]));
            for (int g = 0; g < 4; ++g) {
                const __m256i m = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(
                    sums + 64 * w + 16 * static_cast<std::size_t>(g)));
                acc[g] = _mm256_add_epi32(acc[g], _mm256_madd_epi16(laneMask(word, bits[g]), m));
            }
        }
        const __m256i both =
            _mm256_add_epi32(_mm256_add_epi32(acc[0], acc[1]), _mm256_add_epi32(acc[2], acc[3]));
        __m128i sum =
            _mm_add_epi32(_mm256_castsi256_si128(both), _mm256_extracti128_si256(both, 1));
        sum = _mm_add_epi32(sum, _mm_shuffle_epi32(sum, 0x4e));
        sum = _mm_add_epi32(sum, _mm_shuffle_epi32(sum, 0xb1));
        return -_mm_cvtsi128_si32(sum);
    }

    /// M_mu += scale * xi^mu in every lane, the padding's too (int16 lanes wrap).
    static void add(std::int16_t* __restrict sums, const std::uint64_t* __restrict row,
                    std::int16_t scale, std::size_t words, std::size_t /*patterns*/) noexcept
    {
        const __m256i bits[4] = {laneBits(0), laneBits(1), laneBits(2), laneBits(3)};
        const __m256i plus = _mm256_set1_epi16(scale);
        for (std::size_t w = 0; w < words; ++w) {
            const __m256i word = _mm256_set1_epi64x(static_cast<long long>(row[w]));
            for (int g = 0; g < 4; ++g) {
                auto* at =
                    reinterpret_cast<__m256i*>(sums + 64 * w + 16 * static_cast<std::size_t>(g));
                const __m256i negate = laneMask(word, bits[g]);
                // xi scale = (scale ^ mask) - mask: scale where xi = +1, -scale where -1.
                const __m256i step = _mm256_sub_epi16(_mm256_xor_si256(plus, negate), negate);
                _mm256_storeu_si256(at, _mm256_add_epi16(_mm256_loadu_si256(at), step));
            }
        }
    }
};
#endif

} // namespace hopfield
