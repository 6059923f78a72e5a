#pragma once

// Helpers the io test suites share: patterns drawn in text, a readable comparison of
// pattern sets, and the check of a ParseError against a data row.

#include "core/PatternSet.h"
#include "io/ParseError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace hopfield::testing {

/// Bytes from a string literal, embedded NULs included (QByteArray(const char*) stops
/// at the first one).
template <std::size_t N> QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, static_cast<qsizetype>(N - 1));
}

/// A pattern drawn as rows of '#' (+1) and '.' (-1) joined by '/': "#.#/.#.".
inline Pattern drawnPattern(const QString& drawing, const QString& name = {})
{
    const QStringList rows = drawing.split(QLatin1Char('/'));
    std::vector<Spin> spins;
    for (const QString& row : rows)
        for (const QChar c : row)
            spins.push_back(c == QLatin1Char('#') ? Spin{1} : Spin{-1});
    return Pattern(static_cast<int>(rows.first().size()), static_cast<int>(rows.size()),
                   std::move(spins), name.toStdString());
}

/// drawnPattern() of each drawing, named by `names` (unnamed when `names` is short).
inline PatternSet drawnPatterns(const QStringList& drawings, const QStringList& names = {})
{
    PatternSet set;
    for (qsizetype i = 0; i < drawings.size(); ++i)
        set.add(drawnPattern(drawings[i], i < names.size() ? names[i] : QString()));
    return set;
}

/// The first difference between two pattern sets, or "" when they are equal.
inline std::string differences(const PatternSet& actual, const PatternSet& expected)
{
    const auto size = [](const PatternSet& s) {
        return std::to_string(s.size()) + " patterns of " + std::to_string(s.width()) + "x" +
               std::to_string(s.height());
    };
    if (actual.size() != expected.size() || actual.width() != expected.width() ||
        actual.height() != expected.height())
        return "got " + size(actual) + ", expected " + size(expected);
    for (int mu = 0; mu < actual.size(); ++mu) {
        if (actual[mu].name() != expected[mu].name())
            return "pattern " + std::to_string(mu) + " is named '" + actual[mu].name() +
                   "', expected '" + expected[mu].name() + "'";
        for (int i = 0; i < actual[mu].size(); ++i)
            if (actual[mu][i] != expected[mu][i])
                return "pattern " + std::to_string(mu) + " differs at spin " + std::to_string(i);
    }
    return {};
}

/// The ParseError `parse` throws, or nothing when it returns.
inline std::optional<ParseError> parseErrorOf(const std::function<void()>& parse)
{
    try {
        parse();
    } catch (const ParseError& error) {
        return error;
    }
    return std::nullopt;
}

/// Checks that `error` happened in `file` at the given line or byte and says `message`.
inline void verifyParseError(const std::optional<ParseError>& error, const std::string& file,
                             ParseError::Position kind, long long position, const QString& message)
{
    QVERIFY2(error.has_value(), "no ParseError was thrown");
    const QString what = QString::fromStdString(error->what());
    QCOMPARE(error->file(), file);
    QVERIFY2(error->positionKind() == kind, qPrintable(what));
    QCOMPARE(error->position(), position);
    QVERIFY2(what.contains(message), qPrintable(what + " does not say: " + message));
}

} // namespace hopfield::testing

Q_DECLARE_METATYPE(hopfield::PatternSet)

/// Fails the test unless the two pattern sets are equal, naming the first difference.
#define HL_COMPARE_PATTERNS(actual, expected)                                                      \
    do {                                                                                           \
        const std::string hlDifference = hopfield::testing::differences((actual), (expected));     \
        QVERIFY2(hlDifference.empty(), hlDifference.c_str());                                      \
    } while (false)
