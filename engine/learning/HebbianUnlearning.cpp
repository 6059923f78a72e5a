#include "learning/HebbianUnlearning.h"

#include "learning/CouplingRules.h"
#include "learning/PatternStability.h"
#include "learning/SpinsWithFields.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace hopfield {
namespace {

void checkOptions(const PatternSet& stored, const UnlearningOptions& options)
{
    if (!(options.strength > 0.0) || !std::isfinite(options.strength))
        throw std::invalid_argument("the unlearning strength lambda must be a finite number > 0");
    if (options.dreams < 0)
        throw std::invalid_argument("the number of dreams must be >= 0, got " +
                                    std::to_string(options.dreams));
    if (options.reportEvery < 0)
        throw std::invalid_argument("the dreams between reports must be >= 0 (0: automatic)");
    if (options.maxSweepsPerDream <= 0)
        throw std::invalid_argument("the sweeps per dream must be > 0");
    if (!(options.storedOverlap > 0.0 && options.storedOverlap <= 1.0))
        throw std::invalid_argument("the stored-pattern overlap threshold must lie in (0, 1]");
    if (stored.empty())
        throw std::invalid_argument("unlearning needs at least one stored pattern");
}

UnlearningProgress progressAt(int dreams, const PatternSet& stored, const Eigen::MatrixXd& j,
                              double storedDreamFraction)
{
    const StabilityReport report = patternStability(stored, j);
    return {dreams,
            report.stableFraction,
            report.stableBitFraction,
            report.minStability,
            report.meanStability,
            storedDreamFraction};
}

void updateMilestones(UnlearningMilestones& milestones, const UnlearningProgress& now,
                      double& bestMinStability)
{
    if (milestones.dIn < 0) {
        if (now.minStability > 0.0) {
            milestones.dIn = milestones.dTop = now.dreams;
            bestMinStability = now.minStability;
        }
        return;
    }
    if (milestones.dFin >= 0)
        return;
    if (now.minStability <= 0.0) {
        milestones.dFin = now.dreams;
    } else if (now.minStability > bestMinStability) {
        milestones.dTop = now.dreams;
        bestMinStability = now.minStability;
    }
}

} // namespace

UnlearningResult runUnlearning(const PatternSet& stored, const UnlearningOptions& options, Rng& rng,
                               const UnlearningObserver& observer)
{
    checkOptions(stored, options);
    const int reportEvery =
        options.reportEvery > 0 ? options.reportEvery : std::max(1, options.dreams / 100);
    const Eigen::MatrixXd xi = patternRows(stored); // P x N, for the dream's overlaps
    const double n = stored.neurons();
    UnlearningResult result;
    result.couplings = hebbCouplings(stored);
    Eigen::MatrixXd& j = result.couplings;
    double bestMinStability = 0.0;
    const auto report = [&](double storedDreamFraction) {
        result.progress.push_back(progressAt(result.dreamsDone, stored, j, storedDreamFraction));
        updateMilestones(result.milestones, result.progress.back(), bestMinStability);
        return !observer || observer(result.progress.back());
    };
    if (!report(0.0)) {
        result.cancelled = true;
        return result;
    }
    SpinsWithFields dreamer(j, rng);
    int storedDreams = 0;
    int dreamsSinceReport = 0;
    while (result.dreamsDone < options.dreams) {
        dreamer.randomize(rng);
        dreamer.relax(options.maxSweepsPerDream, rng);
        const Eigen::VectorXd& attractor = dreamer.state();
        const double largestOverlap = (xi * attractor).cwiseAbs().maxCoeff() / n;
        storedDreams += largestOverlap > options.storedOverlap;
        // HFP 1983: J <- J - (lambda/N) s* s*^T, the diagonal kept at zero.
        j.noalias() -= (options.strength / n) * attractor * attractor.transpose();
        j.diagonal().setZero();
        ++result.dreamsDone;
        ++dreamsSinceReport;
        if (dreamsSinceReport == reportEvery || result.dreamsDone == options.dreams) {
            const double fraction = static_cast<double>(storedDreams) / dreamsSinceReport;
            storedDreams = dreamsSinceReport = 0;
            if (!report(fraction)) {
                result.cancelled = true;
                break;
            }
        }
    }
    return result;
}

Eigen::MatrixXd unlearningCouplings(const PatternSet& stored, const UnlearningOptions& options,
                                    Rng& rng, const UnlearningObserver& observer)
{
    UnlearningOptions quiet = options;
    if (!observer) // nobody watches: skip the O(P N^2) stabilities of intermediate reports
        quiet.reportEvery = std::max(1, options.dreams);
    return runUnlearning(stored, quiet, rng, observer).couplings;
}

int recommendedDreams(int patterns, double strength)
{
    return static_cast<int>(std::min(std::round(0.6 * patterns / strength), 1e8));
}

} // namespace hopfield
