#include "gui/generative/BamController.h"

#include "core/Corruption.h"
#include "discrete/BamRetrieval.h"
#include "gui/generative/LiveFrames.h"
#include "gui/patterns/PatternResource.h"

#include <QThread>
#include <algorithm>
#include <array>
#include <exception>
#include <utility>

namespace hopfield::app {

namespace {

/// The demo's pairs.  Letters and digits share most of their background, so their
/// correlations, not only their number, limit the BAM: the first three pairs are the least
/// correlated (letter overlaps <= 0.17, digit overlaps <= 0.31) and are all retrieved from
/// 20% noise; adding the others shows retrieval failing long before P/N = 0.01.
constexpr std::array<std::pair<char, char>, 10> kPairs{{{'A', '1'},
                                                        {'O', '4'},
                                                        {'Y', '8'},
                                                        {'E', '7'},
                                                        {'M', '6'},
                                                        {'I', '2'},
                                                        {'W', '3'},
                                                        {'Z', '0'},
                                                        {'V', '5'},
                                                        {'X', '9'}}};

/// `swapped`: the memory holds the digits in its first layer (see run()).
BamFrame frameOf(const BidirectionalMemory& memory, int step, int cue, bool swapped)
{
    BamFrame frame;
    frame.step = step;
    frame.width = memory.firstPatterns().width();
    frame.height = memory.firstPatterns().height();
    frame.first = live::spins(swapped ? memory.secondLayer() : memory.firstLayer());
    frame.second = live::spins(swapped ? memory.firstLayer() : memory.secondLayer());
    frame.firstOverlaps = live::values(swapped ? memory.secondOverlaps() : memory.firstOverlaps());
    frame.secondOverlaps = live::values(swapped ? memory.firstOverlaps() : memory.secondOverlaps());
    frame.energy = memory.energy();
    frame.retrieved = frame.firstOverlaps[cue] > kBamRetrievalThreshold &&
                      frame.secondOverlaps[cue] > kBamRetrievalThreshold;
    return frame;
}

} // namespace

QStringList bamLetters(int pairs)
{
    QStringList names;
    for (int k = 0; k < pairs && k < static_cast<int>(kPairs.size()); ++k)
        names << QString(QChar::fromLatin1(kPairs[static_cast<std::size_t>(k)].first));
    return names;
}

QStringList bamDigits(int pairs)
{
    QStringList names;
    for (int k = 0; k < pairs && k < static_cast<int>(kPairs.size()); ++k)
        names << QString(QChar::fromLatin1(kPairs[static_cast<std::size_t>(k)].second));
    return names;
}

BamController::BamController(QObject* parent) : QObject(parent), m_run(this), m_sweep(this)
{
    connect(&m_sweep, &JobThread::busyChanged, this, &BamController::sweepBusyChanged);
}

void BamController::run(const BamRunSetup& setup)
{
    m_run.start([this, setup](const JobThread::Context& context) {
        try {
            const PatternSet letters =
                loadPatterns(QStringLiteral(":/patterns/letters.txt"), bamLetters(setup.pairs));
            const PatternSet digits =
                loadPatterns(QStringLiteral(":/patterns/digits.txt"), bamDigits(setup.pairs));
            // A synchronous step updates the second layer first, from the first: the cue
            // goes in the first layer, so with a digit cue the digits are the first layer
            // (E = -s^T W tau is the same either way round).
            const PatternSet& cued = setup.cueDigit ? digits : letters;
            const PatternSet& other = setup.cueDigit ? letters : digits;
            BidirectionalMemory memory(cued, other, setup.update, setup.temperature);
            Rng rng(setup.seed);
            // One half is the corrupted cue; the other is unknown, so it starts at random.
            const Pattern cue = flipExactly(cued[setup.cue], setup.noise, rng);
            const Pattern guess = randomPatterns(other.width(), other.height(), 1, 0.0, rng)[0];
            memory.setLayers(cue.spins(), guess.spins());
            BamFrame frame = frameOf(memory, 0, setup.cue, setup.cueDigit);
            context.post([this, frame] { emit frameReady(frame); });
            for (int step = 1; step <= setup.maxSteps && !context.cancelled(); ++step) {
                QThread::msleep(live::kFrameMilliseconds);
                const int flips = memory.step(1, rng);
                frame = frameOf(memory, step, setup.cue, setup.cueDigit);
                // At T = 0 a step that changes nothing is a fixed point: the run is over.
                frame.finished = step == setup.maxSteps || (flips == 0 && setup.temperature == 0.0);
                context.post([this, frame] { emit frameReady(frame); });
                if (frame.finished)
                    break;
            }
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void BamController::stopRun()
{
    m_run.cancel();
}

void BamController::sweep(const BamCapacitySetup& setup)
{
    m_sweep.start([this, setup](const JobThread::Context& context) {
        try {
            Rng rng(setup.seed);
            BamCapacityResult result;
            const int points = std::max(1, static_cast<int>(setup.alphaStop / setup.alphaStep));
            for (int k = 1; k <= points && !context.cancelled(); ++k) {
                const double alpha = k * setup.alphaStep;
                const BamCapacityPoint point =
                    bamCapacity(setup.neurons, {alpha}, setup.trials, setup.noise, rng).at(0);
                result.alphas.append(point.alpha);
                result.retrievedFractions.append(point.retrievedFraction);
                result.meanOverlaps.append(point.meanOverlap);
                const double done = static_cast<double>(k) / points;
                context.post([this, result, done] { emit capacityProgress(result, done); });
            }
            if (!context.cancelled())
                context.post([this, result] { emit capacityDone(result); });
        } catch (const std::exception& error) {
            const QString message = QString::fromUtf8(error.what());
            context.post([this, message] { emit failed(message); });
        }
    });
}

void BamController::cancelSweep()
{
    m_sweep.cancel();
}

} // namespace hopfield::app
