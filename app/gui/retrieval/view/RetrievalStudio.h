#pragma once

#include "gui/common/JobThread.h"
#include "gui/document/ControlIds.h"
#include "gui/retrieval/RetrievalController.h"
#include "gui/retrieval/RetrievalLandscapeController.h"
#include "gui/retrieval/demos/Demo.h"
#include "gui/retrieval/run/OverlapSeries.h"
#include "gui/retrieval/run/RetrievalHistory.h"
#include "gui/retrieval/run/RetrievalSeriesRecord.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QBoxLayout;
class QGridLayout;
class QLabel;
class QMenu;
class QTabWidget;

namespace hopfield::ui {
class NeuronGridView;
class OverlapBarsView;
class PatternGallery;
class StatusBadge;
class TimeBar;
class TimeSeriesChartView;
} // namespace hopfield::ui

namespace hopfield::app {

class RetrievalControls;
class RetrievalLandscapePanel;
class RetrievalTrialsPanel;

/// The retrieval studio, the first tab of the window: side panels on the left (the run's
/// settings and trials; more panels plug in with addSidePanel), the stored patterns, the
/// start and the live network, the verdict and the overlap bars, the overlap and energy
/// curves, and the always-visible time bar at the bottom.  Wiring only: the controller
/// runs the network in its worker thread, the views draw the frames it publishes, and the
/// last RetrievalHistory::kDefaultCapacity frames are kept here to step back through.
class RetrievalStudio : public QWidget {
    Q_OBJECT
public:
    explicit RetrievalStudio(QWidget* parent = nullptr);
    ~RetrievalStudio() override;

    RetrievalController& controller() noexcept { return m_controller; }
    const Demo& demo() const noexcept { return m_demo; }
    /// The live network's view (for FrameRateMeter, which counts its paints).
    QWidget* stateView() const noexcept;
    const RetrievalHistory& history() const noexcept { return m_history; }
    /// The history frame on view, or -1 while following the run live.
    int shownFrame() const noexcept { return m_shown; }
    ui::TimeBar* timeBar() const noexcept { return m_timeBar; }
    RetrievalLandscapePanel* landscape() const noexcept { return m_landscape; }
    RetrievalLandscapeController& landscapes() noexcept { return m_landscapes; }

    /// A page in the side column, after the "Run" page (e.g. the pattern library).
    void addSidePanel(QWidget* panel, const QString& title);
    /// The plain-language status: N, P, load, rule, T, seed.
    QString networkFacts() const;
    /// Its controls a lesson may hide or lock (the settings, the speed, the side panels).
    QList<LessonControl> lessonControls() const;
    /// The description under the title: the demo's own text, or what is loaded now.
    QString descriptionText() const;

    /// The views that export as figures.
    enum class Figure { Landscape, OverlapBars, NetworkState, OverlapChart, EnergyChart, Studio };
    /// Writes a view as PNG (at `dpi`), SVG or PDF, chosen by the extension (ui::figure);
    /// returns an empty string, or what went wrong.
    QString exportFigure(Figure figure, const QString& path, double dpi);
    /// Writes t, E/N and the charted overlaps of the run as CSV (ui::csv).
    QString exportSeries(const QString& path) const;
    const RetrievalSeriesRecord& series() const noexcept { return m_series; }
    /// Starts writing the kept history of the network state as a looping animated GIF
    /// (RunAnimation) on a worker thread; runAnimationWritten tells how it ended.
    void exportRunAnimation(const QString& path);
    /// Adds "Export ..." actions for every view, with file dialogs, to `menu`.
    void addExportActions(QMenu* menu);

public slots:
    /// Opens a demo (or a lesson's setup): its title and description, and its run, taken
    /// up where `resume` stood when given (a saved session).
    void loadDemo(const hopfield::app::Demo& demo, bool play,
                  const std::optional<hopfield::app::RunResume>& resume = std::nullopt);
    /// A new run from `setup` with the current title (patterns or a session edited it).
    void loadSetup(const hopfield::app::RetrievalSetup& setup, bool play,
                   const std::optional<hopfield::app::RunResume>& resume = std::nullopt);
    void togglePlay();
    void stepSweep();
    void stepSpin();
    /// Pauses and shows the frame before the one on view.
    void stepBack();
    /// Pauses and shows history frame `index` (the newest: live again).
    void showHistoryFrame(int index);
    /// Back to the start; clears the history, the curves and the trial counts.
    void resetAll();

signals:
    /// The title or the network facts changed (for the window title and status bar).
    void titleChanged(const QString& title);
    void factsChanged(const QString& facts);
    /// An animated GIF export ended: `error` is empty, or what went wrong (nothing has run
    /// yet, an unwritable path).
    void runAnimationWritten(const QString& path, const QString& error);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The side and verdict columns' widths, in characters of the current font, shared
    /// out by the studio's width.
    void fitColumns();
    QWidget* buildSideColumn();
    QWidget* buildGrids();
    QWidget* buildVerdict();
    QWidget* buildCharts();
    void connectTimeBar();
    void connectControls();
    void showScene(const RetrievalScene& scene);
    void onFrame(const RetrievalFrame& frame);
    void onSweepEnds(const QVector<RetrievalFrame>& sweepEnds);
    /// Keeps `frame` in the history and the curves (not on view).
    void record(const RetrievalFrame& frame);
    void present(const RetrievalFrame& frame);
    void showFailure(const QString& message);
    void clearCurves();
    /// Redraws the charts from the series record (after the run went back in time).
    void replayCharts();
    QWidget* figureWidget(Figure figure);
    /// A menu action that asks for a file (of `filter`) and writes it with `write`, which
    /// returns an empty string or the message to show.
    QAction* addFileExport(QMenu* menu, const QString& text, const QString& filter,
                           std::function<QString(const QString&)> write);
    /// The file an export goes to, asked of the user; empty if they cancelled.
    QString askExportPath(const QString& filter);
    void appendToCurves(const RetrievalFrame& frame);
    void showHistoryPosition();
    /// Before play or a step from a frame in the past: the run goes back there.
    void resumeFromShownFrame();
    void setSpeedPosition(int position);

    // A member, not a child object: members die before the QWidget base deletes the
    // views, so the worker thread is joined while everything it feeds still exists.
    RetrievalController m_controller;
    RetrievalLandscapeController m_landscapes;
    JobThread m_exportThread; ///< the GIF export: rendering and LZW take seconds
    Demo m_demo;
    /// The stored patterns of the demo's first scene, which its description is about.
    std::optional<QVector<QVector<qint8>>> m_demoPatterns;
    RetrievalScene m_scene;
    OverlapSeries m_overlapSeries{{}, -1};
    RetrievalHistory m_history;
    RetrievalSeriesRecord m_series;
    int m_shown = -1;
    double m_lastTime = 0.0;

    QTabWidget* m_sidePanels = nullptr;
    QWidget* m_verdict = nullptr;
    QWidget* m_runPage = nullptr;   ///< the run controls inside the side column's scroll
    QBoxLayout* m_middle = nullptr; ///< the column between them, which takes what is left
    RetrievalControls* m_controls;
    RetrievalTrialsPanel* m_trials;
    ui::PatternGallery* m_gallery;
    ui::NeuronGridView* m_startView;
    ui::NeuronGridView* m_stateView;
    QLabel* m_title;
    QLabel* m_description;
    ui::StatusBadge* m_badge;
    QLabel* m_progress;
    ui::OverlapBarsView* m_bars;
    QGridLayout* m_chartGrid;
    ui::TimeSeriesChartView* m_overlapChart;
    ui::TimeSeriesChartView* m_energyChart;
    RetrievalLandscapePanel* m_landscape;
    ui::TimeBar* m_timeBar;
};

} // namespace hopfield::app
