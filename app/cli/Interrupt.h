#pragma once

// Ctrl+C for the CLI's long loops.  While an InterruptScope lives, SIGINT only sets a flag:
// the command's loop polls it, stops at the next sample, sweep or iteration, closes what it
// has written (complete CSV rows, well-formed JSON) and main() exits 130 (128 + SIGINT, the
// shell's convention) with one line on stderr.  Outside a scope SIGINT keeps its default
// action, so a command that never polls still dies at once.
#include <atomic>

namespace hopfield::cli {

/// Set by SIGINT inside an InterruptScope; lock-free, so the handler may write it.
const std::atomic<bool>& interruptFlag();

/// True once SIGINT arrived inside a scope.
inline bool interrupted()
{
    return interruptFlag().load(std::memory_order_relaxed);
}

/// Installs the flag-setting handler; the destructor restores the default action.  A
/// second SIGINT while the loop is still winding down kills the process (the default).
class InterruptScope {
public:
    InterruptScope();
    ~InterruptScope();
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;
};

/// The exit status after an interruption.
constexpr int kInterruptedExitCode = 130;

} // namespace hopfield::cli
