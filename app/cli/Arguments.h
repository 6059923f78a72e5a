#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace hopfield::cli {

/// The options of one subcommand, "--name value" or "--flag".  Each getter checks the
/// value and throws UsageError naming the option and what it expects; finish()
/// rejects any option the command did not read, so a typo never passes silently.
class Arguments {
public:
    /// `flags` are the options that take no value.
    Arguments(const std::vector<std::string>& words, const std::set<std::string>& flags);

    bool has(const std::string& name) const { return m_values.count(name) != 0; }
    bool flag(const std::string& name);
    std::string text(const std::string& name, const std::string& fallback);
    long long integer(const std::string& name, long long fallback, long long minimum,
                      long long maximum);
    double number(const std::string& name, double fallback, double minimum, double maximum);
    /// A comma-separated list of integers, e.g. "0,1,2".
    std::vector<int> integerList(const std::string& name);
    /// Throws UsageError for options given but never read.
    void finish() const;

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_read;
};

} // namespace hopfield::cli
