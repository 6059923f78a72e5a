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
    /// 1 << (4 g + j / 4) in lane j.  Written out as constants, with the four groups
    /// unrolled by hand below: as arrays indexed in a loop GCC kept them on the stack.
    template <int group> static __m256i laneBits() noexcept
    {
        constexpr auto bit = [](int k) {
            return static_cast<short>(1u << (4 * group + k));
        };
        return _mm256_setr_epi16(bit(0), bit(0), bit(0), bit(0), bit(1), bit(1), bit(1), bit(1),
                                 bit(2), bit(2), bit(2), bit(2), bit(3), bit(3), bit(3), bit(3));
    }

    /// -1 in the lanes of a group whose bit is set in the broadcast word, else 0.
    static __m256i laneMask(__m256i word, __m256i bits) noexcept
    {
        return _mm256_cmpeq_epi16(_mm256_and_si256(word, bits), bits);
    }

    /// madd(-1 mask, M) = -(M_a + M_b) per int32 pair, for one group of 16 lanes.
    static __m256i minusPairs(__m256i word, __m256i bits, const std::int16_t* sums) noexcept
    {
        return _mm256_madd_epi16(laneMask(word, bits),
                                 _mm256_loadu_si256(reinterpret_cast<const __m256i*>(sums)));
    }

    static std::int32_t maskedSum(const std::uint64_t* __restrict row,
                                  const std::int16_t* __restrict sums, std::size_t words) noexcept
    {
        const __m256i bits0 = laneBits<0>(), bits1 = laneBits<1>(), bits2 = laneBits<2>(),
                      bits3 = laneBits<3>();
        // Four chains, one per group, negated at the end.
        __m256i acc0 = _mm256_setzero_si256(), acc1 = acc0, acc2 = acc0, acc3 = acc0;
        for (std::size_t w = 0; w < words; ++w) {
            const __m256i word = _mm256_set1_epi64x(static_cast<long long>(row[w]));
            const std::int16_t* at = sums + 64 * w;
            acc0 = _mm256_add_epi32(acc0, minusPairs(word, bits0, at));
            acc1 = _mm256_add_epi32(acc1, minusPairs(word, bits1, at + 16));
            acc2 = _mm256_add_epi32(acc2, minusPairs(word, bits2, at + 32));
            acc3 = _mm256_add_epi32(acc3, minusPairs(word, bits3, at + 48));
        }
        const __m256i both =
            _mm256_add_epi32(_mm256_add_epi32(acc0, acc1), _mm256_add_epi32(acc2, acc3));
        __m128i sum =
            _mm_add_epi32(_mm256_castsi256_si128(both), _mm256_extracti128_si256(both, 1));
        sum = _mm_add_epi32(sum, _mm_shuffle_epi32(sum, 0x4e));
        sum = _mm_add_epi32(sum, _mm_shuffle_epi32(sum, 0xb1));
        return -_mm_cvtsi128_si32(sum);
    }

    /// One group's M += xi scale, as (scale ^ mask) - mask: scale where xi = +1, -scale
    /// where xi = -1.
    static void addGroup(std::int16_t* sums, __m256i word, __m256i bits, __m256i scale) noexcept
    {
        auto* at = reinterpret_cast<__m256i*>(sums);
        const __m256i negate = laneMask(word, bits);
        const __m256i step = _mm256_sub_epi16(_mm256_xor_si256(scale, negate), negate);
        _mm256_storeu_si256(at, _mm256_add_epi16(_mm256_loadu_si256(at), step));
    }

    /// M_mu += scale * xi^mu in every lane, the padding's too (int16 lanes wrap).
    static void add(std::int16_t* __restrict sums, const std::uint64_t* __restrict row,
                    std::int16_t scale, std::size_t words, std::size_t /*patterns*/) noexcept
    {
        const __m256i bits0 = laneBits<0>(), bits1 = laneBits<1>(), bits2 = laneBits<2>(),
                      bits3 = laneBits<3>();
        const __m256i plus = _mm256_set1_epi16(scale);
        for (std::size_t w = 0; w < words; ++w) {
            const __m256i word = _mm256_set1_epi64x(static_cast<long long>(row[w]));
            std::int16_t* at = sums + 64 * w;
            addGroup(at, word, bits0, plus);
            addGroup(at + 16, word, bits1, plus);
            addGroup(at + 32, word, bits2, plus);
            addGroup(at + 48, word, bits3, plus);
        }
    }
};
#endif

} // namespace hopfield
