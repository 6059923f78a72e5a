#include "gui/generative/LayeredController.h"

#include "analysis/SeparationMap.h"
#include "core/Corruption.h"
#include "discrete/LayeredNetwork.h"
#include "gui/generative/LiveFrames.h"

#include <QThread>
#include <cmath>
#include <exception>
#include <limits>

namespace hopfield::app {

namespace {

/// The mixture's three patterns are the ones the view follows.
constexpr int kChord = 3;

LayeredFrame frameOf(const LayeredNetwork& network, int sweep, int side)
{
    LayeredFrame frame;
    frame.sweep = sweep;
    frame.side = side;
    for (int a = 0; a < network.layers(); ++a) {
        frame.layers.append(live::spins(network.layerState(a)));
        const std::vector<double> m = network.layerOverlaps(a);
        frame.overlaps.append(QVector<double>(m.begin(), m.begin() + kChord));
    }
    frame.separated = network.separated();
    return frame;
}

QVector<double> rangeValues(double stop, double step)
{
    QVector<double> values;
    const auto count = static_cast<int>(std::floor(stop / step + 1e-9));
    for (int k = 0; k <= count; ++k)
        values.append(k * step);
    return values;
}

} // namespace

LayeredController::LayeredController(QObject* parent) : QObject(parent), m_run(this), m_map(this)
{
    connect(&m_map, &JobThread::busyChanged, this, &LayeredController::mapBusyChanged);
}

void LayeredController::run(const LayeredRunSetup& setup)
{
    m_run.start([this, setup](const JobThread::Context& context) {
        try {
            Rng rng(setup.seed);
            LayeredNetwork network(randomPatterns(setup.side, setup.side, setup.patterns, 0.0, rng),
                                   setup.layers, setup.lambda, setup.field, setup.temperature);
            network.startInMixture();
            LayeredFrame frame = frameOf(network, 0, setup.side);
            for (int mu = 0; mu < kChord; ++mu)
                frame.patterns.append(live::spins(network.patterns()[mu].spins()));
            frame.patterns.append(live::spins(network.mixture()));
            context.post([this, frame] { emit frameReady(frame); });
            for (int sweep = 1; sweep <= setup.sweeps && !context.cancelled(); ++sweep) {
                QThread::msleep(live::kFrameMilliseconds);
                network.step(1, rng);
                frame = frameOf(network, sweep, setup.side);
                frame.finished = sweep == setup.sweeps;
                context.post([this, frame] { emit frameReady(frame); });
            }
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void LayeredController::stopRun()
{
    m_run.cancel();
}

void LayeredController::computeMap(const SeparationMapSetup& setup)
{
    m_map.start([this, setup](const JobThread::Context& context) {
        try {
            SeparationMapFrame map;
            map.lambdas = rangeValues(setup.lambdaStop, setup.lambdaStep);
            map.temperatures = rangeValues(setup.temperatureStop, setup.temperatureStep);
            const auto rows = static_cast<int>(map.lambdas.size());
            const auto columns = static_cast<int>(map.temperatures.size());
            map.fractions.fill(std::numeric_limits<double>::quiet_NaN(), rows * columns);
            SeparationMapParameters parameters;
            parameters.temperature = {0.0, map.temperatures.back(), setup.temperatureStep};
            parameters.neurons = setup.neurons;
            parameters.layers = setup.layers;
            parameters.field = setup.field;
            parameters.sweeps = setup.sweeps;
            parameters.trials = setup.trials;
            for (int row = 0; row < rows && !context.cancelled(); ++row) {
                parameters.lambda = SweepRange::single(map.lambdas[row]);
                // Each row its own seed, so a row's numbers do not depend on the grid.
                parameters.seed = setup.seed + static_cast<std::uint64_t>(row) * 1000003u;
                const SeparationMap result = separationMap(
                    parameters,
                    [&](long long done, long long total) {
                        const double fraction =
                            (row + static_cast<double>(done) / static_cast<double>(total)) / rows;
                        context.post([this, fraction] { emit mapProgress(fraction); });
                        return !context.cancelled();
                    },
                    context.cancelFlag());
                if (result.cancelled)
                    return;
                for (int j = 0; j < columns; ++j)
                    map.fractions[row * columns + j] =
                        result.points.at(static_cast<std::size_t>(j)).separatedFraction;
                map.rowsDone = row + 1;
                context.post([this, map] { emit mapRowReady(map); });
            }
            if (!context.cancelled())
                context.post([this, map] { emit mapDone(map); });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void LayeredController::cancelMap()
{
    m_map.cancel();
}

} // namespace hopfield::app
