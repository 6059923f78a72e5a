// hopfield-lab: the live window.  --list-demos and argument errors are answered before
// any window system is touched, so they work on a machine without a display.
#include "AppearanceActions.h"
#include "DemoCatalog.h"
#include "MainWindow.h"
#include "RecoveryPolicy.h"
#include "StudioSessionBridge.h"
#include "session/Autosaver.h"
#include "session/LessonCatalog.h"
#include "session/RecoveryOffer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

namespace {

void printLine(std::FILE* stream, const QString& line)
{
    std::fprintf(stream, "%s\n", qPrintable(line));
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace hopfield::app;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Hopfield Lab: watch a Hopfield network retrieve its memories."));
    parser.addHelpOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open on demo or lesson <name> (see "
                                                       "--list-demos)."),
                                        QStringLiteral("name"), demoNames().constFirst());
    const QCommandLineOption listOption(QStringLiteral("list-demos"),
                                        QStringLiteral("Print the demo and lesson names, one a "
                                                       "line."));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window as a PNG to <path> once the demo has run, then quit."),
        QStringLiteral("path"));
    const QCommandLineOption afterOption(
        QStringLiteral("after"), QStringLiteral("Seconds before the screenshot (default 3)."),
        QStringLiteral("seconds"), QStringLiteral("3"));
    parser.addOptions({demoOption, listOption, shotOption, afterOption});
    if (!parser.parse(arguments)) {
        printLine(stderr, QStringLiteral("hopfield-lab: %1").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(listOption)) {
        for (const QString& name : demoNames() + lessonIds())
            printLine(stdout, name);
        return 0;
    }
    const QString demoName = parser.value(demoOption);
    const bool lesson = lessonIds().contains(demoName);
    const std::optional<Demo> demo =
        lesson ? findDemo(demoNames().constFirst()) : findDemo(demoName);
    if (!demo) {
        printLine(stderr,
                  QStringLiteral("hopfield-lab: unknown demo '%1'; the demos and lessons "
                                 "are: %2")
                      .arg(demoName, (demoNames() + lessonIds()).join(QStringLiteral(", "))));
        return 2;
    }
    bool afterIsNumber = false;
    const double after = parser.value(afterOption).toDouble(&afterIsNumber);
    if (!afterIsNumber || !(after >= 0.0) || after > 86400.0) {
        printLine(stderr, QStringLiteral("hopfield-lab: --after expects seconds >= 0, got '%1'")
                              .arg(parser.value(afterOption)));
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hopfield-lab"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hopfield Lab"));
    parser.process(app); // answers --help and --help-all, which need the application

    const bool screenshot = parser.isSet(shotOption);
    MainWindow window(*demo, !lesson);
    if (lesson)
        window.sessions().openLesson(demoName);
    if (!screenshot) { // screenshots keep the default look and size
        window.appearance().restore();
        window.restoreSavedGeometry();
    }
    window.show();
    // Autosave and recovery go together, and only where someone can answer the question:
    // recovery first, as it reads the marker a crashed run left, which start() rewrites.
    if (recoveryOfferWanted(screenshot, QGuiApplication::platformName(),
                            qgetenv("HOPFIELD_NO_RECOVERY"))) {
        const std::optional<Session> recovered = offerRecovery(
            window.sessions().autosaver().directory(),
            [&window](const Recovery& recovery) { return askToRecover(&window, recovery); });
        if (recovered)
            window.sessions().applySession(*recovered);
        window.sessions().autosaver().start();
    }
    if (screenshot) {
        const QString path = parser.value(shotOption);
        QTimer::singleShot(static_cast<int>(after * 1000.0), &window, [&window, path] {
            if (window.grab().save(path, "PNG")) {
                QApplication::exit(0);
                return;
            }
            printLine(stderr,
                      QStringLiteral("hopfield-lab: cannot save the screenshot to %1").arg(path));
            QApplication::exit(1);
        });
    }
    return QApplication::exec();
}
