#pragma once
// A real matrix as text, for couplings typed in by hand: one row per line, entries
// separated by spaces, tabs or commas (so CSV works), blank lines and '#' comments ignored.
//   # T for two neurons
//   0, 1
//   1, 0
#include <Eigen/Core>
#include <string>
#include <string_view>

namespace hopfield {

/// Throws ParseError ("SOURCE:LINE: message") for an entry that is not a finite number or a
/// row whose length differs from the first row's, and for an empty text (line 0).
Eigen::MatrixXd parseMatrixText(std::string_view text, const std::string& source);

/// Reads and parses a file; ParseError (line 0) if it cannot be opened.
Eigen::MatrixXd readMatrixFile(const std::string& path);

} // namespace hopfield
