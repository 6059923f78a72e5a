#pragma once

#include <QString>
#include <string_view>
#include <utility>
#include <vector>

namespace hopfield::ui {

/// One named column of a table of numbers.
struct CsvColumn {
    QString name;
    std::vector<double> values;

    /// A column under a name the engine owns (learning/LearningCurveColumns.h), so that
    /// the CSV header has the same bytes as the CLI's JSON key.
    static CsvColumn named(std::string_view name, std::vector<double> values = {})
    {
        return {QString::fromUtf8(name), std::move(values)};
    }
};

/// Tables of numbers as CSV (RFC 4180): a header of column names, then one row per index;
/// a shorter column leaves its cells empty.  Each double is written in the shortest form
/// that reads back to the same double (std::to_chars), so nothing is lost; NaN and
/// infinities are written "nan", "inf" and "-inf".  Names holding a comma, a quote or a
/// line break are quoted.
namespace csv {

QString toCsv(const std::vector<CsvColumn>& columns);

/// Writes toCsv(columns) atomically (QSaveFile): returns an empty string on success, and a
/// message naming the file and the cause otherwise, leaving any old file untouched.
QString write(const QString& path, const std::vector<CsvColumn>& columns);

} // namespace csv
} // namespace hopfield::ui
