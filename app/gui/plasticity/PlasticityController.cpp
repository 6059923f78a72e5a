#include "gui/plasticity/PlasticityController.h"

#include "plasticity/DatasetSource.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <exception>

namespace hopfield::app {

/// One training run: the trainer, the held-out images its unit views are drawn from, and
/// the wall-clock time the worker has spent on it (for the rate and the time left).
struct PlasticityController::Run {
    std::unique_ptr<PlasticityTrainer> trainer;
    Eigen::MatrixXf heldOut;
    double seconds = 0.0;
    int evaluatedEpoch = -1; ///< the last epoch whose measures were published
};

namespace {

PlasticityFrame frameOf(const PlasticityTrainer& trainer, double seconds)
{
    PlasticityFrame frame;
    frame.progress = trainer.progress();
    const double perEpoch =
        static_cast<double>(frame.progress.batchesTotal) / std::max(1, frame.progress.epochs);
    frame.epochs = static_cast<double>(frame.progress.batchesDone) / std::max(1.0, perEpoch);
    frame.finished = trainer.finished();
    const auto done = static_cast<double>(frame.progress.batchesDone);
    if (done > 0.0 && seconds > 0.0) {
        frame.samplesPerSecond = static_cast<double>(trainer.samplesTrained()) / seconds;
        frame.secondsLeft =
            static_cast<double>(frame.progress.batchesTotal - frame.progress.batchesDone) *
            seconds / done;
    }
    frame.weights = std::make_shared<const Eigen::MatrixXf>(trainer.weights());
    if (const BcmLayer<float>* layer = trainer.bcm()) {
        frame.theta.assign(layer->theta().begin(), layer->theta().end());
        frame.meanSquare.assign(layer->batchMeanSquare().begin(), layer->batchMeanSquare().end());
    }
    return frame;
}

} // namespace

PlasticityController::PlasticityController(QObject* parent)
    : QObject(parent), m_training(this), m_loader(this), m_baseline(this)
{
    connect(&m_training, &JobThread::busyChanged, this, &PlasticityController::runningChanged);
}

void PlasticityController::loadDataset(const QString& spec, const QString& dataDirectory)
{
    m_loader.start([this, spec, dataDirectory](const JobThread::Context& context) {
        try {
            auto dataset = std::make_shared<const Dataset>(
                DatasetSource::load(spec.toStdString(), dataDirectory.toStdString()));
            context.post([this, dataset, spec] { setDataset(dataset, spec); });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void PlasticityController::setDataset(std::shared_ptr<const Dataset> dataset, const QString& spec)
{
    reset();
    m_dataset = std::move(dataset);
    m_spec = spec;
    emit datasetReady(spec);
    computePixelReadout();
}

void PlasticityController::computePixelReadout()
{
    if (!m_dataset->labelled()) {
        m_baseline.cancel();
        return;
    }
    m_baseline.start([this, dataset = m_dataset](const JobThread::Context& context) {
        try {
            const double accuracy = pixelReadout(*dataset).accuracy;
            context.post([this, accuracy] { emit pixelAccuracyReady(accuracy); });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void PlasticityController::play(const PlasticitySettings& settings, int evaluateEvery)
{
    if (!m_dataset)
        return;
    if (!m_run)
        m_run = std::make_shared<Run>();
    m_hasRun = true;
    m_training.start([this, run = m_run, dataset = m_dataset, settings,
                      evaluateEvery =
                          std::max(1, evaluateEvery)](const JobThread::Context& context) {
        try {
            QElapsedTimer clock;
            clock.start();
            double counted = 0.0; // the part of clock already added to run->seconds
            const auto tally = [&] {
                const double now = static_cast<double>(clock.nsecsElapsed()) * 1e-9;
                run->seconds += now - counted;
                counted = now;
            };
            if (!run->trainer) {
                run->trainer = std::make_unique<PlasticityTrainer>(dataset, settings);
                run->heldOut = dataset->heldOutInputs();
            }
            PlasticityTrainer& trainer = *run->trainer;
            const auto publish = [&](bool evaluate) {
                tally();
                PlasticityFrame frame = frameOf(trainer, run->seconds);
                if (evaluate) {
                    run->evaluatedEpoch = frame.progress.epoch;
                    frame.measures = std::make_shared<const PlasticityMeasures>(trainer.measure());
                    frame.responses =
                        std::make_shared<const Eigen::MatrixXf>(trainer.responses(run->heldOut));
                    tally();
                }
                context.post([this, frame = std::move(frame)] { emit frameReady(frame); });
            };
            if (run->evaluatedEpoch < 0)
                publish(true); // the curves start from the untrained layer
            // Chunks of about kChunkSeconds: the batch count follows the measured rate.
            long long chunk = 1;
            QElapsedTimer sinceFrame;
            sinceFrame.start();
            while (!context.cancelled() && !trainer.finished()) {
                QElapsedTimer chunkClock;
                chunkClock.start();
                // A chunk stops at the next evaluation, so the measures fall on whole epochs.
                const TrainingProgress now = trainer.progress();
                const long long perEpoch = now.batchesTotal / std::max(1, now.epochs);
                const long long toEvaluation =
                    (run->evaluatedEpoch + evaluateEvery) * perEpoch - now.batchesDone;
                const bool done =
                    trainer.advance(std::clamp(toEvaluation, 1LL, chunk), *context.cancelFlag());
                const double seconds =
                    std::max(1e-6, static_cast<double>(chunkClock.nsecsElapsed()) * 1e-9);
                chunk = std::clamp<long long>(std::llround(chunk * kChunkSeconds / seconds), 1,
                                              std::max(1LL, 2 * chunk));
                if (context.cancelled())
                    break;
                const bool evaluate =
                    done || trainer.progress().epoch >= run->evaluatedEpoch + evaluateEvery;
                if (evaluate || sinceFrame.elapsed() >= 1000.0 / kFramesPerSecond) {
                    publish(evaluate);
                    sinceFrame.restart();
                }
            }
            tally();
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void PlasticityController::pause()
{
    m_training.cancel();
}

void PlasticityController::reset()
{
    m_training.cancel();
    m_run.reset();
    m_hasRun = false;
}

} // namespace hopfield::app
