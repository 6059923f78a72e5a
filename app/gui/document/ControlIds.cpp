#include "gui/document/ControlIds.h"

#include <algorithm>

namespace hopfield::app::controls {

const QList<ControlId>& all()
{
    static const QList<ControlId> ids = {
        ControlId::Temperature,    ControlId::UpdateMode,     ControlId::Rule,
        ControlId::Seed,           ControlId::Field,          ControlId::Noise,
        ControlId::Target,         ControlId::Corruption,     ControlId::Speed,
        ControlId::PatternsEditor, ControlId::PatternLibrary, ControlId::Landscape,
        ControlId::Trials,
    };
    return ids;
}

QString name(ControlId id)
{
    switch (id) {
    case ControlId::Temperature:
        return QStringLiteral("temperature");
    case ControlId::UpdateMode:
        return QStringLiteral("update-mode");
    case ControlId::Rule:
        return QStringLiteral("rule");
    case ControlId::Seed:
        return QStringLiteral("seed");
    case ControlId::Field:
        return QStringLiteral("field");
    case ControlId::Noise:
        return QStringLiteral("noise");
    case ControlId::Target:
        return QStringLiteral("target");
    case ControlId::Corruption:
        return QStringLiteral("corruption");
    case ControlId::Speed:
        return QStringLiteral("speed");
    case ControlId::PatternsEditor:
        return QStringLiteral("patterns-editor");
    case ControlId::PatternLibrary:
        return QStringLiteral("pattern-library");
    case ControlId::Landscape:
        return QStringLiteral("landscape");
    case ControlId::Trials:
        return QStringLiteral("trials");
    }
    return {};
}

std::optional<ControlId> fromName(const QString& text)
{
    const auto& ids = all();
    const auto found =
        std::find_if(ids.begin(), ids.end(), [&](ControlId id) { return name(id) == text; });
    if (found == ids.end())
        return std::nullopt;
    return *found;
}

QStringList names(const QList<ControlId>& ids)
{
    QStringList result;
    for (ControlId id : ids)
        result.append(name(id));
    return result;
}

} // namespace hopfield::app::controls
