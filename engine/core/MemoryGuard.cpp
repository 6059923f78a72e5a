#include "core/MemoryGuard.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace hopfield {
namespace {

/// "80.0 GB", or "600 MB" below a gigabyte, so a small limit never reads "0.0 GB".
std::string readableSize(std::size_t bytes)
{
    char text[32];
    if (bytes >= 1000000000)
        std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / 1e9);
    else
        std::snprintf(text, sizeof text, "%.0f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

/// The largest limit in MiB whose byte count fits a size_t (2^44 - 1 on 64-bit).
constexpr unsigned long long kMaxLimitMegabytes =
    std::numeric_limits<std::size_t>::max() / (1024 * 1024);

/// HOPFIELD_MEMORY_LIMIT_MB as bytes: a whole number of MiB from 1 to kMaxLimitMegabytes;
/// anything else (-50, 0, abc, a number that would wrap) is refused, never ignored.
std::size_t limitFromEnvironment(const char* text)
{
    const std::string value(text);
    unsigned long long megabytes = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), megabytes);
    if (value.empty() || error != std::errc() || end != value.data() + value.size() ||
        megabytes == 0 || megabytes > kMaxLimitMegabytes)
        throw std::invalid_argument("HOPFIELD_MEMORY_LIMIT_MB must be a whole number of "
                                    "megabytes from 1 to " +
                                    std::to_string(kMaxLimitMegabytes) + ", got '" + value + "'");
    return static_cast<std::size_t>(megabytes) * 1024 * 1024;
}

std::size_t memAvailableFromProc()
{
    std::ifstream meminfo("/proc/meminfo");
    std::string key;
    std::size_t kilobytes = 0;
    std::string unit;
    while (meminfo >> key >> kilobytes >> unit)
        if (key == "MemAvailable:")
            return kilobytes * 1024;
    return 0;
}

} // namespace

std::size_t availableMemoryBytes()
{
    std::size_t bytes = memAvailableFromProc();
    if (bytes == 0) {
        const long pages = sysconf(_SC_PHYS_PAGES);
        const long pageSize = sysconf(_SC_PAGE_SIZE);
        if (pages > 0 && pageSize > 0)
            bytes = static_cast<std::size_t>(pages) * static_cast<std::size_t>(pageSize);
    }
    if (const char* limit = std::getenv("HOPFIELD_MEMORY_LIMIT_MB")) {
        const std::size_t cap = limitFromEnvironment(limit);
        if (bytes == 0 || cap < bytes)
            bytes = cap;
    }
    return bytes;
}

void ensureMemoryFits(std::size_t bytes, const std::string& what)
{
    const std::size_t limit = availableMemoryBytes() / 2;
    if (bytes > limit)
        throw MemoryLimitError(what + " needs " + readableSize(bytes) +
                               "; the limit on this machine is " + readableSize(limit) +
                               " (half the available memory)");
}

std::size_t arrayBytes(std::size_t n, std::size_t m, std::size_t elementSize) noexcept
{
    constexpr std::size_t maximum = std::numeric_limits<std::size_t>::max();
    if (n != 0 && m > maximum / n)
        return maximum;
    const std::size_t count = n * m;
    if (elementSize != 0 && count > maximum / elementSize)
        return maximum;
    return count * elementSize;
}

} // namespace hopfield
