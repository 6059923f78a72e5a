#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace hopfield {

/// How a sweep of N single-spin updates visits the neurons.
enum class UpdateMode {
    RandomAsync,     ///< one spin at a time, a fresh random permutation each sweep
    SequentialAsync, ///< one spin at a time, in index order
    Synchronous,     ///< all spins at once from the previous state (Little dynamics)
};

/// Each mode's one name, as the CLI's --update, its JSON output and session files spell it.
inline constexpr std::array<std::pair<UpdateMode, std::string_view>, 3> kUpdateModeNames = {{
    {UpdateMode::RandomAsync, "async"},
    {UpdateMode::SequentialAsync, "sequential"},
    {UpdateMode::Synchronous, "sync"},
}};

constexpr std::string_view updateModeName(UpdateMode mode)
{
    for (const auto& [entry, name] : kUpdateModeNames)
        if (entry == mode)
            return name;
    return {};
}

constexpr std::optional<UpdateMode> updateModeFromName(std::string_view name)
{
    for (const auto& [entry, entryName] : kUpdateModeNames)
        if (entryName == name)
            return entry;
    return std::nullopt;
}

/// How the local fields h_i are computed; both give the same trajectory for a seed.
enum class CouplingForm {
    Overlap, ///< h_i = sum_mu xi_i^mu m_mu - (P/N) s_i with exact integer overlaps: O(P)
    Dense,   ///< h_i = sum_j J_ij s_j with a stored N x N matrix J: O(N), any rule
};

} // namespace hopfield
