#pragma once

#include <QColor>
#include <QString>
#include <vector>

namespace hopfield::ui {

/// A colour map from [0, 1] to colours, interpolated linearly between evenly spaced stops.
/// The sequential maps are perceptually uniform and readable by colour-blind viewers and in
/// grey print: viridis (van der Walt and Smith, matplotlib 2.0, 2015) and cividis (Nuñez,
/// Anderton and Renslow, PLoS ONE 13, e0199239, 2018, optimised for deuteranopia).  The
/// diverging map, for signed data centred on zero, is ColorBrewer's RdBu (Brewer 2003,
/// marked colour-blind safe) with negative values blue and positive values red.
class ColorMap {
public:
    enum class Kind { Viridis, Cividis, Diverging };

    explicit ColorMap(Kind kind = Kind::Viridis);

    Kind kind() const noexcept { return m_kind; }
    /// Diverging maps are meant for ranges symmetric about zero.
    bool isDiverging() const noexcept { return m_kind == Kind::Diverging; }
    QString name() const;

    /// The colour at t in [0, 1]; t outside is clamped.  NaN gives an invalid QColor.
    QColor at(double t) const;
    /// The same as at(), as a packed ARGB value for filling images; NaN gives 0 (transparent).
    QRgb rgbAt(double t) const;

private:
    Kind m_kind;
    const std::vector<QRgb>* m_stops;
};

} // namespace hopfield::ui
