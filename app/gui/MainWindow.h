#pragma once

#include "Demo.h"
#include "OverlapSeries.h"
#include "RetrievalController.h"

#include <QMainWindow>

class QLabel;
class QLayout;

namespace hopfield::ui {
class NeuronGridView;
class PatternGallery;
class StatusBadge;
class TimeSeriesChartView;
} // namespace hopfield::ui

namespace hopfield::app {

class RetrievalToolBar;

/// The live retrieval window: stored patterns on the left, the start state and the
/// network state in the middle, overlaps and energy on the right.  Wiring only: the
/// controller runs the network, the views draw what it publishes.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Opens on `demo`, running at once when `play` is true.
    explicit MainWindow(const Demo& demo, bool play = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    void loadDemo(const Demo& demo, bool play);
    RetrievalController& controller() noexcept { return m_controller; }

private:
    QLayout* buildGrids();
    QWidget* buildVerdict();
    QLayout* buildCharts();
    void buildMenus();
    void showScene(const RetrievalScene& scene);
    void showFrame(const RetrievalFrame& frame);
    void showFailure(const QString& message);
    void showNetworkFacts();

    // A member, not a child object: members die before the QMainWindow base deletes the
    // views, so the worker thread is joined while everything it feeds still exists.
    RetrievalController m_controller;
    Demo m_demo;
    RetrievalScene m_scene;
    OverlapSeries m_overlapSeries{{}, -1};
    double m_lastTime = 0.0;

    RetrievalToolBar* m_toolBar;
    QLabel* m_title;
    QLabel* m_description;
    ui::PatternGallery* m_gallery;
    ui::NeuronGridView* m_startView;
    ui::NeuronGridView* m_stateView;
    ui::StatusBadge* m_badge;
    QLabel* m_progress;
    ui::TimeSeriesChartView* m_overlapChart;
    ui::TimeSeriesChartView* m_energyChart;
    QLabel* m_facts;
    QLabel* m_speed;
};

} // namespace hopfield::app
