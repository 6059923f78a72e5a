#pragma once

#include <ostream>
#include <span>
#include <string_view>
#include <vector>

namespace hopfield::cli {

/// A small streaming JSON writer: the CLI's one way to print results.  Numbers are
/// written with 17 significant digits (round-trip exact); NaN and infinities, which
/// JSON cannot hold, are written as null.  Nesting is tracked so commas are automatic.
class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out) : m_out(out) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    /// Starts a member of the enclosing object; the next value belongs to it.
    JsonWriter& key(std::string_view name);

    JsonWriter& value(double number);
    JsonWriter& value(long long number);
    JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    /// Copies `json`, one complete value already written (say an array spilled to a
    /// temporary file while a run went on), as the next value.
    JsonWriter& raw(std::streambuf& json);
    template <typename T> JsonWriter& array(std::span<const T> values)
    {
        beginArray();
        for (const T& v : values)
            value(v);
        return endArray();
    }
    template <typename T> JsonWriter& array(const std::vector<T>& values)
    {
        return array(std::span<const T>(values));
    }

private:
    void separate();

    std::ostream& m_out;
    std::vector<bool> m_hasMembers; // one entry per open object or array
    bool m_afterKey = false;
};

} // namespace hopfield::cli
