#include "gui/document/SessionNames.h"

#include "gui/patterns/MnistDigits.h"
#include "gui/patterns/Photographs.h"

#include <array>
#include <utility>

namespace hopfield::app::sessionNames {
namespace {

const std::array<std::pair<StartKind, const char*>, 3> kStarts = {{
    {StartKind::CorruptedTarget, "corrupted-target"},
    {StartKind::Mixture, "mixture"},
    {StartKind::Given, "given"},
}};

template <typename Enum, std::size_t Count>
QString nameOf(const std::array<std::pair<Enum, const char*>, Count>& table, Enum value)
{
    for (const auto& [entry, name] : table)
        if (entry == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, std::size_t Count>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, Count>& table,
                            const QString& name)
{
    for (const auto& [entry, entryName] : table)
        if (name == QLatin1String(entryName))
            return entry;
    return std::nullopt;
}

template <typename Enum, std::size_t Count>
QStringList namesOf(const std::array<std::pair<Enum, const char*>, Count>& table)
{
    QStringList names;
    for (const auto& entry : table)
        names << QString::fromLatin1(entry.second);
    return names;
}

} // namespace

QString updateMode(UpdateMode mode)
{
    const std::string_view name = updateModeName(mode);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

std::optional<UpdateMode> updateModeFrom(const QString& name)
{
    return updateModeFromName(name.toStdString());
}

QStringList updateModes()
{
    QStringList names;
    for (const auto& [mode, name] : kUpdateModeNames)
        names << updateMode(mode);
    return names;
}

QString startKind(StartKind kind)
{
    return nameOf(kStarts, kind);
}

std::optional<StartKind> startKindFrom(const QString& name)
{
    return valueOf(kStarts, name);
}

QStringList startKinds()
{
    return namesOf(kStarts);
}

QStringList builtinSets()
{
    return {QStringLiteral("letters"), QStringLiteral("digits"), QStringLiteral("symbols"),
            kMnistDigits, kPhotographs};
}

QString builtinResource(const QString& set)
{
    if (set == kMnistDigits)
        return kMnistDigitsResource;
    if (set == kPhotographs)
        return kPhotographsResource;
    return QStringLiteral(":/patterns/%1.txt").arg(set);
}

} // namespace hopfield::app::sessionNames
