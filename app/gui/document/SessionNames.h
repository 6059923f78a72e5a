#pragma once

#include "discrete/UpdateMode.h"
#include "gui/retrieval/run/RetrievalSetup.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

/// The words a session file uses for enumerations, shared by the reader and the writer.
/// Update modes use hopfield-lab-cli's --update names, so a file and a command line agree.
namespace hopfield::app::sessionNames {

/// The "format" field every session file starts with, and the version this build writes.
/// Version 2 adds the run's place in its sweep, flips, generator and visiting order to
/// "state"; version 1 files still open (the run goes on from their state, see Session).
inline const QString kFormat = QStringLiteral("hopfield-lab-session");
inline constexpr int kVersion = 2;
inline constexpr int kOldestVersion = 1;

/// Seeds up to 2^53 are exact JSON numbers (IEEE doubles); larger ones are written as
/// decimal strings so no bit is lost.
inline constexpr std::uint64_t kLargestExactSeed = std::uint64_t{1} << 53;

/// Spin characters of a pattern row: '#' is +1 (ink), '.' is -1, as in the ASCII-art files.
inline constexpr char kSpinUp = '#';
inline constexpr char kSpinDown = '.';

QString updateMode(UpdateMode mode);
std::optional<UpdateMode> updateModeFrom(const QString& name);
QStringList updateModes();

QString startKind(StartKind kind);
std::optional<StartKind> startKindFrom(const QString& name);
QStringList startKinds();

/// The session's name of the bundled MNIST digits (gui/patterns/MnistDigits.h).
inline const QString kMnistDigits = QStringLiteral("mnist-digits");
/// The session name of the bundled photographs (kPhotographsResource).
inline const QString kPhotographs = QStringLiteral("photographs");

/// The built-in pattern sets ("letters", "digits", "symbols", "mnist-digits",
/// "photographs") and their
/// resource files (kMnistDigitsResource, kPhotographsResource for those two).
QStringList builtinSets();
QString builtinResource(const QString& set);

} // namespace hopfield::app::sessionNames
