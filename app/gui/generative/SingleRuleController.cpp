#include "gui/generative/SingleRuleController.h"

#include "analysis/StateEnumeration.h"
#include "core/Corruption.h"
#include "gui/generative/LiveFrames.h"
#include "learning/BoltzmannLearning.h"
#include "learning/ContrastiveDivergence.h"
#include "learning/CouplingRules.h"

#include <cmath>
#include <exception>
#include <limits>

namespace hopfield::app {

namespace {

constexpr int kModelSamples = 6;
constexpr int kBurnIn = 50;

/// A stored pattern is stable when every bit agrees with its local field:
/// xi_i (J xi + h)_i > 0 for all i.
double stableFraction(const PatternSet& stored, const Eigen::MatrixXd& couplings,
                      const Eigen::VectorXd& fields)
{
    int stable = 0;
    for (const Pattern& pattern : stored) {
        Eigen::VectorXd xi(pattern.size());
        for (int i = 0; i < pattern.size(); ++i)
            xi[i] = pattern[i];
        const Eigen::VectorXd field = couplings * xi + fields;
        stable += (xi.array() * field.array() > 0.0).all() ? 1 : 0;
    }
    return static_cast<double>(stable) / stored.size();
}

SingleRulePoint evaluate(const PatternSet& memories, const PatternSet& data,
                         const Eigen::MatrixXd& couplings, const Eigen::VectorXd& fields,
                         double temperature, Rng& rng)
{
    SingleRulePoint point;
    point.temperature = temperature;
    point.stableFraction = stableFraction(memories, couplings, fields);
    point.kl = data.neurons() <= kMaxExactLikelihoodNeurons && temperature > 0.0
                   ? klDivergence(empiricalLogDistribution(data),
                                  hopfieldLogDistribution(couplings, fields, 1.0 / temperature))
                   : std::numeric_limits<double>::quiet_NaN();
    const PatternSet samples =
        sampleBoltzmann(couplings, fields, temperature, data, kModelSamples, kBurnIn, rng);
    for (const Pattern& sample : samples)
        point.samples.append(live::spins(sample.spins()));
    return point;
}

} // namespace

SingleRuleController::SingleRuleController(QObject* parent) : QObject(parent), m_thread(this)
{
    connect(&m_thread, &JobThread::busyChanged, this, &SingleRuleController::busyChanged);
}

void SingleRuleController::start(const SingleRuleSetup& setup)
{
    m_thread.start([this, setup](const JobThread::Context& context) {
        try {
            Rng rng(setup.seed);
            const PatternSet memories =
                randomPatterns(setup.side, setup.side, setup.patterns, 0.0, rng);
            PatternSet data(setup.side, setup.side);
            for (int a = 0; a < setup.examples * setup.patterns; ++a)
                data.add(flipEach(memories[a % setup.patterns], setup.flip, rng));
            SingleRuleResult result;
            result.side = setup.side;
            for (const Pattern& pattern : memories)
                result.memories.append(live::spins(pattern.spins()));
            const Eigen::MatrixXd hebb = hebbCouplings(memories);
            result.hebb =
                evaluate(memories, data, hebb, Eigen::VectorXd::Zero(data.neurons()), 1.0, rng);
            const auto count =
                static_cast<int>(std::floor(setup.temperatureStop / setup.temperatureStep + 1e-9));
            for (int k = 0; k <= count && !context.cancelled(); ++k) {
                const double temperature = k * setup.temperatureStep;
                BoltzmannOptions options;
                options.learningRate = setup.learningRate;
                options.epochs = setup.epochs;
                options.temperature = temperature;
                options.start = BoltzmannStart::Hebb;
                options.hebbStart = hebb;
                options.learnFields = true;
                // A T = 0 chain never leaves its attractor: the dreams restart at random.
                options.restartChains = temperature == 0.0;
                const BoltzmannResult trained = trainBoltzmann(
                    data, options, rng, [&](int, double) { return !context.cancelled(); });
                if (trained.cancelled)
                    return;
                result.points.append(
                    evaluate(memories, data, trained.couplings, trained.fields, temperature, rng));
                const double done = static_cast<double>(k + 1) / (count + 1);
                context.post([this, result, done] { emit pointReady(result, done); });
            }
            if (!context.cancelled())
                context.post([this, result] { emit finished(result); });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void SingleRuleController::cancel()
{
    m_thread.cancel();
}

} // namespace hopfield::app
