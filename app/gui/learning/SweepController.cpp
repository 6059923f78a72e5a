#include "gui/learning/SweepController.h"

#include <QElapsedTimer>
#include <exception>

namespace hopfield::app {

namespace {

/// Temperatures in the AGS lines' sketch: 0.3 s on two cores, against 1.6 s for the phase
/// diagram's 40 (theory ags, 2026-12-07), so the lines are up at once and then refined.
constexpr int kSketchPoints = 8;

long long samplesOf(const SweepParameters& parameters)
{
    return static_cast<long long>(parameters.alpha.count()) * parameters.temperature.count() *
           parameters.noise.count() * parameters.samples;
}

} // namespace

SweepController::SweepController(std::shared_ptr<SweepCache> cache, QObject* parent)
    : QObject(parent), m_cache(std::move(cache)),
      m_engineRuns(std::make_shared<std::atomic<int>>(0)), m_thread(this)
{
    connect(&m_thread, &JobThread::busyChanged, this, &SweepController::busyChanged);
}

void SweepController::compute(std::vector<SweepJob> jobs, int theoryPoints)
{
    m_thread.start([this, jobs = std::move(jobs), theoryPoints, cache = m_cache,
                    runs = m_engineRuns](const JobThread::Context& context) {
        try {
            long long total = 0;
            for (const SweepJob& job : jobs) {
                job.parameters.validate();
                total += samplesOf(job.parameters);
            }
            SweepBatchResult batch;
            if (theoryPoints > 0) {
                if (theoryPoints > kSketchPoints)
                    context.post([this, sketch = agsPhaseDiagram(kSketchPoints)] {
                        emit theorySketchReady(sketch);
                    });
                batch.theory = agsPhaseDiagram(theoryPoints);
                context.post([this, theory = *batch.theory] { emit theoryReady(theory); });
            }
            long long before = 0;
            int jobIndex = 0;
            QElapsedTimer sincePost; // at most ~30 progress posts a second
            sincePost.start();
            for (const SweepJob& job : jobs) {
                SweepControl control;
                control.cancel = context.cancelFlag();
                control.progress = [&](long long done, long long) {
                    if (sincePost.elapsed() >= 33) {
                        sincePost.restart();
                        const double fraction = static_cast<double>(before + done) / total;
                        context.post([this, fraction] { emit progress(fraction); });
                    }
                    return !context.cancelled();
                };
                control.pointDone = [&context, this, jobIndex](std::size_t index,
                                                               const SweepPoint& point) {
                    context.post([this, jobIndex, index, point] {
                        emit pointReady(jobIndex, index, point);
                    });
                };
                std::optional<SweepResult> result = cache->find(job.parameters, job.rule.name);
                if (!result) {
                    ++*runs;
                    result = cache->run(job.parameters, job.rule, control);
                }
                if (result->cancelled || context.cancelled())
                    return;
                before += samplesOf(job.parameters);
                batch.labels.push_back(job.label);
                batch.results.push_back(std::move(*result));
                ++jobIndex;
            }
            context.post([this, batch = std::move(batch)] {
                emit progress(1.0);
                emit resultReady(batch);
            });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void SweepController::cancel()
{
    m_thread.cancel();
}

} // namespace hopfield::app
