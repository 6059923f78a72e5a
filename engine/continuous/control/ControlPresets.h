#pragma once
// Ready-made controlled-model experiments that reproduce the seed's pictures (Cardin et
// al., arXiv 2305.14360, and their public notebook; SCIENCE.md section 6).  All use the
// authors' network A = [[0, 1], [1, 0]], g(s) = 1/2 + arctan(s / 0.1) / pi, only the two
// existing synapses controlled, |xi| <= K = 0.5.  Their code weights |du|^2 by alpha and
// |xi|^2 by beta = 1 - alpha; here mu = beta (slides' convention), so their innovative
// alpha = 0.9995 is mu = 0.0005.
#include "continuous/control/RecordingSequence.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hopfield {

struct ControlPreset {
    std::string name;
    std::string description;
    ControlProblem problem;
    ControlSolverOptions solver;
    /// Set for a sequence of recordings (forget-recover); `problem` is then its first run.
    std::optional<RecordingSequence> sequence;
};

/// recognise, record, forget-recover, wandering, authors-map.
const std::vector<ControlPreset>& controlPresets();

/// The preset named `name`; throws std::invalid_argument listing the names.
const ControlPreset& controlPreset(std::string_view name);

} // namespace hopfield
