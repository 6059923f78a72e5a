// hopfield-lab: the live window.  --list-demos and argument errors are answered before
// any window system is touched, so they work on a machine without a display.
#include "FigureExport.h"
#include "HeatMapView.h"
#include "gui/appearance/AppearanceActions.h"
#include "gui/continuous/ContinuousLab.h"
#include "gui/continuous/ContinuousLabSetup.h"
#include "gui/document/Autosaver.h"
#include "gui/document/RecoveryOffer.h"
#include "gui/document/SessionActions.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionFile.h"
#include "gui/learning/LearningLab.h"
#include "gui/lessons/LessonCatalog.h"
#include "gui/retrieval/demos/DemoCatalog.h"
#include "gui/window/MainWindow.h"
#include "gui/window/RecoveryPolicy.h"
#include "gui/window/StudioSessionBridge.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

namespace {

void printLine(std::FILE* stream, const QString& line)
{
    std::fprintf(stream, "%s\n", qPrintable(line));
}

/// Every name --demo accepts: studio demos, lessons, learning-lab demos.
QStringList allDemoNames()
{
    return hopfield::app::demoNames() + hopfield::app::lessonIds() +
           hopfield::app::LearningLab::demoNames();
}

/// The phase plane of the continuous lab as a figure: 720 x 600 logical pixels, which
/// FigureExport writes as vectors to .svg and .pdf (the GUI's render path for presets).
QString writePhasePlane(hopfield::app::ContinuousLab& lab, const QString& path)
{
    return hopfield::ui::figure::write(
        *lab.phasePlane(), path, {QSizeF(720.0, 600.0), 300.0, QStringLiteral("phase plane")});
}

/// Saves the window (or, for a vector path, the phase plane) once the preset's trajectories
/// have settled, then quits; a controlled preset settles again if anything restarts it.
void screenshotWhenSettled(QWidget& window, hopfield::app::ContinuousLab& lab, const QString& path)
{
    namespace figure = hopfield::ui::figure;
    const bool vector =
        figure::formatForPath(path).value_or(figure::Format::Png) != figure::Format::Png;
    QObject::connect(
        &lab, &hopfield::app::ContinuousLab::settled, &window, [&window, &lab, path, vector] {
            const QString error =
                vector ? writePhasePlane(lab, path)
                       : (window.grab().save(path, "PNG")
                              ? QString()
                              : QStringLiteral("cannot save the screenshot to ") + path);
            if (!error.isEmpty())
                printLine(stderr, QStringLiteral("hopfield-lab: ") + error);
            QApplication::exit(error.isEmpty() ? 0 : 1);
        });
}

void screenshotAfter(QWidget& window, double seconds, const QString& path)
{
    QTimer::singleShot(static_cast<int>(seconds * 1000.0), &window, [&window, path] {
        if (window.grab().save(path, "PNG")) {
            QApplication::exit(0);
            return;
        }
        printLine(stderr,
                  QStringLiteral("hopfield-lab: cannot save the screenshot to %1").arg(path));
        QApplication::exit(1);
    });
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
    const QCommandLineOption presetOption(
        QStringLiteral("preset"),
        QStringLiteral("Open the continuous lab on preset <name> (see --list-presets)."),
        QStringLiteral("name"));
    const QCommandLineOption listPresetsOption(
        QStringLiteral("list-presets"),
        QStringLiteral("Print the continuous and control preset names, one a line."));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the window as a PNG to <path> once the demo has run, then quit.  "
                       "With --preset: once its trajectories have ended; a .svg or .pdf path "
                       "gets the phase plane as a vector figure."),
        QStringLiteral("path"));
    const QCommandLineOption afterOption(
        QStringLiteral("after"), QStringLiteral("Seconds before the screenshot (default 3)."),
        QStringLiteral("seconds"), QStringLiteral("3"));
    parser.addOptions(
        {demoOption, listOption, presetOption, listPresetsOption, shotOption, afterOption});
    parser.addPositionalArgument(QStringLiteral("session"),
                                 QStringLiteral("A session file (.json) to open, as a "
                                                "double-click on it would."),
                                 QStringLiteral("[session.json]"));
    if (!parser.parse(arguments)) {
        printLine(stderr, QStringLiteral("hopfield-lab: %1").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(listOption)) {
        for (const QString& name : allDemoNames())
            printLine(stdout, name);
        return 0;
    }
    if (parser.isSet(listPresetsOption)) {
        for (const QString& name : continuousPresetNames())
            printLine(stdout, name);
        return 0;
    }
    const QString preset = parser.value(presetOption);
    if (parser.isSet(presetOption) && !continuousPresetNames().contains(preset)) {
        printLine(stderr, QStringLiteral("hopfield-lab: unknown preset '%1'; the presets are: %2")
                              .arg(preset, continuousPresetNames().join(QStringLiteral(", "))));
        return 2;
    }
    const QString demoName = parser.value(demoOption);
    const bool lesson = lessonIds().contains(demoName);
    const bool labDemo = LearningLab::demoNames().contains(demoName);
    // A lesson or a lab demo opens the window on the first studio demo, paused.
    const std::optional<Demo> demo =
        lesson || labDemo ? findDemo(demoNames().constFirst()) : findDemo(demoName);
    if (!demo) {
        printLine(stderr, QStringLiteral("hopfield-lab: unknown demo '%1'; the demos and lessons "
                                         "are: %2")
                              .arg(demoName, allDemoNames().join(QStringLiteral(", "))));
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printLine(stderr, QStringLiteral("hopfield-lab: one session file at a time, got %1")
                              .arg(positional.size()));
        return 2;
    }
    // A session that cannot be opened is said here, on stderr, before any window.
    const QString sessionPath = positional.value(0);
    if (!sessionPath.isEmpty()) {
        try {
            loadSessionFile(sessionPath);
        } catch (const SessionError& error) {
            printLine(stderr, QStringLiteral("hopfield-lab: %1").arg(error.message()));
            return 2;
        }
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
    // With a lesson, a preset or a lab demo the retrieval studio waits instead of running.
    MainWindow window(*demo, !lesson && !labDemo && !parser.isSet(presetOption));
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
    if (!sessionPath.isEmpty()) // after recovery: the file asked for is what the user wants
        window.sessions().actions().openFile(sessionPath);
    if (labDemo) {
        auto* lab = window.findChild<LearningLab*>();
        window.tabs()->setCurrentWidget(lab);
        lab->startDemo(demoName);
    }
    if (parser.isSet(presetOption)) {
        auto* lab = window.findChild<ContinuousLab*>();
        window.tabs()->setCurrentWidget(lab);
        lab->loadPreset(preset);
        if (screenshot)
            screenshotWhenSettled(window, *lab, parser.value(shotOption));
    } else if (screenshot) {
        screenshotAfter(window, after, parser.value(shotOption));
    }
    return QApplication::exec();
}
