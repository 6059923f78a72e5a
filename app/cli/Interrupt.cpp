#include "Interrupt.h"

#include <csignal>

namespace hopfield::cli {
namespace {

static_assert(std::atomic<bool>::is_always_lock_free,
              "a signal handler may only touch lock-free atomics");

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true, std::memory_order_relaxed);
    // The next Ctrl+C is not caught: a loop that is slow to wind down can still be killed.
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

const std::atomic<bool>& interruptFlag()
{
    return g_interrupted;
}

InterruptScope::InterruptScope()
{
    std::signal(SIGINT, onInterrupt);
}

InterruptScope::~InterruptScope()
{
    std::signal(SIGINT, SIG_DFL);
}

} // namespace hopfield::cli
