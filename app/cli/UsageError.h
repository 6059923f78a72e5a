#pragma once

#include <stdexcept>

namespace hopfield::cli {

/// A bad command line: printed as one line on stderr, exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace hopfield::cli
