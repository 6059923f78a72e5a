#include "analysis/StateClassification.h"

#include <algorithm>
#include <cmath>

namespace hopfield {

StateClassification classifyState(std::span<const double> overlaps, int neurons,
                                  const ClassificationThresholds& thresholds)
{
    StateClassification result;
    if (overlaps.empty() || neurons <= 0)
        return result;

    const auto strongest =
        std::max_element(overlaps.begin(), overlaps.end(),
                         [](double a, double b) { return std::abs(a) < std::abs(b); });
    const int leader = static_cast<int>(strongest - overlaps.begin());
    bool othersSmall = true;
    for (std::size_t mu = 0; mu < overlaps.size(); ++mu)
        if (static_cast<int>(mu) != leader && std::abs(overlaps[mu]) >= thresholds.others)
            othersSmall = false;
    if (std::abs(*strongest) >= thresholds.pure && othersSmall) {
        result.kind = *strongest > 0 ? StateKind::Retrieval : StateKind::Reversed;
        result.patterns = {leader};
        result.signs = {*strongest > 0 ? 1 : -1};
        return result;
    }

    const double involved = std::max(thresholds.involved, 4.0 / std::sqrt(neurons));
    double sum = 0.0;
    for (std::size_t mu = 0; mu < overlaps.size(); ++mu)
        if (std::abs(overlaps[mu]) > involved) {
            result.patterns.push_back(static_cast<int>(mu));
            result.signs.push_back(overlaps[mu] > 0 ? 1 : -1);
            sum += std::abs(overlaps[mu]);
        }
    const double mean =
        result.patterns.empty() ? 0.0 : sum / static_cast<double>(result.patterns.size());
    const bool symmetric = std::all_of(result.patterns.begin(), result.patterns.end(), [&](int mu) {
        return std::abs(std::abs(overlaps[static_cast<std::size_t>(mu)]) - mean) <=
               thresholds.symmetry;
    });
    if (result.patterns.size() >= 2 && symmetric) {
        result.kind = StateKind::Mixture;
        return result;
    }
    result = {};
    return result;
}

std::string kindName(StateKind kind)
{
    switch (kind) {
    case StateKind::Retrieval:
        return "retrieval";
    case StateKind::Reversed:
        return "reversed";
    case StateKind::Mixture:
        return "mixture";
    case StateKind::SpinGlass:
        return "spin-glass";
    }
    return "spin-glass";
}

} // namespace hopfield
