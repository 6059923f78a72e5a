#include "PeerScript.h"

#include "UsageError.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace hopfield::cli {

std::string runPeerScript(const std::string& python, const std::string& script,
                          const std::string& arguments)
{
    const std::string command = "'" + python + "' '" + script + "' " + arguments;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe)
        throw UsageError("cannot run the peer: " + command);
    std::string output;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe.get()))
        output += buffer;
    if (pclose(pipe.release()) != 0 || output.empty())
        throw UsageError("the peer script failed: " + command);
    return output.substr(0, output.find_last_not_of(" \n") + 1);
}

double peerNumber(const std::string& peerJson, const std::string& key)
{
    const std::string quoted = "\"" + key + "\":";
    const auto at = peerJson.find(quoted);
    if (at == std::string::npos)
        throw UsageError("the peer's output has no " + key + ": " + peerJson);
    return std::strtod(peerJson.c_str() + at + quoted.size(), nullptr);
}

} // namespace hopfield::cli
