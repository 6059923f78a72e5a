#include "analysis/StateClassification.h"

#include <algorithm>
#include <cmath>
#include <numeric>

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

namespace {

/// How well the state matches the mixture sgn(sum_j signs_j xi^mu_j): the mean over
/// sites of (1 + s_i sgn(h_i)) / 2, a tie (h_i = 0) counting one half, so an even mixture,
/// undecided on many sites, cannot match as well as an odd one.
double mixtureAgreement(std::span<const Spin> state, const PatternSet& patterns,
                        std::span<const int> members, std::span<const int> signs)
{
    double score = 0.0;
    for (std::size_t i = 0; i < state.size(); ++i) {
        int sum = 0;
        for (std::size_t j = 0; j < members.size(); ++j)
            sum += signs[j] * patterns[members[j]][static_cast<int>(i)];
        score += sum == 0 ? 0.5 : ((sum > 0) == (state[i] > 0) ? 1.0 : 0.0);
    }
    return score / static_cast<double>(state.size());
}

} // namespace

StateClassification classifyState(std::span<const Spin> state, const PatternSet& patterns,
                                  const ClassificationThresholds& thresholds)
{
    const int neurons = static_cast<int>(state.size());
    if (patterns.empty() || neurons == 0 || patterns.neurons() != neurons)
        return {};
    std::vector<double> overlaps(static_cast<std::size_t>(patterns.size()));
    for (int mu = 0; mu < patterns.size(); ++mu)
        overlaps[static_cast<std::size_t>(mu)] =
            static_cast<double>(overlapSum(state, patterns[mu].spins())) / neurons;
    PatternCorrelations correlations(patterns);
    return classifyState(state, patterns, overlaps, correlations, thresholds);
}

StateClassification classifyState(std::span<const Spin> state, const PatternSet& patterns,
                                  std::span<const double> overlaps,
                                  PatternCorrelations& correlations,
                                  const ClassificationThresholds& thresholds)
{
    StateClassification result;
    const int neurons = static_cast<int>(state.size());
    if (patterns.empty() || neurons == 0 || patterns.neurons() != neurons ||
        overlaps.size() != static_cast<std::size_t>(patterns.size()))
        return result;

    std::vector<int> order(overlaps.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return std::abs(overlaps[static_cast<std::size_t>(a)]) >
               std::abs(overlaps[static_cast<std::size_t>(b)]);
    });

    const int leader = order.front();
    const double leading = overlaps[static_cast<std::size_t>(leader)];
    const std::span<const double> correlation = correlations.row(leader);
    bool othersExplained = true;
    for (int nu = 0; nu < patterns.size(); ++nu) {
        if (nu == leader)
            continue;
        const auto index = static_cast<std::size_t>(nu);
        if (std::abs(overlaps[index] - leading * correlation[index]) >= thresholds.others)
            othersExplained = false;
    }
    if (std::abs(leading) >= thresholds.pure && othersExplained) {
        result.kind = leading > 0 ? StateKind::Retrieval : StateKind::Reversed;
        result.patterns = {leader};
        result.signs = {leading > 0 ? 1 : -1};
        return result;
    }

    const double involved = std::max(thresholds.involved, 4.0 / std::sqrt(neurons));
    std::vector<int> members;
    std::vector<int> signs;
    double bestAgreement = thresholds.mixtureMatch;
    for (std::size_t k = 0; k < order.size() && k < 7; ++k) {
        const double m = overlaps[static_cast<std::size_t>(order[k])];
        if (std::abs(m) <= involved)
            break;
        members.push_back(order[k]);
        signs.push_back(m > 0 ? 1 : -1);
        if (members.size() < 2)
            continue;
        const double agreement = mixtureAgreement(state, patterns, members, signs);
        if (agreement > bestAgreement || (agreement == bestAgreement && result.patterns.empty())) {
            bestAgreement = agreement;
            result.kind = StateKind::Mixture;
            result.patterns = members;
            result.signs = signs;
        }
    }
    // Report a mixture's patterns in index order, as the overlap-only reading does.
    std::vector<int> byIndex(result.patterns.size());
    std::iota(byIndex.begin(), byIndex.end(), 0);
    std::sort(byIndex.begin(), byIndex.end(),
              [&](int a, int b) { return result.patterns[a] < result.patterns[b]; });
    StateClassification sorted{result.kind, {}, {}};
    for (int j : byIndex) {
        sorted.patterns.push_back(result.patterns[static_cast<std::size_t>(j)]);
        sorted.signs.push_back(result.signs[static_cast<std::size_t>(j)]);
    }
    return sorted;
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
