#pragma once

#include <string_view>

/// The names of the learning-curve columns, in one place: the keys of the rows of
/// "learning_curve" (and of the summaries beside it) that `hopfield-lab-cli learn` and
/// `rbm --train` print, and the CSV headers the learning and generative labs export for
/// the same curves, so that a script written against one reads the other.  Users script
/// against these names: renaming one breaks their scripts (tst_learncommand,
/// tst_rbmcommand and the labs' learningCurveCsvKeepsTheCliNames tests pin them).  The
/// GUI's session keys ("dreams", "examples": how many to run) are settings, not these.
namespace hopfield::learning_curve {

// Hebbian unlearning (UnlearningProgress), one row per progress report.
inline constexpr std::string_view kDreams = "dreams"; ///< dreams done so far
/// Stored patterns that are fixed points (every Delta^mu_i > 0); also the summary of a
/// StabilityReport and, in the single rule, of the couplings learnt at each T.
inline constexpr std::string_view kStableFraction = "stable_fraction";
inline constexpr std::string_view kStableBitFraction = "stable_bit_fraction"; ///< (mu, i)
inline constexpr std::string_view kMinStability = "min_stability";            ///< min Delta
inline constexpr std::string_view kMeanStability = "mean_stability";          ///< mean Delta
/// Dreams since the previous report that ended on a stored pattern.
inline constexpr std::string_view kStoredDreamFraction = "stored_dream_fraction";

// Boltzmann learning (BoltzmannResult::momentError) and RBM training (CdEpoch).
inline constexpr std::string_view kEpoch = "epoch"; ///< from 1 (Boltzmann), from 0 (RBM)
/// ||<s_i s_j>_model - <s_i s_j>_data|| / N after the epoch.
inline constexpr std::string_view kMomentError = "moment_error";
/// Exact KL(P_data || P_model) by enumeration (N <= 16), NaN (JSON null) above.
inline constexpr std::string_view kKlDataModel = "kl_data_model";
inline constexpr std::string_view kLogLikelihood = "log_likelihood"; ///< exact mean ln P
inline constexpr std::string_view kReconstructionError = "reconstruction_error";

// Learning from examples (ExampleCurvePoint), one row per number of examples M.
inline constexpr std::string_view kExamples = "examples";         ///< M, examples per archetype
inline constexpr std::string_view kEntropy = "entropy";           ///< rho = (1 - r^2) / (M r^2)
inline constexpr std::string_view kTheory = "theory";             ///< archetypeOverlapTheory(r, M)
inline constexpr std::string_view kSupervised = "supervised";     ///< overlap, teacher's J
inline constexpr std::string_view kUnsupervised = "unsupervised"; ///< overlap, no labels
/// Examples that are fixed points of the supervised couplings.
inline constexpr std::string_view kExampleStableFraction = "example_stable_fraction";

} // namespace hopfield::learning_curve
