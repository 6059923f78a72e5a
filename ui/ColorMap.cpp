#include "ColorMap.h"

#include <algorithm>
#include <cmath>

namespace hopfield::ui {
namespace {

// Ten evenly spaced samples of each map (R's viridisLite::viridis(10) and cividis(10),
// which reproduce matplotlib's tables); between them the maps are close to linear in sRGB.
const std::vector<QRgb> kViridis = {0xff440154, 0xff482878, 0xff3e4a89, 0xff31688e, 0xff26828e,
                                    0xff1f9e89, 0xff35b779, 0xff6dcd59, 0xffb4de2c, 0xfffde725};
const std::vector<QRgb> kCividis = {0xff00204d, 0xff00336f, 0xff39486b, 0xff575c6d, 0xff707173,
                                    0xff8a8779, 0xffa69d75, 0xffc4b56c, 0xffe4cf5b, 0xffffea46};
// ColorBrewer RdBu, 11 classes, reversed: dark blue (most negative) .. white .. dark red.
const std::vector<QRgb> kDiverging = {0xff053061, 0xff2166ac, 0xff4393c3, 0xff92c5de,
                                      0xffd1e5f0, 0xfff7f7f7, 0xfffddbc7, 0xfff4a582,
                                      0xffd6604d, 0xffb2182b, 0xff67001f};

const std::vector<QRgb>& stopsOf(ColorMap::Kind kind)
{
    switch (kind) {
    case ColorMap::Kind::Cividis:
        return kCividis;
    case ColorMap::Kind::Diverging:
        return kDiverging;
    case ColorMap::Kind::Viridis:
        break;
    }
    return kViridis;
}

int mix(int a, int b, double weight)
{
    return static_cast<int>(std::lround(a + (b - a) * weight));
}

} // namespace

ColorMap::ColorMap(Kind kind) : m_kind(kind), m_stops(&stopsOf(kind)) {}

QString ColorMap::name() const
{
    switch (m_kind) {
    case Kind::Cividis:
        return QStringLiteral("cividis");
    case Kind::Diverging:
        return QStringLiteral("diverging");
    case Kind::Viridis:
        break;
    }
    return QStringLiteral("viridis");
}

QRgb ColorMap::rgbAt(double t) const
{
    if (std::isnan(t))
        return 0;
    const auto& stops = *m_stops;
    const double position = std::clamp(t, 0.0, 1.0) * static_cast<double>(stops.size() - 1);
    const auto lower = std::min(static_cast<std::size_t>(position), stops.size() - 2);
    const double weight = position - static_cast<double>(lower);
    const QRgb a = stops[lower];
    const QRgb b = stops[lower + 1];
    return qRgb(mix(qRed(a), qRed(b), weight), mix(qGreen(a), qGreen(b), weight),
                mix(qBlue(a), qBlue(b), weight));
}

QColor ColorMap::at(double t) const
{
    return std::isnan(t) ? QColor() : QColor::fromRgb(rgbAt(t));
}

} // namespace hopfield::ui
