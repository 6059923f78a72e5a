#pragma once

#include <QTest>
#include <cmath>

/// Fails the test unless |actual - expected| <= tolerance, printing all three numbers.
/// The one fuzzy comparison of the test suites: every tolerance is stated at the call.
#define HL_COMPARE_NEAR(actual, expected, tolerance)                                               \
    do {                                                                                           \
        const double hlActual = (actual);                                                          \
        const double hlExpected = (expected);                                                      \
        const double hlTolerance = (tolerance);                                                    \
        if (!(std::abs(hlActual - hlExpected) <= hlTolerance))                                     \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 +- %4")                          \
                                 .arg(QStringLiteral(#actual))                                     \
                                 .arg(hlActual, 0, 'g', 10)                                        \
                                 .arg(hlExpected, 0, 'g', 10)                                      \
                                 .arg(hlTolerance, 0, 'g', 4)));                                   \
    } while (false)
