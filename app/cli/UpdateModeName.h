#pragma once

#include "discrete/UpdateMode.h"

#include <string>

namespace hopfield::cli {

/// "async" (random permutation), "sequential" or "sync"; throws UsageError otherwise.
UpdateMode updateModeFromName(const std::string& name);
std::string updateModeName(UpdateMode mode);

} // namespace hopfield::cli
