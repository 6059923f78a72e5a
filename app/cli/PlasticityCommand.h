#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace hopfield::cli {

/// `plasticity`: train a BCM layer or competing hidden units on digits (bundled, an IDX
/// file or a CIFAR-10 batch) and print JSON with selectivity, overlap index, theta,
/// read-out accuracies and speed; `--sweep memory=A:B:STEP` (or lateral=) prints CSV of
/// the measures over the range; `--experiment single-neuron` runs the classic BCM
/// experiment (flags and fields: the usage text in main.cpp).
int runPlasticity(const std::vector<std::string>& words, std::ostream& out);

} // namespace hopfield::cli
