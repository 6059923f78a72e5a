#pragma once

#include <QStringList>

/// The controls a lesson may hide or lock, by the string id its JSON names them with.
/// The window maps each id to its widgets (hidden: setVisible(false), locked:
/// setEnabled(false)); the session reader refuses any other id.
namespace hopfield::app::controls {

inline const QString kTemperature = QStringLiteral("temperature");
inline const QString kUpdateMode = QStringLiteral("update-mode");
inline const QString kRule = QStringLiteral("rule");
inline const QString kSeed = QStringLiteral("seed");
inline const QString kNoise = QStringLiteral("noise");
inline const QString kTarget = QStringLiteral("target");
inline const QString kCorruption = QStringLiteral("corruption");
inline const QString kSpeed = QStringLiteral("speed");
inline const QString kPatternsEditor = QStringLiteral("patterns-editor");
inline const QString kPatternLibrary = QStringLiteral("pattern-library");
inline const QString kLandscape = QStringLiteral("landscape");
inline const QString kTrials = QStringLiteral("trials");

/// Every id above, in the order a settings panel lists them.
inline QStringList all()
{
    return {kTemperature, kUpdateMode, kRule,           kSeed,           kNoise,     kTarget,
            kCorruption,  kSpeed,      kPatternsEditor, kPatternLibrary, kLandscape, kTrials};
}

inline bool isKnown(const QString& id)
{
    return all().contains(id);
}

} // namespace hopfield::app::controls
