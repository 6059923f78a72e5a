#include "gui/learning/ExampleCurveController.h"

#include "core/Corruption.h"

#include <exception>

namespace hopfield::app {

ExampleCurveController::ExampleCurveController(QObject* parent) : QObject(parent), m_thread(this)
{
    connect(&m_thread, &JobThread::busyChanged, this, &ExampleCurveController::busyChanged);
}

void ExampleCurveController::start(const ExampleCurveSetup& setup)
{
    m_thread.start([this, setup](const JobThread::Context& context) {
        try {
            Rng rng(setup.seed);
            const PatternSet archetypes =
                randomPatterns(setup.neurons, 1, setup.archetypes, 0.0, rng);
            for (std::size_t k = 0; k < setup.examples.size(); ++k) {
                if (context.cancelled())
                    return;
                const ExampleCurvePoint point =
                    exampleLearningCurve(archetypes, {setup.examples[k]}, setup.quality, rng).at(0);
                const double done = static_cast<double>(k + 1) / setup.examples.size();
                context.post([this, point, done] { emit pointReady(point, done); });
            }
            context.post([this] { emit finished(); });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void ExampleCurveController::cancel()
{
    m_thread.cancel();
}

} // namespace hopfield::app
