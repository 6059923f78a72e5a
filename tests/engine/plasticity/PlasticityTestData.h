#pragma once

// The bundled digits for the plasticity suites, loaded once per test executable.

#include "plasticity/DatasetSource.h"

#include <memory>

namespace hopfield::testing {

/// The first `count` bundled digits (classes interleaved, so any prefix is balanced),
/// split by the dataset's fixed rule.
inline std::shared_ptr<const Dataset> bundledDigits(int count)
{
    static const Dataset all = DatasetSource::bundledDigits(HOPFIELD_SOURCE_DIR "/resources/data");
    return std::make_shared<const Dataset>(all.firstImages(count));
}

} // namespace hopfield::testing
