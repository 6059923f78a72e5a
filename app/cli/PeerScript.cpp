#include "PeerScript.h"

#include "UsageError.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace hopfield::cli {
namespace {

/// The most of the peer's output kept: its one line of JSON is far shorter.
constexpr std::size_t kMaxPeerOutput = 1 << 20;

} // namespace

std::string runPeerScript(const std::string& python, const std::string& script,
                          const std::vector<std::string>& arguments)
{
    std::vector<std::string> words = {python, script};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    int fds[2];
    if (pipe(fds) != 0)
        throw UsageError(std::string("cannot make a pipe for the peer: ") + std::strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, python.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    std::string output;
    char buffer[4096];
    ssize_t got = 0;
    while (spawned == 0 && (got = read(fds[0], buffer, sizeof buffer)) != 0) {
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            break;
        if (output.size() < kMaxPeerOutput)
            output.append(buffer, static_cast<std::size_t>(got));
    }
    close(fds[0]);
    if (spawned != 0)
        throw UsageError("cannot run the peer interpreter '" + python +
                         "': " + std::strerror(spawned));
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || output.empty())
        throw UsageError("the peer script failed: " + python + " " + script);
    return output.substr(0, output.find_last_not_of(" \n") + 1);
}

double peerNumber(const std::string& peerJson, const std::string& key)
{
    const std::string quoted = "\"" + key + "\":";
    const auto at = peerJson.find(quoted);
    if (at == std::string::npos)
        throw UsageError("the peer's output has no " + key);
    const char* begin = peerJson.c_str() + at + quoted.size();
    char* end = nullptr;
    const double value = std::strtod(begin, &end);
    if (end == begin || !std::isfinite(value) || !(value > 0.0))
        throw UsageError("the peer's " + key + " is not a number > 0");
    return value;
}

} // namespace hopfield::cli
