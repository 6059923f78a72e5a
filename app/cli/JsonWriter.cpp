#include "JsonWriter.h"

#include <cmath>
#include <cstdio>

namespace hopfield::cli {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasMembers.empty()) {
        if (m_hasMembers.back())
            m_out << ',';
        m_hasMembers.back() = true;
    }
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out << '{';
    m_hasMembers.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_hasMembers.pop_back();
    m_out << '}';
    if (m_hasMembers.empty())
        m_out << '\n';
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out << '[';
    m_hasMembers.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_hasMembers.pop_back();
    m_out << ']';
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    value(name);
    m_out << ':';
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out << "null";
        return *this;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", number);
    m_out << text;
    return *this;
}

JsonWriter& JsonWriter::value(long long number)
{
    separate();
    m_out << number;
    return *this;
}

JsonWriter& JsonWriter::raw(std::streambuf& json)
{
    separate();
    // operator<< marks the stream failed when it copies nothing: skip an empty buffer.
    if (json.sgetc() != std::char_traits<char>::eof())
        m_out << &json;
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_out << (flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
    separate();
    m_out << '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            m_out << "\\\"";
            break;
        case '\\':
            m_out << "\\\\";
            break;
        case '\n':
            m_out << "\\n";
            break;
        case '\t':
            m_out << "\\t";
            break;
        case '\r':
            m_out << "\\r";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                m_out << escaped;
            } else {
                m_out << c;
            }
        }
    }
    m_out << '"';
    return *this;
}

} // namespace hopfield::cli
