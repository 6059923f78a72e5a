// The main() of every test executable: `tests_engine tst_rng [Qt Test options]` runs the
// suite tst_rng with the options after its name (TestSuite.h says why suites share it).
#include "TestSuite.h"

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

namespace hopfield_test {
namespace {

std::map<std::string, SuiteMain>& suites()
{
    static std::map<std::string, SuiteMain> registry; // built before main(), read after
    return registry;
}

int listSuites(const char* program)
{
    std::fprintf(stderr, "usage: %s SUITE [Qt Test options]\nsuites:\n", program);
    for (const auto& [name, main] : suites())
        std::fprintf(stderr, "  %s\n", name.c_str());
    return 2;
}

} // namespace

bool registerSuite(const char* sourceFile, SuiteMain main)
{
    suites().emplace(std::filesystem::path(sourceFile).stem().string(), main);
    return true;
}

} // namespace hopfield_test

int main(int argc, char* argv[])
{
    using hopfield_test::suites;
    if (argc < 2)
        return hopfield_test::listSuites(argv[0]);
    const auto suite = suites().find(argv[1]);
    if (suite == suites().end()) {
        std::fprintf(stderr, "no test suite named '%s'\n", argv[1]);
        return hopfield_test::listSuites(argv[0]);
    }
    // The suite sees the program name followed by its own options, as if it were alone.
    argv[1] = argv[0];
    return suite->second(argc - 1, argv + 1);
}
