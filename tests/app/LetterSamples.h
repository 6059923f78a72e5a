#pragma once

// The four built-in letters the pattern suites store: A, I, M and V, 16 x 16 each.
#include "gui/patterns/PatternResource.h"

namespace lab_test {

inline hopfield::PatternSet fourLetters()
{
    return hopfield::app::loadPatterns(
        QStringLiteral(":/patterns/letters.txt"),
        {QStringLiteral("A"), QStringLiteral("I"), QStringLiteral("M"), QStringLiteral("V")});
}

} // namespace lab_test
