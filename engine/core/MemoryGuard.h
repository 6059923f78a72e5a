#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace hopfield {

/// A size whose arrays would not fit in this machine's memory.
class MemoryLimitError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Memory this process may still use: MemAvailable from /proc/meminfo (Linux), else
/// physical memory; capped by HOPFIELD_MEMORY_LIMIT_MB when that variable is set.  Throws
/// std::invalid_argument when the variable is not a whole number of megabytes from 1 to
/// 2^44 - 1 (a limit of 0, -50 or "abc" is refused, not ignored).
std::size_t availableMemoryBytes();

/// Throws MemoryLimitError ("<what> needs 80.0 GB; the limit on this machine is
/// 11.2 GB", sizes below a gigabyte in MB) if `bytes` exceed half of availableMemoryBytes().  Call
/// before allocating.
void ensureMemoryFits(std::size_t bytes, const std::string& what);

/// n * m * elementSize, saturating at SIZE_MAX instead of overflowing.
std::size_t arrayBytes(std::size_t n, std::size_t m, std::size_t elementSize) noexcept;

} // namespace hopfield
