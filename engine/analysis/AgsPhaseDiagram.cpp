#include "analysis/AgsPhaseDiagram.h"

#include "analysis/ParallelItems.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

namespace hopfield {

double agsZeroTemperatureGlobalCapacity()
{
    static const double capacity = [] {
        // Retrieval minus spin-glass energy rises through zero once on (0, alpha_c).
        const auto gap = [](double alpha) {
            return agsRetrievalState(alpha, 0.0)->freeEnergy -
                   agsSpinGlassState(alpha, 0.0).freeEnergy;
        };
        double low = 1e-6;
        double high = agsZeroTemperatureCapacity().alphaC;
        for (int i = 0; i < 200 && high - low > 1e-14; ++i) {
            const double mid = 0.5 * (low + high);
            (gap(mid) < 0.0 ? low : high) = mid;
        }
        return 0.5 * (low + high);
    }();
    return capacity;
}

AgsLoadLimits agsLoadLimits(double temperature)
{
    if (!std::isfinite(temperature) || temperature < 0.0 || temperature >= 1.0)
        throw std::invalid_argument("agsLoadLimits: temperature must be in [0, 1), got " +
                                    std::to_string(temperature));
    AgsLoadLimits limits;
    limits.temperature = temperature;
    if (temperature == 0.0) {
        limits.retrieval = agsZeroTemperatureCapacity().alphaC;
        limits.global = agsZeroTemperatureGlobalCapacity();
        return limits;
    }

    // One walk along the retrieval branch; while retrieval is still the global minimum,
    // compare its free energy with the spin glass's and remember where that flips.
    std::optional<AgsState> lastGlobal;
    std::optional<double> flipLoad;
    const auto end = followRetrievalBranch(temperature, 1.0, [&](const AgsState& state) {
        if (flipLoad)
            return true;
        if (state.freeEnergy < agsSpinGlassState(state.alpha, temperature).freeEnergy)
            lastGlobal = state;
        else
            flipLoad = state.alpha;
        return true;
    });
    if (!end)
        throw std::runtime_error("agsLoadLimits: no retrieval state at T = " +
                                 std::to_string(temperature));
    limits.retrieval = end->alpha;
    if (lastGlobal && flipLoad) {
        double low = lastGlobal->alpha;
        double high = *flipLoad;
        AgsState anchor = *lastGlobal;
        while (high - low > 1e-9) {
            const double mid = 0.5 * (low + high);
            const auto state = agsRetrievalStateFrom(mid, temperature, anchor);
            if (state && state->freeEnergy < agsSpinGlassState(mid, temperature).freeEnergy) {
                low = mid;
                anchor = *state;
            } else {
                high = mid;
            }
        }
        limits.global = 0.5 * (low + high);
    }
    return limits;
}

AgsPhaseDiagram agsPhaseDiagram(int points)
{
    if (points < 2 || points > 400)
        throw std::invalid_argument("agsPhaseDiagram: points must be in [2, 400], got " +
                                    std::to_string(points));
    AgsPhaseDiagram diagram;
    diagram.capacity = agsZeroTemperatureCapacity();
    diagram.globalCapacity = agsZeroTemperatureGlobalCapacity();
    constexpr double kLargestGlassLoad = 0.2;
    for (int i = 0; i < points; ++i) {
        const double alpha = kLargestGlassLoad * i / (points - 1);
        diagram.glassLine.push_back({alpha, agsGlassTemperature(alpha)});
    }
    // Each temperature walks its own retrieval branch (~0.1 s), so they share the cores:
    // the lab draws these lines before its sweep's first cell.
    std::vector<AgsLoadLimits> limits(static_cast<std::size_t>(points));
    runParallelItems(points, 0, [&](long long i) {
        limits[static_cast<std::size_t>(i)] = agsLoadLimits(static_cast<double>(i) / points);
    });
    // Temperatures from 1 down to 0 give both lines in increasing alpha.
    diagram.retrievalLine.push_back({0.0, 1.0});
    diagram.globalLine.push_back({0.0, 1.0});
    for (auto limit = limits.rbegin(); limit != limits.rend(); ++limit) {
        diagram.retrievalLine.push_back({limit->retrieval, limit->temperature});
        if (limit->global)
            diagram.globalLine.push_back({*limit->global, limit->temperature});
    }
    return diagram;
}

} // namespace hopfield
