#pragma once

#include "PlotOverlay.h"
#include "gui/retrieval/RetrievalLandscapeController.h"
#include "gui/retrieval/run/RetrievalHistory.h"

#include <QStringList>
#include <QWidget>

class QComboBox;

namespace hopfield::ui {
class HeatMapView;
} // namespace hopfield::ui

namespace hopfield::app {

/// The discrete energy landscape: the mean-field free energy f(m1, m2) at the run's T for
/// two chosen patterns (or three, on a slice through their symmetric mixture) as a heat
/// map with contours, its minima marked and named, and the live trajectory (m1(t), m2(t))
/// of the network on top.  f is that of the patterns actually stored (their correlations
/// move the minima off the axes, to where the network goes); without them, the theory of
/// independent random patterns.  The title says which.  It asks for landscapes (landscapeRequested)
/// and draws the ones it is given; the computing happens in RetrievalLandscapeController's thread.
class RetrievalLandscapePanel : public QWidget {
    Q_OBJECT
public:
    explicit RetrievalLandscapePanel(QWidget* parent = nullptr);

    /// New stored patterns (their names and spins; no spins: the random-pattern theory),
    /// with the patterns to show first on the axes and the slice (-1: none).  The same
    /// patterns keep the user's choice.
    void setPatterns(const QStringList& names, const QVector<QVector<qint8>>& stored, int x, int y,
                     int slice);
    void setTemperature(double temperature);
    /// The landscape for the current choice; answers to older requests are ignored.
    void showLandscape(const hopfield::app::RetrievalLandscapeResult& result);
    /// The run's path over the plane: frames 0..shown of the history.
    void showTrajectory(const RetrievalHistory& history, int shown);

    /// The current request, and the pattern on each axis (slice: -1 for none).
    FreeEnergyLandscapeSpec spec() const;
    int xPattern() const;
    int yPattern() const;
    int slicePattern() const;
    ui::HeatMapView* view() const { return m_view; }

signals:
    void landscapeRequested(const hopfield::FreeEnergyLandscapeSpec& spec);

private:
    void requestLandscape();
    void showOverlay();

    QStringList m_names;
    QVector<QVector<qint8>> m_stored;
    double m_temperature = 0.0;
    QComboBox* m_x;
    QComboBox* m_y;
    QComboBox* m_slice;
    ui::HeatMapView* m_view;
    std::vector<ui::PlotLine> m_contours;
    std::vector<ui::PlotMarker> m_points;
    QPolygonF m_path;
};

} // namespace hopfield::app
