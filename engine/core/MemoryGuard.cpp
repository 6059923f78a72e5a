#include "core/MemoryGuard.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <string>
#include <unistd.h>

namespace hopfield {
namespace {

std::string gigabytes(std::size_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / 1e9);
    return text;
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
        const std::size_t cap = std::strtoull(limit, nullptr, 10) * 1024 * 1024;
        if (cap > 0 && (bytes == 0 || cap < bytes))
            bytes = cap;
    }
    return bytes;
}

void ensureMemoryFits(std::size_t bytes, const std::string& what)
{
    const std::size_t limit = availableMemoryBytes() / 2;
    if (bytes > limit)
        throw MemoryLimitError(what + " needs " + gigabytes(bytes) +
                               "; the limit on this machine is " + gigabytes(limit) +
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
