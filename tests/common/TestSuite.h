#pragma once

// Many Qt Test suites, one executable per test folder: a suite registers itself under its
// source file's name (tst_x.cpp registers "tst_x") and TestMain.cpp runs the suite its first
// argument names, one suite per process as with Qt's own QTEST_MAIN.  Linking a folder's
// suites once, not once each, is most of what a fresh build saves (issue 10).
//
// The three macros match QTEST_MAIN, QTEST_GUILESS_MAIN and QTEST_APPLESS_MAIN (qtest.h):
// the same application object, initMain() hook and source path for QFINDTESTDATA.
#include <QTest>

namespace hopfield_test {

using SuiteMain = int (*)(int argc, char* argv[]);

/// Registers `main` under the stem of `sourceFile` (a __FILE__); always returns true, so
/// that a namespace-scope constant can hold the call.
bool registerSuite(const char* sourceFile, SuiteMain main);

} // namespace hopfield_test

#define HOPFIELD_SUITE_MAIN(TestObject, ...)                                                       \
    namespace {                                                                                    \
    int main##TestObject(int argc, char* argv[])                                                   \
    {                                                                                              \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                         \
        __VA_ARGS__                                                                                \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }                                                                                              \
    [[maybe_unused]] const bool registered##TestObject =                                           \
        hopfield_test::registerSuite(__FILE__, main##TestObject);                                  \
    }

#define HOPFIELD_TEST_MAIN(TestObject) HOPFIELD_SUITE_MAIN(TestObject, QTEST_MAIN_SETUP())
#define HOPFIELD_TEST_GUILESS_MAIN(TestObject)                                                     \
    HOPFIELD_SUITE_MAIN(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
#define HOPFIELD_TEST_APPLESS_MAIN(TestObject) HOPFIELD_SUITE_MAIN(TestObject)
