#pragma once

#include "analysis/AgsTheory.h"

#include <array>
#include <optional>
#include <vector>

namespace hopfield {

/// The loads that bound the retrieval phase at one temperature T in [0, 1)
/// (AGS 1987, replica symmetric):
///  - retrieval: alpha_M(T), the largest load with a retrieval state (the T_M line);
///  - global: alpha_c(T), where the retrieval free energy equals the spin glass's (the
///    T_c line; below it retrieval states are the global minima).  Absent if the
///    retrieval branch ends first.
struct AgsLoadLimits {
    double temperature = 0.0;
    double retrieval = 0.0;
    std::optional<double> global;
};

/// T in [0, 1): otherwise std::invalid_argument.  T = 0 is exact (through y).
AgsLoadLimits agsLoadLimits(double temperature);

/// The T = 0 end of the T_c line: E/N of retrieval, (alpha - m^2 - alpha r)/2, equals the
/// spin glass's, -1/pi - sqrt(2 alpha/pi) (both from the T -> 0 limit of the AGS free
/// energy with C = beta (1 - q) finite; see AgsTheory.cpp): alpha = 0.05185 (AGS 1987
/// quote 0.051).
double agsZeroTemperatureGlobalCapacity();

/// The (alpha, T) phase diagram as curves of [alpha, T] points:
///  - glassLine: T_g = 1 + sqrt(alpha) at `points` loads evenly in [0, 0.2];
///  - retrievalLine: T_M, alpha_M(T) at `points` temperatures evenly in [0, 1)
///    (T = 0 gives alpha_c) and the end point [0, 1];
///  - globalLine: T_c, alpha_c(T) at the same temperatures, with [0, 1].
/// Lines run from T = 1 down to T = 0 (both bend slightly back in alpha near T = 0: the
/// replica-symmetric reentrance).  points in [2, 400]; the temperatures are solved on
/// every core, each on its own, so the result does not depend on the thread count.
struct AgsPhaseDiagram {
    AgsCapacity capacity;
    double globalCapacity = 0.0; ///< alpha where T_c reaches T = 0
    std::vector<std::array<double, 2>> glassLine;
    std::vector<std::array<double, 2>> retrievalLine;
    std::vector<std::array<double, 2>> globalLine;
};
AgsPhaseDiagram agsPhaseDiagram(int points);

} // namespace hopfield
