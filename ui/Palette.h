#pragma once

#include <QColor>
#include <array>

/// The colours of Hopfield Lab, in one place.  Series colours follow Okabe and Ito's
/// colour-universal-design palette (2008), which stays distinguishable under the common
/// colour-vision deficiencies; yellow comes last because it is faint on white.
namespace hopfield::ui::palette {

inline constexpr std::array<QRgb, 8> kSeries = {
    0xff0072b2, // blue
    0xffe69f00, // orange
    0xff009e73, // bluish green
    0xffd55e00, // vermillion
    0xffcc79a7, // reddish purple
    0xff56b4e9, // sky blue
    0xff000000, // black
    0xfff0e442, // yellow
};

/// The colour of series `index`, cycling through the palette.
inline QColor series(int index)
{
    return QColor::fromRgb(kSeries[static_cast<std::size_t>(index) % kSeries.size()]);
}

/// Spin +1 ("ink") and spin -1 ("paper") of a neuron grid: dark navy on warm white.
inline QColor spinUp()
{
    return QColor::fromRgb(0xff1d2b3a);
}
inline QColor spinDown()
{
    return QColor::fromRgb(0xfff6f3ec);
}
/// Thin lines between cells and around a grid.
inline QColor gridLine()
{
    return QColor::fromRgb(0xffc9c4b8);
}
/// The cell just updated: vermillion, visible on both spin colours.
inline QColor highlight()
{
    return QColor::fromRgb(0xffd55e00);
}
/// Frames a selected grid (the target among the stored patterns).
inline QColor selection()
{
    return QColor::fromRgb(0xff0072b2);
}

/// Badge colours for the kinds of attractor.
inline QColor success()
{
    return QColor::fromRgb(0xff009e73);
}
inline QColor warning()
{
    return QColor::fromRgb(0xffe69f00);
}
inline QColor notable()
{
    return QColor::fromRgb(0xffcc79a7);
}
inline QColor neutral()
{
    return QColor::fromRgb(0xff8a8a8a);
}

} // namespace hopfield::ui::palette
