#pragma once

#include "discrete/BidirectionalMemory.h"
#include "gui/common/JobThread.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>

namespace hopfield::app {

/// The BAM demo: `pairs` letter <-> digit pairs (A <-> 1, O <-> 4, Y <-> 8, ...); pair
/// `cue` starts with one half corrupted and the other half random.
struct BamRunSetup {
    int pairs = 3;         ///< in [1, 10]
    int cue = 0;           ///< the pair to retrieve, in [0, pairs)
    bool cueDigit = false; ///< corrupt the digit (tau) instead of the letter (s)
    double noise = 0.25;   ///< fraction of the cue's pixels flipped
    BamUpdate update = BamUpdate::Synchronous;
    double temperature = 0.0;
    int maxSteps = 30;
    std::uint64_t seed = 1;
};

/// The names of the letters and digits of `pairs` pairs, in pair order.
QStringList bamLetters(int pairs);
QStringList bamDigits(int pairs);

/// One step of a live BAM run, as values.
struct BamFrame {
    int step = 0;
    int width = 0; ///< of both layers' images (letters and digits share 16 x 16)
    int height = 0;
    QVector<qint8> first;  ///< s, the letter layer
    QVector<qint8> second; ///< tau, the digit layer
    QVector<double> firstOverlaps;
    QVector<double> secondOverlaps;
    double energy = 0.0; ///< E = -s^T W tau
    bool finished = false;
    bool retrieved = false; ///< both layers above kBamRetrievalThreshold on the cue pair
};

/// The capacity sweep: random pairs, equal layers N = M, synchronous T = 0 retrieval.
struct BamCapacitySetup {
    int neurons = 100;
    double alphaStop = 0.4;
    double alphaStep = 0.02;
    int trials = 4;
    double noise = 0.1;
    std::uint64_t seed = 1;
};

struct BamCapacityResult {
    QVector<double> alphas;
    QVector<double> retrievedFractions;
    QVector<double> meanOverlaps;
};

/// Runs the BAM in worker threads: a live run frame by frame (each frame a value copy
/// posted to the GUI thread), and the capacity sweep over alpha = P/N point by point, so
/// the curve grows and a cancel is answered between points.
class BamController : public QObject {
    Q_OBJECT
public:
    explicit BamController(QObject* parent = nullptr);

    void run(const BamRunSetup& setup);
    void stopRun();
    void sweep(const BamCapacitySetup& setup);
    void cancelSweep();
    bool isRunning() const noexcept { return m_run.isBusy(); }

signals:
    void frameReady(const hopfield::app::BamFrame& frame);
    void capacityProgress(const hopfield::app::BamCapacityResult& soFar, double fractionDone);
    void capacityDone(const hopfield::app::BamCapacityResult& result);
    void sweepBusyChanged(bool busy);
    void failed(const QString& message);

private:
    JobThread m_run;
    JobThread m_sweep;
};

} // namespace hopfield::app
