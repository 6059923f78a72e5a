#pragma once

#include "gui/common/JobThread.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <cstdint>

namespace hopfield::app {

/// A live run of the layered network (LayeredNetwork.h): random patterns on a side x side
/// grid, every layer started in the 3-mixture.
struct LayeredRunSetup {
    int side = 20; ///< N = side^2
    int patterns = 3;
    int layers = 3;
    double lambda = 0.3;
    double temperature = 0.2;
    double field = 0.1;
    int sweeps = 60;
    std::uint64_t seed = 1;
};

struct LayeredFrame {
    int sweep = 0;
    int side = 0;
    QVector<QVector<qint8>> layers;    ///< each layer's spins
    QVector<QVector<double>> overlaps; ///< each layer's m^a_mu with xi^1, xi^2, xi^3
    QVector<QVector<qint8>> patterns;  ///< xi^1, xi^2, xi^3 and the mixture chi (frame 0 only)
    bool separated = false;
    bool finished = false;
};

/// The (lambda, T) map: lambdaStop / lambdaStep + 1 columns from 0, the same for T.
struct SeparationMapSetup {
    double lambdaStop = 0.6;
    double lambdaStep = 0.1;
    double temperatureStop = 0.6;
    double temperatureStep = 0.1;
    int neurons = 200;
    int layers = 3;
    double field = 0.1;
    int sweeps = 40;
    int trials = 4;
    std::uint64_t seed = 1;
};

struct SeparationMapFrame {
    QVector<double> lambdas;
    QVector<double> temperatures;
    /// Separated fraction at [lambda index * temperatures + T index]; NaN not yet computed.
    QVector<double> fractions;
    int rowsDone = 0;
};

/// Runs the layered network live and computes its separation map in worker threads; the
/// map is computed one lambda at a time (every core on that row's trials), each finished
/// row posted so the map fills progressively, and a cancel stops the row under way.
class LayeredController : public QObject {
    Q_OBJECT
public:
    explicit LayeredController(QObject* parent = nullptr);

    void run(const LayeredRunSetup& setup);
    void stopRun();
    void computeMap(const SeparationMapSetup& setup);
    void cancelMap();

signals:
    void frameReady(const hopfield::app::LayeredFrame& frame);
    void mapProgress(double fractionDone);
    void mapRowReady(const hopfield::app::SeparationMapFrame& map);
    void mapDone(const hopfield::app::SeparationMapFrame& map);
    void mapBusyChanged(bool busy);
    void failed(const QString& message);

private:
    JobThread m_run;
    JobThread m_map;
};

} // namespace hopfield::app
