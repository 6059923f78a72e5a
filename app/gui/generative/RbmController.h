#pragma once

#include "gui/common/JobThread.h"
#include "learning/ContrastiveDivergence.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>

namespace hopfield::app {

/// The live comparison: the Hebb network on `letters` and its dual RBM (Gaussian hidden
/// units, W = xi / sqrt(N)), both at temperature T and started from the same corrupted
/// first letter.
struct RbmLiveSetup {
    QStringList letters{QStringLiteral("A"), QStringLiteral("E"), QStringLiteral("X")};
    double temperature = 0.3; ///< > 0 (the RBM's beta = 1/T)
    double noise = 0.3;
    int steps = 80;
    std::uint64_t seed = 1;
};

/// What CD trains on: bars and stripes on 4 x 4 (N = 16, exact log-likelihood) or letters
/// on 16 x 16 (reconstruction error).
enum class RbmData { BarsAndStripes, Letters };

struct RbmTrainSetup {
    RbmData data = RbmData::BarsAndStripes;
    int hidden = 8;
    CdVariant variant = CdVariant::Standard;
    int k = 1;
    int epochs = 150;
    double learningRate = 0.1;
    std::uint64_t seed = 1;
};

/// One frame of either job: states, overlaps and the hidden units' weight images.
struct RbmFrame {
    int width = 0;
    int height = 0;
    int step = 0;
    QVector<qint8> hopfield;          ///< the Hopfield network's state (live run)
    QVector<qint8> visible;           ///< the RBM's visible units (a live sample)
    QVector<double> hopfieldOverlaps; ///< m_mu
    QVector<double> hiddenOverlaps;   ///< (W^T s)_mu / sqrt(N) = m_mu for the dual
    QVector<QVector<float>> weights;  ///< each hidden unit's weights, scaled to [-1, 1]
    QVector<QVector<qint8>> samples;  ///< recent samples of the machine
    bool finished = false;
};

/// The 30 bars-and-stripes images of 4 x 4 (MacKay 2003): every row equal or every
/// column equal.
PatternSet barsAndStripes();

/// Runs the Hopfield network and its RBM dual side by side, and trains an RBM by CD or PCD,
/// each in its own worker thread; frames and the learning curve are posted as values.
class RbmController : public QObject {
    Q_OBJECT
public:
    explicit RbmController(QObject* parent = nullptr);

    void run(const RbmLiveSetup& setup);
    void stopRun();
    void train(const RbmTrainSetup& setup);
    void cancelTraining();

signals:
    void frameReady(const hopfield::app::RbmFrame& frame);
    /// One epoch: the exact mean log-likelihood (NaN above N = 16) and the reconstruction
    /// error.
    void epochDone(int epoch, double logLikelihood, double reconstructionError,
                   double fractionDone);
    void trainingDone();
    void trainingBusyChanged(bool busy);
    void failed(const QString& message);

private:
    JobThread m_run;
    JobThread m_train;
};

} // namespace hopfield::app
