#pragma once

// Running the hopfield-lab executable from a test, on the offscreen platform, as a user
// or a script would.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace lab_test {

struct LabRun {
    int exitCode = -1; ///< -1 if it crashed or did not end in time
    QString out;
    QString err;
};

inline LabRun runLab(const QStringList& arguments, int timeoutMs = 30000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HOPFIELD_LAB_PATH), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace lab_test
