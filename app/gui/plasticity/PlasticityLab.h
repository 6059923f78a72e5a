#pragma once

#include "gui/document/ControlIds.h"
#include "gui/plasticity/PlasticityController.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace hopfield::app {

class HintPanel;
class PlasticityControls;
class PlasticityCurves;
class PlasticitySweepPanel;
class ReceptiveFieldPanel;
class SingleNeuronPanel;

/// The "Plasticity" lab (issue 12, views): a layer of BCM neurons with lateral
/// connections, or Krotov and Hopfield's competing hidden units, learning real handwritten
/// digits (the bundled 10,000 MNIST images, an IDX file or a CIFAR-10 batch) while the
/// student watches: the receptive fields form live, the threshold follows <y^2>, the
/// selectivity, overlapping index and read-out accuracy are measured every few epochs; the
/// classic single-neuron experiment in the (w1, w2) plane; sweeps over gamma and s.
/// Wiring and drawing only: PlasticityController's worker does every number.
class PlasticityLab : public QWidget {
    Q_OBJECT
public:
    explicit PlasticityLab(QWidget* parent = nullptr);

    /// Loads a dataset by its DatasetSource spec ("digits", an IDX path, "cifar:PATH");
    /// a failure keeps the current data and shows the reader's message.
    void openDataset(const QString& spec);
    void play();
    void pause();
    void reset();
    /// Starts what the view on show computes: the single-neuron experiment, the sweep, or
    /// (on the fields and the curves) training afresh; the last two wait for the data.
    void runView();
    /// Every control a lesson may set, hide or lock, under its id.
    QList<LessonControl> lessonControls() const;
    /// A lesson's notes at the top of the side column; hidden without a lesson.
    HintPanel* hints() const noexcept { return m_hints; }

    PlasticityController& controller() noexcept { return m_controller; }
    PlasticityControls* controls() const noexcept { return m_controls; }
    ReceptiveFieldPanel* fields() const noexcept { return m_fields; }
    PlasticityCurves* curves() const noexcept { return m_curves; }
    SingleNeuronPanel* singleNeuron() const noexcept { return m_singleNeuron; }
    PlasticitySweepPanel* sweep() const noexcept { return m_sweep; }
    QTabWidget* views() const noexcept { return m_views; }
    QString statusText() const;
    QString datasetText() const;
    /// Frames shown since the last reset (a test hook).
    int framesShown() const noexcept { return m_frames; }

signals:
    /// The run's last frame has been shown (the screenshot moment).
    void finished();

private:
    QWidget* buildSide();
    void chooseDataset(int index);
    void onDatasetReady(const QString& spec);
    void onFrame(const PlasticityFrame& frame);
    void onRunning(bool running);
    void setStatus(const QString& text);

    PlasticityController m_controller;
    HintPanel* m_hints;
    QComboBox* m_dataChoice;
    QLabel* m_dataFacts;
    PlasticityControls* m_controls;
    QPushButton* m_play;
    QPushButton* m_reset;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTabWidget* m_views;
    ReceptiveFieldPanel* m_fields;
    PlasticityCurves* m_curves;
    SingleNeuronPanel* m_singleNeuron;
    PlasticitySweepPanel* m_sweep;
    int m_frames = 0;
    int m_shownDataChoice = 0;
};

} // namespace hopfield::app
