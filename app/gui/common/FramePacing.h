#pragma once

#include <cstdint>

/// Pacing of a live simulation: how much work goes into the next chunk and when a frame
/// is shown.  Pure functions of the clock readings they are given, so they are tested
/// without threads or timers.
namespace hopfield::app::pacing {

/// Frames are published at most this often: ~60 per second.
inline constexpr double kMinFrameInterval = 0.015;
/// Wall time between chunks at a finite speed (one display frame).
inline constexpr double kTickInterval = 1.0 / 60.0;
/// The shortest chunk chunkBudget() gives, when a frame is already due: some progress
/// every turn even while the GUI holds the frames back.
inline constexpr double kMinChunkBudget = 0.001;
/// The longest wall-clock gap a chunk makes up for: after a stall (a suspended laptop, a
/// debugger) the run resumes at its speed instead of racing to catch up.
inline constexpr double kMaxCatchUp = 0.1;

struct ChunkPlan {
    std::int64_t updates = 0; ///< spin updates to do now
    double carry = 0.0;       ///< the fraction of an update owed to the next chunk, in [0, 1)
};

/// Spin updates for a chunk that follows `elapsed` seconds after the previous one, at
/// `speed` updates per second (infinity: as fast as possible): speed * elapsed plus the
/// carried fraction, but never more than fit in `budget` seconds at the measured
/// `throughput` (updates per second of compute), so a chunk never overruns its frame.
ChunkPlan planChunk(double speed, double elapsed, double carry, double throughput, double budget);

/// Throughput after a chunk of `updates` that took `seconds`: an exponential average
/// that follows changes (a new temperature, a busy machine) within a few chunks.
double smoothedThroughput(double previous, std::int64_t updates, double seconds);

/// Compute time the next chunk may take, `sinceLastFrame` seconds after the last frame:
/// what is left until the next one is due (kMinFrameInterval), at least kMinChunkBudget.
/// A chunk then ends as its frame falls due, so no frame waits for a chunk that overran
/// it, and pause and reset are answered within a frame.
double chunkBudget(double sinceLastFrame);

/// True when a frame may be published `sinceLastFrame` seconds after the previous one.
bool frameDue(double sinceLastFrame);

} // namespace hopfield::app::pacing
