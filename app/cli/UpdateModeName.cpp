#include "UpdateModeName.h"

#include "UsageError.h"

namespace hopfield::cli {

UpdateMode updateModeFromName(const std::string& name)
{
    if (name == "async")
        return UpdateMode::RandomAsync;
    if (name == "sequential")
        return UpdateMode::SequentialAsync;
    if (name == "sync")
        return UpdateMode::Synchronous;
    throw UsageError("--update expects async, sequential or sync, got '" + name + "'");
}

std::string updateModeName(UpdateMode mode)
{
    switch (mode) {
    case UpdateMode::RandomAsync:
        return "async";
    case UpdateMode::SequentialAsync:
        return "sequential";
    case UpdateMode::Synchronous:
        return "sync";
    }
    return "async";
}

} // namespace hopfield::cli
