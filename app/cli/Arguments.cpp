#include "Arguments.h"

#include "UsageError.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace hopfield::cli {

Arguments::Arguments(const std::vector<std::string>& words, const std::set<std::string>& flags)
{
    for (std::size_t k = 0; k < words.size(); ++k) {
        const std::string& word = words[k];
        if (word.rfind("--", 0) != 0 || word.size() == 2)
            throw UsageError("unexpected argument '" + word + "' (options look like --name value)");
        const std::string name = word.substr(2);
        if (m_values.count(name))
            throw UsageError("option --" + name + " is given twice");
        if (flags.count(name)) {
            m_values[name] = "";
        } else {
            if (k + 1 >= words.size())
                throw UsageError("option --" + name + " needs a value");
            m_values[name] = words[++k];
        }
    }
}

bool Arguments::flag(const std::string& name)
{
    m_read.insert(name);
    return has(name);
}

std::string Arguments::text(const std::string& name, const std::string& fallback)
{
    m_read.insert(name);
    return has(name) ? m_values.at(name) : fallback;
}

long long Arguments::integer(const std::string& name, long long fallback, long long minimum,
                             long long maximum)
{
    m_read.insert(name);
    if (!has(name))
        return fallback;
    const std::string& text = m_values.at(name);
    long long parsed = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (error != std::errc() || end != text.data() + text.size())
        throw UsageError("--" + name + " expects a whole number, got '" + text + "'");
    if (parsed < minimum || parsed > maximum)
        throw UsageError("--" + name + " must lie in [" + std::to_string(minimum) + ", " +
                         std::to_string(maximum) + "], got " + text);
    return parsed;
}

double Arguments::number(const std::string& name, double fallback, double minimum, double maximum)
{
    m_read.insert(name);
    if (!has(name))
        return fallback;
    const std::string& text = m_values.at(name);
    char* end = nullptr;
    const double parsed = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(parsed))
        throw UsageError("--" + name + " expects a number, got '" + text + "'");
    if (parsed < minimum || parsed > maximum) {
        std::ostringstream range;
        range << "--" << name << " must lie in [" << minimum << ", " << maximum << "], got "
              << text;
        throw UsageError(range.str());
    }
    return parsed;
}

std::vector<int> Arguments::integerList(const std::string& name)
{
    m_read.insert(name);
    std::vector<int> values;
    if (!has(name))
        return values;
    const std::string& text = m_values.at(name);
    // getline drops a trailing empty item: "0,1,2," would pass as "0,1,2".
    if (!text.empty() && text.back() == ',')
        throw UsageError("--" + name + " expects comma-separated whole numbers, got '" + text +
                         "' (a trailing comma)");
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ',')) {
        int parsed = 0;
        const auto [end, error] = std::from_chars(item.data(), item.data() + item.size(), parsed);
        if (item.empty() || error != std::errc() || end != item.data() + item.size())
            throw UsageError("--" + name + " expects comma-separated whole numbers, got '" +
                             m_values.at(name) + "'");
        values.push_back(parsed);
    }
    if (values.empty())
        throw UsageError("--" + name + " expects at least one number");
    return values;
}

void Arguments::finish() const
{
    for (const auto& [name, value] : m_values)
        if (!m_read.count(name))
            throw UsageError("unknown option --" + name);
}

} // namespace hopfield::cli
