#include "gui/patterns/StartState.h"

#include <QCoreApplication>
#include <stdexcept>

namespace hopfield::app {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StartState", text);
}

QString nameOf(const Pattern& pattern)
{
    return QString::fromStdString(pattern.name());
}

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'g', 4) + QLatin1Char('%');
}

/// sign(xi^a + xi^b + ...), named "sign(A + I + M)".
Pattern mixtureOf(const PatternSet& stored, const std::vector<int>& indices, Rng& rng)
{
    if (indices.size() % 2 == 0)
        throw std::invalid_argument("a mixture needs an odd number of patterns, got " +
                                    std::to_string(indices.size()));
    QStringList names;
    for (int mu : indices)
        names << nameOf(stored[mu]);
    // No ties for an odd count, so the generator is never drawn from.
    const Pattern sum = mixture(stored, indices, rng);
    const auto spins = sum.spins();
    return Pattern(sum.width(), sum.height(), std::vector<Spin>(spins.begin(), spins.end()),
                   QStringLiteral("sign(%1)").arg(names.join(QLatin1String(" + "))).toStdString());
}

} // namespace

StartState makeStartState(const PatternSet& stored, int target, const CorruptionSettings& settings)
{
    using Kind = CorruptionSettings::Kind;
    if (target < 0 || target >= stored.size())
        throw std::invalid_argument("the target pattern must be in [0, " +
                                    std::to_string(stored.size() - 1) + "], got " +
                                    std::to_string(target));
    Rng rng(settings.seed);
    // A mixture start is compared with the mixture it is made from, not one of its parts.
    const Pattern clean =
        settings.kind == Kind::Mixture ? mixtureOf(stored, settings.mixture, rng) : stored[target];
    StartState state{clean, clean, 0, {}};
    switch (settings.kind) {
    case Kind::FlipNoise:
        state.start = flipExactly(clean, settings.fraction, rng);
        state.description = tr("%1 with %2 flipped").arg(nameOf(clean), percent(settings.fraction));
        break;
    case Kind::SaltAndPepper:
        state.start = saltAndPepper(clean, settings.fraction, rng).pattern;
        state.description =
            tr("%1 with salt and pepper on %2").arg(nameOf(clean), percent(settings.fraction));
        break;
    case Kind::Occlusion: {
        const Rect& r = settings.occlusion;
        state.start = occlude(clean, r, settings.fill, rng);
        state.description =
            tr("%1 with %2 x %3 cells occluded").arg(nameOf(clean)).arg(r.width).arg(r.height);
        break;
    }
    case Kind::Inversion:
        state.start = invert(clean);
        state.description = tr("%1 inverted").arg(nameOf(clean));
        break;
    case Kind::Mixture:
        // As RetrievalRun makes a mixture start: the sign, then the flips, from one stream.
        state.start = flipExactly(clean, settings.mixtureNoise, rng);
        state.description = tr("Mixture %1").arg(nameOf(clean));
        if (settings.mixtureNoise > 0.0)
            state.description += tr(" with %1 flipped").arg(percent(settings.mixtureNoise));
        break;
    }
    state.changed = (clean.size() - overlapSum(clean.spins(), state.start.spins())) / 2;
    return state;
}

} // namespace hopfield::app
