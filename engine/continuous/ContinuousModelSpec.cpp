#include "continuous/ContinuousModelSpec.h"

#include "continuous/ContinuousHopfield.h"
#include "continuous/KrotovModel.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace hopfield {

ContinuousModelKind continuousModelKindFromName(std::string_view name)
{
    if (name == "hopfield")
        return ContinuousModelKind::Hopfield;
    if (name == "krotov")
        return ContinuousModelKind::Krotov;
    throw std::invalid_argument("unknown model '" + std::string(name) +
                                "' (choose hopfield or krotov)");
}

std::string continuousModelKindName(ContinuousModelKind kind)
{
    return kind == ContinuousModelKind::Krotov ? "krotov" : "hopfield";
}

int ContinuousModelSpec::size() const
{
    return static_cast<int>(kind == ContinuousModelKind::Krotov ? patterns.cols()
                                                                : couplings.rows());
}

double equilibriumBound(const ContinuousModelSpec& spec)
{
    const double gMax = std::max(std::abs(spec.gain.lowest()), std::abs(spec.gain.highest()));
    const Eigen::VectorXd input =
        spec.input.size() == 0 ? Eigen::VectorXd::Zero(spec.size()) : spec.input;
    Eigen::VectorXd bound = input.cwiseAbs();
    if (spec.kind == ContinuousModelKind::Hopfield) {
        bound += spec.couplings.cwiseAbs().rowwise().sum() * gMax;
    } else {
        // |s F''(s)| grows with |s| for x^n; for exp(s) its maximum on [-S, S] is S e^S.
        for (Eigen::Index mu = 0; mu < spec.patterns.rows(); ++mu) {
            const double s = spec.patterns.row(mu).cwiseAbs().sum() * gMax;
            const double weight = std::abs(s * spec.interaction.secondDerivative(s));
            bound += spec.patterns.row(mu).transpose().cwiseAbs() * weight;
        }
    }
    return bound.size() == 0 ? 0.0 : bound.maxCoeff();
}

std::unique_ptr<ContinuousModel> makeModel(const ContinuousModelSpec& spec)
{
    if (spec.kind == ContinuousModelKind::Krotov)
        return std::make_unique<KrotovModel>(spec.patterns, spec.interaction, spec.gain,
                                             spec.input);
    return std::make_unique<ContinuousHopfield>(spec.couplings, spec.gain, spec.input);
}

} // namespace hopfield
