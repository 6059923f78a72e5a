#include "gui/appearance/Theme.h"

#include "Palette.h"

#include <QApplication>
#include <QStyleFactory>
#include <algorithm>

namespace hopfield::app {
namespace {

struct ThemeColours {
    QRgb window, windowText, base, alternateBase, button, buttonText, highlight, highlightedText,
        link, toolTipBase, toolTipText, placeholder, disabledText, mid, dark, light;
};

// Okabe-Ito blue marks selections on light, its sky blue on dark (dark text on it).
constexpr ThemeColours kLight = {
    0xfff6f5f2, 0xff1a1a1a, 0xffffffff, 0xffefeeea, 0xffe9e8e4, 0xff1a1a1a, 0xff0072b2, 0xffffffff,
    0xff005a8c, 0xfffffbe6, 0xff1a1a1a, 0xff6b6b6b, 0xff8c8c8c, 0xffb9b8b3, 0xff8f8e8a, 0xffffffff};
constexpr ThemeColours kDark = {
    0xff1f2023, 0xffe8e6e3, 0xff16171a, 0xff25272b, 0xff2c2e33, 0xffe8e6e3, 0xff56b4e9, 0xff101010,
    0xff56b4e9, 0xff2c2e33, 0xffe8e6e3, 0xff9a9a9a, 0xff6e6e6e, 0xff45474d, 0xff0c0c0e, 0xff4a4d54};

} // namespace

QString themeName(ThemeKind theme)
{
    return theme == ThemeKind::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

std::optional<ThemeKind> themeFromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return ThemeKind::Light;
    if (name == QLatin1String("dark"))
        return ThemeKind::Dark;
    return std::nullopt;
}

QPalette themePalette(ThemeKind theme)
{
    const ThemeColours& c = theme == ThemeKind::Dark ? kDark : kLight;
    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, QRgb rgb) {
        palette.setColor(QPalette::All, role, QColor::fromRgb(rgb));
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.buttonText);
    set(QPalette::Text, c.windowText);
    set(QPalette::BrightText, c.base);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.link);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);
    set(QPalette::PlaceholderText, c.placeholder);
    set(QPalette::Mid, c.mid);
    set(QPalette::Dark, c.dark);
    set(QPalette::Light, c.light);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor::fromRgb(c.disabledText));
    return palette;
}

std::array<QColor, 8> themeSeriesColours(ThemeKind theme)
{
    std::array<QColor, 8> colours;
    for (std::size_t i = 0; i < colours.size(); ++i)
        colours[i] = ui::palette::series(static_cast<int>(i));
    if (theme == ThemeKind::Dark)
        std::replace(colours.begin(), colours.end(), QColor(Qt::black),
                     QColor::fromRgb(kDark.windowText));
    return colours;
}

void applyTheme(QApplication& app, ThemeKind theme)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(themePalette(theme));
}

} // namespace hopfield::app
