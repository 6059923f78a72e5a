// hopfield-lab-cli: every experiment of Hopfield Lab from a command line, with JSON output.
// The program lives in the CLI library (CliMain.cpp), inside its one unity unit: a main.cpp
// of its own would instantiate CLI11 and nlohmann/json once more, 14 s of compile time.
#include "CliMain.h"

int main(int argc, char** argv)
{
    return hopfield::cli::runCliMain(argc, argv);
}
