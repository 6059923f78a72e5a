#include "gui/learning/UnlearningController.h"

#include "core/Corruption.h"

#include <exception>

namespace hopfield::app {

UnlearningController::UnlearningController(QObject* parent) : QObject(parent), m_thread(this)
{
    connect(&m_thread, &JobThread::busyChanged, this, &UnlearningController::busyChanged);
}

void UnlearningController::start(const UnlearningSetup& setup)
{
    m_thread.start([this, setup](const JobThread::Context& context) {
        try {
            Rng rng(setup.seed);
            const PatternSet stored = randomPatterns(setup.neurons, 1, setup.patterns, 0.0, rng);
            UnlearningOptions options;
            options.strength = setup.lambda;
            options.dreams = setup.dreams;
            options.reportEvery = 0; // about 100 reports, as `learn` and its measurements
            const UnlearningResult result =
                runUnlearning(stored, options, rng, [&](const UnlearningProgress& now) {
                    const double done =
                        setup.dreams > 0 ? static_cast<double>(now.dreams) / setup.dreams : 1.0;
                    context.post([this, now, done] { emit progress(now, done); });
                    return !context.cancelled();
                });
            if (!result.cancelled)
                context.post([this, milestones = result.milestones] { emit finished(milestones); });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void UnlearningController::cancel()
{
    m_thread.cancel();
}

} // namespace hopfield::app
