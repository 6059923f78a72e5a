#pragma once

#include <QProcess>
#include <QStringList>

/// One run of hopfield-lab-cli (HOPFIELD_CLI_PATH) as a child process: exit code and both
/// streams; exitCode -1 if it did not finish within two minutes.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(HOPFIELD_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
