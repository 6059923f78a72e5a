#pragma once

#include "gui/common/JobThread.h"
#include "gui/plasticity/PlasticityFrame.h"
#include "plasticity/Dataset.h"
#include "plasticity/PlasticityTrainer.h"

#include <QObject>
#include <QString>
#include <memory>

namespace hopfield::app {

/// The plasticity lab's worker side: loads datasets and trains one layer in a JobThread.
/// A run is a PlasticityTrainer advanced in chunks of about kChunkSeconds of compute,
/// publishing a PlasticityFrame at most kFramesPerSecond times a second and the measures
/// (selectivity, overlap index, read-out) every `evaluateEvery` epochs and at the end.
/// Pause cancels the job but keeps the trainer, so Play continues where it stopped;
/// Reset drops it.  The trainer is only ever touched by the worker thread (jobs run one
/// after the other there), never by the GUI.
class PlasticityController : public QObject {
    Q_OBJECT
public:
    static constexpr double kChunkSeconds = 0.03;
    static constexpr double kFramesPerSecond = 20.0;

    explicit PlasticityController(QObject* parent = nullptr);

    /// Loads `spec` (see DatasetSource: "digits", FILE, "cifar:FILE") in the loader
    /// thread; datasetReady on success, failed with the reader's one-line message
    /// otherwise (the current dataset stays).
    void loadDataset(const QString& spec, const QString& dataDirectory);
    /// Uses `dataset` (loaded, or a small set for a test): resets the run, emits
    /// datasetReady and computes the raw-pixel read-out in the background.
    void setDataset(std::shared_ptr<const Dataset> dataset, const QString& spec);
    const std::shared_ptr<const Dataset>& dataset() const noexcept { return m_dataset; }
    const QString& datasetSpec() const noexcept { return m_spec; }

    /// Starts training with `settings` (a new run after reset(), else the current run
    /// continues and `settings` are ignored).
    void play(const PlasticitySettings& settings, int evaluateEvery = 1);
    void pause();
    /// Stops and forgets the run.
    void reset();
    bool isRunning() const noexcept { return m_training.isBusy(); }
    /// True once a run exists (started and not reset).
    bool hasRun() const noexcept { return m_hasRun; }
    bool isLoading() const noexcept { return m_loader.isBusy(); }

signals:
    void datasetReady(const QString& spec);
    /// The raw-pixel ridge read-out of the current dataset's held-out split.
    void pixelAccuracyReady(double accuracy);
    void frameReady(const hopfield::app::PlasticityFrame& frame);
    void runningChanged(bool running);
    void failed(const QString& message);

private:
    struct Run; // the trainer and its clock, owned by the worker's jobs
    void computePixelReadout();

    JobThread m_training;
    JobThread m_loader;
    JobThread m_baseline;
    std::shared_ptr<const Dataset> m_dataset;
    QString m_spec;
    std::shared_ptr<Run> m_run;
    bool m_hasRun = false;
};

} // namespace hopfield::app
