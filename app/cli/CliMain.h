#pragma once

namespace hopfield::cli {

/// Everything hopfield-lab-cli does, from its arguments to its exit status: the command's
/// JSON on standard output, one line on standard error for what went wrong.
int runCliMain(int argc, char** argv);

} // namespace hopfield::cli
