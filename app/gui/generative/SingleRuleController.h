#pragma once

#include "gui/common/JobThread.h"

#include <QObject>
#include <QString>
#include <QVector>
#include <cstdint>

namespace hopfield::app {

/// The single rule J <- J - lambda (<ss>_model,T - <ss>_data) from the Hebb couplings of
/// P random patterns of side x side pixels (the memories), on the same data at each T of
/// 0, step, ..., temperatureStop (seed 000): the memories themselves, or noisy examples of
/// them.  Examples move the T = 0 end's fixed points away from the memories (the rule
/// matches the examples' weaker correlations), so the default data are the memories.
struct SingleRuleSetup {
    int side = 4;      ///< N = side^2; the exact KL needs N <= 16
    int patterns = 6;  ///< at N = 16 Hebb leaves some unstable: the T = 0 end repairs them
    int examples = 60; ///< per pattern
    double flip = 0.0; ///< each pixel of an example flipped with this probability
    double temperatureStop = 1.0;
    double temperatureStep = 0.25;
    int epochs = 200;
    double learningRate = 0.01; ///< 0.05 overshoots at N = 16: the T = 1 KL rises again
    std::uint64_t seed = 1;
};

/// The trained network at one T.
struct SingleRulePoint {
    double temperature = 0.0;
    double stableFraction = 0.0;     ///< stored patterns that are T = 0 fixed points of J, h
    double kl = 0.0;                 ///< exact KL(P_data || P_model at T = 1), NaN for N > 16
    QVector<QVector<qint8>> samples; ///< Glauber samples of the trained model at T
};

struct SingleRuleResult {
    int side = 0;
    QVector<QVector<qint8>> memories;
    SingleRulePoint hebb; ///< the start, before any learning, at T = 1
    QVector<SingleRulePoint> points;
};

/// Trains the single rule at every temperature of the setup in a worker thread, posting
/// each point as it is done.
class SingleRuleController : public QObject {
    Q_OBJECT
public:
    explicit SingleRuleController(QObject* parent = nullptr);

    void start(const SingleRuleSetup& setup);
    void cancel();

signals:
    void pointReady(const hopfield::app::SingleRuleResult& soFar, double fractionDone);
    void finished(const hopfield::app::SingleRuleResult& result);
    void busyChanged(bool busy);
    void failed(const QString& message);

private:
    JobThread m_thread;
};

} // namespace hopfield::app
