#pragma once

#include <QString>

namespace hopfield::app {

/// The program's version, from the project's CMake version ("0.1.0").
QString applicationVersion();

/// The licence line of the About box: the first line of the repository's LICENSE file
/// when there is one, and a plain "no licence has been chosen yet" when there is none.
QString licenceText();

/// Where the bundled data come from, one HTML paragraph per source.
QString dataProvenanceText();

/// The About box: name, version, licence and the data's provenance, as rich text.
QString aboutText();

} // namespace hopfield::app
