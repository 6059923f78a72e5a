#include "gui/generative/RbmController.h"

#include "core/Corruption.h"
#include "discrete/HopfieldModel.h"
#include "generative/RestrictedBoltzmannMachine.h"
#include "gui/generative/LiveFrames.h"
#include "gui/patterns/PatternResource.h"

#include <QThread>
#include <algorithm>
#include <cmath>
#include <exception>

namespace hopfield::app {

namespace {

/// Samples kept in a frame's gallery, and block Gibbs steps between two training samples.
constexpr int kGallerySamples = 6;
constexpr int kSampleSteps = 20;
/// Training frames (weights and samples) every this many epochs.
constexpr int kTrainingFrameEvery = 5;

QVector<QVector<float>> weightImages(const RestrictedBoltzmannMachine& machine)
{
    QVector<QVector<float>> images;
    for (int mu = 0; mu < machine.hiddenUnits(); ++mu) {
        const std::vector<double> w = machine.weightImage(mu);
        double largest = 1e-12;
        for (double value : w)
            largest = std::max(largest, std::abs(value));
        QVector<float> image;
        for (double value : w)
            image.append(static_cast<float>(value / largest));
        images.append(image);
    }
    return images;
}

PatternSet trainingData(RbmData data)
{
    if (data == RbmData::BarsAndStripes)
        return barsAndStripes();
    return loadPatterns(
        QStringLiteral(":/patterns/letters.txt"),
        {QStringLiteral("A"), QStringLiteral("E"), QStringLiteral("X"), QStringLiteral("O")});
}

} // namespace

PatternSet barsAndStripes()
{
    constexpr int kSide = 4;
    PatternSet set(kSide, kSide);
    // Bit b of `code` is row b (stripes) or column b (bars); the all-equal images come
    // once each, so 2 x 16 - 2 = 30 images.
    for (int bars = 0; bars < 2; ++bars)
        for (int code = 0; code < (1 << kSide); ++code) {
            if (bars == 1 && (code == 0 || code == (1 << kSide) - 1))
                continue;
            Pattern pattern(kSide, kSide);
            for (int y = 0; y < kSide; ++y)
                for (int x = 0; x < kSide; ++x)
                    pattern.set(x, y, ((code >> (bars == 1 ? x : y)) & 1) != 0 ? 1 : -1);
            set.add(pattern);
        }
    return set;
}

RbmController::RbmController(QObject* parent) : QObject(parent), m_run(this), m_train(this)
{
    connect(&m_train, &JobThread::busyChanged, this, &RbmController::trainingBusyChanged);
}

void RbmController::run(const RbmLiveSetup& setup)
{
    m_run.start([this, setup](const JobThread::Context& context) {
        try {
            const PatternSet stored =
                loadPatterns(QStringLiteral(":/patterns/letters.txt"), setup.letters);
            Rng rng(setup.seed);
            HopfieldModel hopfield(HopfieldNetwork(stored), UpdateMode::RandomAsync,
                                   setup.temperature);
            RestrictedBoltzmannMachine machine =
                RestrictedBoltzmannMachine::fromPatterns(stored, 1.0 / setup.temperature);
            const Pattern start = flipExactly(stored[0], setup.noise, rng);
            hopfield.setState(start.spins());
            machine.setState(start.spins());
            RbmFrame frame;
            frame.width = stored.width();
            frame.height = stored.height();
            frame.weights = weightImages(machine);
            for (int step = 0; step <= setup.steps && !context.cancelled(); ++step) {
                if (step > 0) {
                    QThread::msleep(live::kFrameMilliseconds);
                    // One sweep of the network against one block Gibbs step of the machine.
                    hopfield.step(1, rng);
                    machine.step(1, rng);
                }
                frame.step = step;
                frame.hopfield = live::spins(hopfield.state());
                frame.visible = live::spins(machine.state());
                frame.hopfieldOverlaps = live::values(hopfield.overlaps());
                frame.hiddenOverlaps = live::values(machine.overlaps());
                if (step % 10 == 0) {
                    frame.samples.prepend(frame.visible);
                    frame.samples.resize(std::min<int>(frame.samples.size(), kGallerySamples));
                }
                frame.finished = step == setup.steps;
                context.post([this, frame] { emit frameReady(frame); });
            }
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void RbmController::stopRun()
{
    m_run.cancel();
}

void RbmController::train(const RbmTrainSetup& setup)
{
    m_train.start([this, setup](const JobThread::Context& context) {
        try {
            const PatternSet data = trainingData(setup.data);
            Rng rng(setup.seed);
            RestrictedBoltzmannMachine machine = RestrictedBoltzmannMachine::random(
                data.neurons(), setup.hidden, HiddenUnits::Binary, 0.01, 1.0, rng);
            ContrastiveDivergenceOptions options;
            options.variant = setup.variant;
            options.k = setup.k;
            options.epochs = setup.epochs;
            options.learningRate = setup.learningRate;
            Rng sampler(setup.seed + 1); // the samples shown leave the training's draws alone
            const auto observe = [&](const CdEpoch& point, const RestrictedBoltzmannMachine& now) {
                const double done = static_cast<double>(point.epoch) / std::max(1, setup.epochs);
                context.post([this, point, done] {
                    emit epochDone(point.epoch, point.logLikelihood, point.reconstructionError,
                                   done);
                });
                if (point.epoch % kTrainingFrameEvery == 0 || point.epoch == setup.epochs) {
                    RbmFrame frame;
                    frame.width = data.width();
                    frame.height = data.height();
                    frame.step = point.epoch;
                    frame.weights = weightImages(now);
                    // Independent chains from random states, each kSampleSteps Gibbs steps.
                    RestrictedBoltzmannMachine chain = now;
                    for (int k = 0; k < kGallerySamples; ++k) {
                        chain.setState(
                            randomPatterns(data.width(), data.height(), 1, 0.0, sampler)[0]
                                .spins());
                        chain.step(kSampleSteps, sampler);
                        frame.samples.append(live::spins(chain.state()));
                    }
                    frame.finished = point.epoch == setup.epochs;
                    context.post([this, frame] { emit frameReady(frame); });
                }
                return !context.cancelled();
            };
            const CdResult result =
                trainContrastiveDivergence(machine, data, options, rng, observe);
            if (!result.cancelled)
                context.post([this] { emit trainingDone(); });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void RbmController::cancelTraining()
{
    m_train.cancel();
}

} // namespace hopfield::app
