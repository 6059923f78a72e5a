#pragma once

// The one way a command built on CLI11 parses its options and writes its JSON, so every
// command shares the CLI's conventions: `COMMAND --help` prints that command's own help
// and exits 0; a bad flag is one line on stderr and exit 2; a failed write to standard
// output (a full disk, a closed pipe) is one line on stderr and exit 1.
#include <CLI/CLI.hpp>
#include <Eigen/Core>
#include <iosfwd>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace hopfield::cli {

/// Parses `options` (the words after the command's name) into `command`. Returns the exit
/// status when the command must stop here (0 after --help, 2 after a usage error, with its
/// one line already on stderr), or nothing when the command should run.
std::optional<int> parseOptions(CLI::App& command, const std::vector<std::string>& options,
                                std::ostream& out);

/// A command's JSON document; its members keep the order they were set in.
using Json = nlohmann::ordered_json;

/// `vector` as a JSON array of numbers (states, potentials, fixed points).
Json vectorJson(const Eigen::VectorXd& vector);

/// Writes `document` (indented, one trailing newline) and flushes; returns the exit status:
/// 0, or 1 with one line on stderr when the output could not be written.
int writeJson(const Json& document, std::ostream& out);

/// Flushes `out` and returns 0, or 1 with one line on stderr when the write failed.
int finishOutput(std::ostream& out);

} // namespace hopfield::cli
