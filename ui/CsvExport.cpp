#include "CsvExport.h"

#include "AtomicWrite.h"

#include <QDir>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace hopfield::ui::csv {
namespace {

QString quoted(const QString& name)
{
    if (!name.contains(QLatin1Char(',')) && !name.contains(QLatin1Char('"')) &&
        !name.contains(QLatin1Char('\n')) && !name.contains(QLatin1Char('\r')))
        return name;
    QString escaped = name;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void appendNumber(QString& out, double value)
{
    if (std::isnan(value)) {
        out += QLatin1String("nan");
        return;
    }
    // The shortest decimal that parses back to exactly this double (C++17 to_chars).
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out += QLatin1String(buffer.data(), static_cast<qsizetype>(result.ptr - buffer.data()));
}

} // namespace

QString toCsv(const std::vector<CsvColumn>& columns)
{
    QString out;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (c > 0)
            out += QLatin1Char(',');
        out += quoted(columns[c].name);
    }
    out += QLatin1Char('\n');
    std::size_t rows = 0;
    for (const auto& column : columns)
        rows = std::max(rows, column.values.size());
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (c > 0)
                out += QLatin1Char(',');
            if (r < columns[c].values.size())
                appendNumber(out, columns[c].values[r]);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString write(const QString& path, const std::vector<CsvColumn>& columns)
{
    const auto failure = [&path](const QString& cause) {
        return QStringLiteral("Cannot write the table to '%1': %2")
            .arg(QDir::toNativeSeparators(path), cause);
    };
    if (columns.empty())
        return failure(QStringLiteral("there are no columns"));
    if (const QString cause = writeAtomically(path, toCsv(columns).toUtf8()); !cause.isEmpty())
        return failure(cause);
    return {};
}

} // namespace hopfield::ui::csv
