#include "gui/retrieval/view/RetrievalLandscapePanel.h"

#include "HeatMapView.h"
#include "Palette.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <cmath>

namespace hopfield::app {
namespace {

/// The heat map's cells are centred on the samples: a sample grid over [x0, x1] becomes
/// nx cells over [x0 - dx/2, x1 + dx/2].
ui::HeatMapGrid heatMapGrid(const ContourGrid& samples)
{
    ui::HeatMapGrid grid;
    grid.nx = samples.nx;
    grid.ny = samples.ny;
    const double dx = (samples.x1 - samples.x0) / (samples.nx - 1);
    const double dy = (samples.y1 - samples.y0) / (samples.ny - 1);
    grid.x0 = samples.x0 - dx / 2.0;
    grid.x1 = samples.x1 + dx / 2.0;
    grid.y0 = samples.y0 - dy / 2.0;
    grid.y1 = samples.y1 + dy / 2.0;
    grid.values = samples.values;
    return grid;
}

/// "A" (retrieval), "-A" (reversed), "A+I-M" (mixture), with a real minus sign: short enough to sit
/// beside a marker; the legend says what they are.
QString shortName(const StationaryPoint& point, const std::vector<std::string>& names)
{
    QString text;
    for (std::size_t k = 0; k < point.patterns.size(); ++k) {
        const auto mu = static_cast<std::size_t>(point.patterns[k]);
        const QString name =
            mu < names.size() ? QString::fromStdString(names[mu]) : QString::number(mu + 1);
        if (point.signs[k] < 0)
            text += QChar(0x2212);
        else if (k > 0)
            text += QLatin1Char('+');
        text += name;
    }
    return text.isEmpty() ? QStringLiteral("m = 0") : text;
}

/// The plane spans [-kRange, kRange]^2: overlaps reach +-1, and the names beside the
/// minima at +-1 need room inside the plot.
constexpr double kRange = 1.35;

QColor contourColour()
{
    return QColor(255, 255, 255, 150);
}

} // namespace

RetrievalLandscapePanel::RetrievalLandscapePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("landscapePanel"));
    m_x = new QComboBox;
    m_x->setObjectName(QStringLiteral("landscapeXComboBox"));
    m_y = new QComboBox;
    m_y->setObjectName(QStringLiteral("landscapeYComboBox"));
    m_slice = new QComboBox;
    m_slice->setObjectName(QStringLiteral("landscapeSliceComboBox"));
    m_slice->setToolTip(tr("A third pattern: the plane becomes the slice of f(m\u2081, m\u2082, "
                           "m\u2083) through the symmetric mixture of the three"));
    for (QComboBox* box : {m_x, m_y, m_slice}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::activated, this, &RetrievalLandscapePanel::requestLandscape);
    }
    m_view = new ui::HeatMapView;
    m_view->setObjectName(QStringLiteral("landscapeView"));
    m_view->setColorMap(ui::ColorMap::Kind::Viridis);
    m_view->setAspectLocked(true);
    m_view->setToolTip(
        tr("<p style='white-space:pre-wrap'>Mean-field free energy per neuron (Amit, Gutfreund, "
           "Sompolinsky 1985), f(m) = \u00bd \u03a3 m<sub>\u03bc</sub><sup>2</sup> \u2212 T "
           "\u27e8ln 2cosh(\u03b2 m\u00b7\u03be)\u27e9<sub>\u03be</sub>, the average over the "
           "neurons i of the patterns actually stored (\u03be = \u03be<sub>i</sub>), with the "
           "overlaps with the other stored patterns at 0. Correlated patterns put the minima "
           "off the axes, where the network goes. Circles: minima; crosses: saddles. The line is "
           "the network's path (m\u2081(t), m\u2082(t)).</p>"));
    // Narrow enough for the verdict column at 1024 px (30 characters): the view then puts
    // its colour bar under the plot and wraps its title (issue 11).
    m_view->setMinimumSize(160, 240);

    // Two rows, so the verdict column can be narrow (issue 11, item 7).
    auto* choices = new QGridLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(new QLabel(tr("m\u2081:")), 0, 0);
    choices->addWidget(m_x, 0, 1);
    choices->addWidget(new QLabel(tr("m\u2082:")), 0, 2);
    choices->addWidget(m_y, 0, 3);
    choices->addWidget(new QLabel(tr("slice:")), 1, 0);
    choices->addWidget(m_slice, 1, 1, 1, 3, Qt::AlignLeft);
    choices->setColumnStretch(4, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(choices);
    layout->addWidget(m_view, 1);
    // A key under the plot, not a legend in it: every corner of the plane may hold a minimum.
    auto* key =
        new QLabel(tr("<span style='color:%1'>\u25cf</span> minima, named \u00b7 "
                      "\u2715 saddles \u00b7 <span style='color:%2'>\u2014</span> "
                      "the network's path, \u25c6 now")
                       .arg(ui::palette::highlight().name(), ui::palette::series(3).name()));
    key->setAlignment(Qt::AlignHCenter);
    key->setWordWrap(true); // a narrow verdict column wraps it instead of widening

    layout->addWidget(key);
}

void RetrievalLandscapePanel::setPatterns(const QStringList& names,
                                          const QVector<QVector<qint8>>& stored, int x, int y,
                                          int slice)
{
    if (names == m_names && stored == m_stored)
        return;
    m_names = names;
    m_stored = stored;
    const QSignalBlocker blocks[] = {QSignalBlocker(m_x), QSignalBlocker(m_y),
                                     QSignalBlocker(m_slice)};
    m_x->clear();
    m_y->clear();
    m_slice->clear();
    m_x->addItems(names);
    m_y->addItems(names);
    m_slice->addItem(tr("none"));
    m_slice->addItems(names);
    m_x->setCurrentIndex(x);
    m_y->setCurrentIndex(y);
    m_slice->setCurrentIndex(slice + 1);
    requestLandscape();
}

void RetrievalLandscapePanel::setTemperature(double temperature)
{
    if (temperature == m_temperature)
        return;
    m_temperature = temperature;
    requestLandscape();
}

int RetrievalLandscapePanel::xPattern() const
{
    return m_x->currentIndex();
}

int RetrievalLandscapePanel::yPattern() const
{
    return m_y->currentIndex();
}

int RetrievalLandscapePanel::slicePattern() const
{
    return m_slice->currentIndex() - 1;
}

FreeEnergyLandscapeSpec RetrievalLandscapePanel::spec() const
{
    FreeEnergyLandscapeSpec spec;
    spec.temperature = m_temperature;
    spec.patterns = slicePattern() >= 0 ? 3 : 2;
    spec.range = kRange;
    if (m_stored.isEmpty())
        return spec;
    std::vector<int> axes = {xPattern(), yPattern()};
    if (spec.patterns == 3)
        axes.push_back(slicePattern());
    const auto neurons = static_cast<Eigen::Index>(m_stored.front().size());
    spec.sites.resize(spec.patterns, neurons);
    for (int row = 0; row < spec.patterns; ++row) {
        const QVector<qint8>& pattern = m_stored.at(axes[static_cast<std::size_t>(row)]);
        for (Eigen::Index i = 0; i < neurons; ++i)
            spec.sites(row, i) = pattern[static_cast<int>(i)];
    }
    return spec;
}

void RetrievalLandscapePanel::requestLandscape()
{
    if (m_names.size() < 2)
        return;
    emit landscapeRequested(spec());
}

void RetrievalLandscapePanel::showLandscape(const RetrievalLandscapeResult& result)
{
    const FreeEnergyLandscapeSpec wanted = spec();
    const bool sameSites = result.spec.sites.rows() == wanted.sites.rows() &&
                           result.spec.sites.cols() == wanted.sites.cols() &&
                           result.spec.sites == wanted.sites;
    if (result.spec.patterns != wanted.patterns || result.spec.temperature != wanted.temperature ||
        !sameSites)
        return; // an answer to an older question
    const FreeEnergyLandscape& landscape = result.landscape;
    m_view->setGrid(heatMapGrid(landscape.grid));
    // Which theory is drawn: the stored patterns' own f, or the random-pattern one.
    QString title = wanted.sites.size() > 0
                        ? tr("f of stored \u03be, T = %1").arg(m_temperature, 0, 'f', 2)
                        : tr("f of random \u03be, T = %1").arg(m_temperature, 0, 'f', 2);
    if (wanted.patterns == 3)
        title +=
            tr(", m(%1) = %2").arg(m_names.value(slicePattern())).arg(landscape.slice, 0, 'f', 2);
    m_view->setLabels({title, tr("m(%1)").arg(m_names.value(xPattern())),
                       tr("m(%1)").arg(m_names.value(yPattern())), tr("f per neuron")});

    m_contours.clear();
    for (const auto& lines : landscape.contours)
        for (const ContourPolyline& line : lines) {
            ui::PlotLine plotLine;
            for (const ContourPoint& point : line)
                plotLine.points.append(QPointF(point.x, point.y));
            plotLine.color = contourColour();
            plotLine.width = 1.0;
            m_contours.push_back(std::move(plotLine));
        }

    std::vector<std::string> names = {m_names.value(xPattern()).toStdString(),
                                      m_names.value(yPattern()).toStdString()};
    if (wanted.patterns == 3)
        names.push_back(m_names.value(slicePattern()).toStdString());
    m_points.clear();
    for (const StationaryPoint& point : landscape.stationaryPoints) {
        ui::PlotMarker marker;
        marker.position = QPointF(point.overlaps(0), point.overlaps(1));
        if (point.kind == StationaryKind::Minimum) {
            marker.shape = ui::MarkerShape::Circle;
            marker.color = ui::palette::highlight();
            marker.text = shortName(point, names);
        } else if (point.kind == StationaryKind::Saddle) {
            marker.shape = ui::MarkerShape::Cross;
            marker.color = Qt::white;
            marker.size = 8.0;
        } else {
            continue;
        }
        m_points.push_back(marker);
    }
    showOverlay();
}

void RetrievalLandscapePanel::showTrajectory(const RetrievalHistory& history, int shown)
{
    m_path.clear();
    const int x = xPattern();
    const int y = yPattern();
    const int last = shown < 0 ? history.size() - 1 : shown;
    for (int index = 0; index <= last; ++index) {
        const QVector<double>& overlaps = history.at(index).overlaps;
        if (x < overlaps.size() && y < overlaps.size())
            m_path.append(QPointF(overlaps[x], overlaps[y]));
    }
    showOverlay();
}

void RetrievalLandscapePanel::showOverlay()
{
    ui::PlotOverlay overlay;
    overlay.lines = m_contours;
    overlay.markers = m_points;
    if (!m_path.isEmpty()) {
        ui::PlotLine path;
        path.points = m_path;
        path.color = ui::palette::series(3);
        path.width = 2.5;
        overlay.lines.push_back(path);
        ui::PlotMarker now;
        now.position = m_path.last();
        now.shape = ui::MarkerShape::Diamond;
        now.color = ui::palette::series(3);
        overlay.markers.push_back(now);
    }
    m_view->setOverlay(std::move(overlay));
}

} // namespace hopfield::app
