#include "continuous/ContinuousModelSpec.h"

#include "continuous/ContinuousHopfield.h"
#include "continuous/KrotovModel.h"

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

std::unique_ptr<ContinuousModel> makeModel(const ContinuousModelSpec& spec)
{
    if (spec.kind == ContinuousModelKind::Krotov)
        return std::make_unique<KrotovModel>(spec.patterns, spec.interaction, spec.gain,
                                             spec.input);
    return std::make_unique<ContinuousHopfield>(spec.couplings, spec.gain, spec.input);
}

} // namespace hopfield
