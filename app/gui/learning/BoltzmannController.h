#pragma once

#include "gui/common/JobThread.h"
#include "learning/BoltzmannLearning.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>

namespace hopfield::app {

/// What the Boltzmann view learns: M noisy examples of quality r of each letter, by
/// moment matching at T = 1.
struct BoltzmannSetup {
    QStringList letters{QStringLiteral("A"), QStringLiteral("X")};
    int examples = 150;   ///< per letter: p = 300 >> N = 256 examples in all
    double quality = 0.8; ///< r: each pixel agrees with its letter with probability 0.9
    double learningRate = BoltzmannOptions{}.learningRate;
    int epochs = BoltzmannOptions{}.epochs;
    int samples = 6; ///< drawn from the trained model at T = 1
    std::uint64_t seed = 1;
};

/// Spins of one pattern, row-major, for a NeuronGridView.
using SpinGrid = QVector<qint8>;

/// Trains a Boltzmann machine in its worker thread: the moment error after every epoch as
/// it falls, then `samples` samples from the model at T = 1 beside as many data examples.
class BoltzmannController : public QObject {
    Q_OBJECT
public:
    explicit BoltzmannController(QObject* parent = nullptr);

    void start(const BoltzmannSetup& setup);
    void cancel();

signals:
    void epochDone(int epoch, double momentError, double fractionDone);
    void samplesReady(int width, int height, const QVector<hopfield::app::SpinGrid>& data,
                      const QVector<hopfield::app::SpinGrid>& samples);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    JobThread m_thread;
};

} // namespace hopfield::app
