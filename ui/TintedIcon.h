#pragma once

#include <QColor>
#include <QIcon>

namespace hopfield::ui {

/// `icon` recoloured to `colour`, keeping its alpha: the style's standard icons are drawn
/// dark for light backgrounds and vanish on a dark theme, so the transport's icons take
/// the palette's button-text colour instead.  Pixmaps at the usual small sizes.
QIcon tintedIcon(const QIcon& icon, const QColor& colour);

} // namespace hopfield::ui
