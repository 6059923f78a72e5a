#include "gui/learning/BoltzmannController.h"

#include "gui/patterns/PatternResource.h"
#include "learning/BoltzmannLearning.h"
#include "learning/ExampleLearning.h"

#include <algorithm>
#include <exception>

namespace hopfield::app {

namespace {

SpinGrid spinsOf(const Pattern& pattern)
{
    const auto spins = pattern.spins();
    return SpinGrid(spins.begin(), spins.end());
}

/// Burn-in sweeps of each sample's chain: the trained model mixes within a few tens.
constexpr int kBurnIn = 50;

} // namespace

BoltzmannController::BoltzmannController(QObject* parent) : QObject(parent), m_thread(this)
{
    connect(&m_thread, &JobThread::busyChanged, this, &BoltzmannController::busyChanged);
}

void BoltzmannController::start(const BoltzmannSetup& setup)
{
    m_thread.start([this, setup](const JobThread::Context& context) {
        try {
            Rng rng(setup.seed);
            const PatternSet letters =
                loadPatterns(QStringLiteral(":/patterns/letters.txt"), setup.letters);
            const ExampleDataset dataset =
                generateExamples(letters, setup.examples, setup.quality, rng);
            const PatternSet data = allExamples(dataset);
            BoltzmannOptions options;
            options.learningRate = setup.learningRate;
            options.epochs = setup.epochs;
            const BoltzmannResult result =
                trainBoltzmann(data, options, rng, [&](int epoch, double error) {
                    const double done = static_cast<double>(epoch) / std::max(1, setup.epochs);
                    context.post(
                        [this, epoch, error, done] { emit epochDone(epoch, error, done); });
                    return !context.cancelled();
                });
            if (result.cancelled)
                return;
            const PatternSet samples =
                sampleBoltzmann(result.couplings, data, setup.samples, kBurnIn, rng);
            QVector<SpinGrid> dataShown;
            QVector<SpinGrid> samplesShown;
            // Data examples spread over the letters (the set is letter by letter).
            for (int k = 0; k < setup.samples; ++k) {
                dataShown.append(spinsOf(data[k * data.size() / setup.samples]));
                samplesShown.append(spinsOf(samples[k]));
            }
            const int width = data.width();
            const int height = data.height();
            context.post([this, width, height, dataShown, samplesShown] {
                emit samplesReady(width, height, dataShown, samplesShown);
            });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void BoltzmannController::cancel()
{
    m_thread.cancel();
}

} // namespace hopfield::app
