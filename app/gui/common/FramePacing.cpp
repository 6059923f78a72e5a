#include "gui/common/FramePacing.h"

#include <algorithm>
#include <cmath>

namespace hopfield::app::pacing {
namespace {

/// Chunks shorter than this are timed too coarsely to say anything about throughput.
constexpr double kMinTimedChunk = 1e-4;
constexpr double kSmoothing = 0.3;

} // namespace

ChunkPlan planChunk(double speed, double elapsed, double carry, double throughput, double budget)
{
    const double affordable = std::max(throughput, 0.0) * std::max(budget, 0.0);
    if (!(speed > 0.0))
        return {};
    if (std::isinf(speed))
        return {std::max<std::int64_t>(1, static_cast<std::int64_t>(affordable)), 0.0};
    const double wanted = speed * std::clamp(elapsed, 0.0, kMaxCatchUp) + carry;
    if (wanted > affordable) // the machine cannot keep up: do what fits, owe nothing
        return {std::max<std::int64_t>(1, static_cast<std::int64_t>(affordable)), 0.0};
    const double whole = std::floor(wanted);
    return {static_cast<std::int64_t>(whole), wanted - whole};
}

double smoothedThroughput(double previous, std::int64_t updates, double seconds)
{
    if (seconds < kMinTimedChunk || updates <= 0)
        return previous;
    const double measured = static_cast<double>(updates) / seconds;
    return (1.0 - kSmoothing) * previous + kSmoothing * measured;
}

double chunkBudget(double sinceLastFrame)
{
    return std::clamp(kMinFrameInterval - sinceLastFrame, kMinChunkBudget, kMinFrameInterval);
}

bool frameDue(double sinceLastFrame)
{
    return sinceLastFrame >= kMinFrameInterval;
}

} // namespace hopfield::app::pacing
