#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

class QApplication;

namespace hopfield::app {

/// Light and dark colour themes for the whole application.  Text keeps a WCAG contrast
/// of at least 4.5:1 against its background in both (tests/app/tst_appearance checks
/// it), and the plot series keep Okabe and Ito's colour-blind-safe palette
/// (ui/Palette.h), with its black swapped for near-white on the dark background.
enum class ThemeKind { Light, Dark };

QString themeName(ThemeKind theme); ///< "light", "dark"
std::optional<ThemeKind> themeFromName(const QString& name);

QPalette themePalette(ThemeKind theme);

/// The eight series colours to draw data with on this theme's background.
std::array<QColor, 8> themeSeriesColours(ThemeKind theme);

/// Switches `app` to the Fusion style (which draws with the palette on every platform)
/// and the theme's palette.
void applyTheme(QApplication& app, ThemeKind theme);

} // namespace hopfield::app
