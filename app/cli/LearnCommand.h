#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `learn`: run a learning rule (unlearning, boltzmann, examples, dense) on given or
/// generated patterns and print one JSON object with the per-pattern stability and the
/// learning curve (flags and fields: the usage text in main.cpp).
int runLearn(const std::vector<std::string>& words, std::ostream& out);

} // namespace hopfield::cli
