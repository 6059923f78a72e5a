#include "gui/retrieval/run/AttractorText.h"

#include "Palette.h"

#include <algorithm>

namespace hopfield::app {
namespace {

/// Mixtures of many patterns (a large random network) list this many and count the rest.
constexpr int kMaxListed = 5;

QString nameOf(const QStringList& names, int mu)
{
    return mu >= 0 && mu < names.size() ? names[mu] : QStringLiteral("#%1").arg(mu + 1);
}

} // namespace

QString describeAttractor(const StateClassification& classification, const QStringList& names)
{
    switch (classification.kind) {
    case StateKind::Retrieval:
        return QStringLiteral("retrieved %1").arg(nameOf(names, classification.patterns.at(0)));
    case StateKind::Reversed:
        return QStringLiteral("reversed %1").arg(nameOf(names, classification.patterns.at(0)));
    case StateKind::Mixture: {
        QStringList members;
        const auto count = static_cast<int>(classification.patterns.size());
        for (int k = 0; k < std::min(count, kMaxListed); ++k) {
            const auto index = static_cast<std::size_t>(k);
            const QString sign =
                classification.signs[index] < 0 ? QStringLiteral("\u2212") : QString();
            members << sign + nameOf(names, classification.patterns[index]);
        }
        if (count > kMaxListed)
            members << QStringLiteral("%1 more").arg(count - kMaxListed);
        return QStringLiteral("mixture of %1").arg(members.join(QStringLiteral(", ")));
    }
    case StateKind::SpinGlass:
        break;
    }
    return QStringLiteral("spin glass");
}

QColor attractorColour(StateKind kind)
{
    switch (kind) {
    case StateKind::Retrieval:
        return ui::palette::success();
    case StateKind::Reversed:
        return ui::palette::warning();
    case StateKind::Mixture:
        return ui::palette::notable();
    case StateKind::SpinGlass:
        break;
    }
    return ui::palette::neutral();
}

} // namespace hopfield::app
