#pragma once

#include "gui/common/JobThread.h"
#include "gui/document/ControlIds.h"
#include "plasticity/SingleNeuronExperiment.h"

#include <QWidget>
#include <memory>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace hopfield::ui {
class XYChartView;
}

namespace hopfield::app {

/// The classic BCM experiment (Bienenstock, Cooper and Munro 1982): one linear neuron
/// shown two overlapping patterns at random ends selective to one of them.  Its weights
/// travel in the (w1, w2) plane to a fixed point where y = theta for one pattern and
/// y = 0 for the other; the lines w . x_p = theta (final theta) and the four fixed points
/// of one neuron (two stable, selective; 0 and the unselective one unstable) are drawn
/// with the path.  With K neurons and s < 0 each picks its own pattern.  The run is small
/// (milliseconds) but still done in the worker.
class SingleNeuronPanel : public QWidget {
    Q_OBJECT
public:
    explicit SingleNeuronPanel(QWidget* parent = nullptr);

    void run();
    /// The experiment's settings under their ids, for lessons (LessonControls).
    QList<LessonControl> lessonControls() const;
    ui::XYChartView* plane() const noexcept { return m_plane; }
    ui::XYChartView* history() const noexcept { return m_history; }
    QString resultText() const;

signals:
    void finished();

private:
    void showExperiment(const std::shared_ptr<const SingleNeuronExperiment>& experiment);

    JobThread m_thread;
    QSpinBox* m_neurons;
    QDoubleSpinBox* m_overlap;
    QDoubleSpinBox* m_lateral;
    QDoubleSpinBox* m_memory;
    QSpinBox* m_steps;
    QSpinBox* m_seed;
    QLabel* m_result;
    ui::XYChartView* m_plane;
    ui::XYChartView* m_history;
};

} // namespace hopfield::app
