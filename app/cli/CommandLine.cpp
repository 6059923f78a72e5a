#include "CommandLine.h"

#include <algorithm>
#include <iostream>

namespace hopfield::cli {

Json vectorJson(const Eigen::VectorXd& vector)
{
    return std::vector<double>(vector.data(), vector.data() + vector.size());
}

std::optional<int> parseOptions(CLI::App& command, const std::vector<std::string>& options,
                                std::ostream& out)
{
    // CLI11 consumes its argument vector from the back.
    std::vector<std::string> reversed(options.rbegin(), options.rend());
    try {
        command.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        out << command.help();
        return finishOutput(out);
    } catch (const CLI::ParseError& error) {
        std::cerr << "hopfield-lab-cli " << command.get_name() << ": " << error.what() << '\n';
        return 2;
    }
    return std::nullopt;
}

int writeJson(const Json& document, std::ostream& out)
{
    out << document.dump(2) << '\n';
    return finishOutput(out);
}

int finishOutput(std::ostream& out)
{
    out.flush();
    if (out)
        return 0;
    std::cerr << "hopfield-lab-cli: could not write the output (disk full or pipe closed)\n";
    return 1;
}

} // namespace hopfield::cli
