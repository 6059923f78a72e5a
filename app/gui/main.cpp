// hopfield-lab: the live window.  --list-demos and argument errors are answered before
// any window system is touched, so they work on a machine without a display.
#include "FigureExport.h"
#include "HeatMapView.h"
#include "gui/appearance/AppearanceActions.h"
#include "gui/appearance/Theme.h"
#include "gui/continuous/ContinuousLab.h"
#include "gui/continuous/ContinuousLabSetup.h"
#include "gui/document/Autosaver.h"
#include "gui/document/RecoveryOffer.h"
#include "gui/document/SessionActions.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionFile.h"
#include "gui/generative/GenerativeLab.h"
#include "gui/learning/LearningLab.h"
#include "gui/lessons/LessonCatalog.h"
#include "gui/plasticity/PlasticityController.h"
#include "gui/plasticity/PlasticityLab.h"
#include "gui/plasticity/PlasticitySweepPanel.h"
#include "gui/retrieval/demos/DemoCatalog.h"
#include "gui/retrieval/view/RetrievalStudio.h"
#include "gui/window/FrameRateMeter.h"
#include "gui/window/MainWindow.h"
#include "gui/window/RecoveryPolicy.h"
#include "gui/window/StudioSessionBridge.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

namespace {

void printLine(std::FILE* stream, const QString& line)
{
    std::fprintf(stream, "%s\n", qPrintable(line));
}

/// Every name --demo accepts: studio demos, lessons, learning-lab and generative-lab demos.
QStringList allDemoNames()
{
    return hopfield::app::demoNames() + hopfield::app::lessonIds() +
           hopfield::app::LearningLab::demoNames() + hopfield::app::GenerativeLab::demoNames();
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

void saveAndQuit(QWidget& window, const QString& path)
{
    if (window.grab().save(path, "PNG")) {
        QApplication::exit(0);
        return;
    }
    printLine(stderr, QStringLiteral("hopfield-lab: cannot save the screenshot to %1").arg(path));
    QApplication::exit(1);
}

constexpr QSize kScreenshotSize(1920, 1000);
constexpr int kMinSide = 320;
constexpr int kMaxSide = 16384;

/// "1280x800" as a size; nothing for anything else or a side out of range.
std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    const auto inRange = [](int side) {
        return side >= kMinSide && side <= kMaxSide;
    };
    if (!inRange(size.width()) || !inRange(size.height()))
        return std::nullopt;
    return size;
}

void screenshotAfter(QWidget& window, double seconds, const QString& path)
{
    QTimer::singleShot(static_cast<int>(seconds * 1000.0), &window,
                       [&window, path] { saveAndQuit(window, path); });
}

/// The page of `tabs` whose title (without "&", lower case) starts with `name`, or -1.
int tabNamed(const QTabWidget& tabs, const QString& name)
{
    for (int i = 0; i < tabs.count(); ++i)
        if (tabs.tabText(i).remove(QLatin1Char('&')).toLower().startsWith(name.toLower()))
            return i;
    return -1;
}

/// Opens "lab" or "lab/view" (a page of the lab's own tabs); false when either is unknown.
bool openTab(hopfield::app::MainWindow& window, const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    const int lab = tabNamed(*window.tabs(), parts.constFirst());
    if (lab < 0)
        return false;
    window.tabs()->setCurrentIndex(lab);
    if (parts.size() < 2)
        return true;
    auto* views = window.tabs()->widget(lab)->findChild<QTabWidget*>();
    const int view = views ? tabNamed(*views, parts.at(1)) : -1;
    if (view < 0)
        return false;
    views->setCurrentIndex(view);
    return true;
}

/// The plasticity lab's screenshot: once the digits are loaded it trains with its default
/// settings (or, on the sweep view, runs the sweep) and the window is saved when done.
void screenshotPlasticity(QWidget& window, hopfield::app::PlasticityLab& lab, const QString& path)
{
    using namespace hopfield::app;
    const bool sweep = lab.views()->currentWidget() == lab.sweep();
    QObject::connect(&lab.controller(), &PlasticityController::datasetReady, &lab,
                     [&lab, sweep] { sweep ? lab.sweep()->compute() : lab.play(); });
    const auto shoot = [&window, path] {
        // One more turn of the event loop so the last frame is painted.
        QTimer::singleShot(200, &window, [&window, path] { saveAndQuit(window, path); });
    };
    if (sweep)
        QObject::connect(lab.sweep(), &PlasticitySweepPanel::finished, &window, shoot);
    else
        QObject::connect(&lab, &PlasticityLab::finished, &window, shoot);
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
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QStringLiteral("Open on lab <name> (the start of its tab's title: retrieval, learning, "
                       "continuous, plasticity, generative), or one of its views as lab/view "
                       "(plasticity/curves).  With --screenshot the plasticity lab trains (or "
                       "sweeps, on its sweep view) and is saved when done."),
        QStringLiteral("name"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QStringLiteral("Use the light or dark theme for this run (the View menu's choice is "
                       "kept)."),
        QStringLiteral("light|dark"));
    const QCommandLineOption presentationOption(
        QStringLiteral("presentation"),
        QStringLiteral("Start in presentation mode (F5): type and lines scaled to the screen."));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QStringLiteral("Open the window at WIDTHxHEIGHT pixels instead of the screen's "
                       "available size (a screenshot's default is 1920x1000)."),
        QStringLiteral("WIDTHxHEIGHT"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure-fps"),
        QStringLiteral("Run the studio as fast as the engine goes for <seconds> (after a "
                       "1 s warm-up), print the network view's frames per second and the "
                       "run's sweeps per second as one line of JSON, then quit."),
        QStringLiteral("seconds"));
    const QCommandLineOption measurePatternsOption(
        QStringLiteral("measure-patterns"),
        QStringLiteral("With --measure-fps: store <P> random 256x256 patterns (N = 65,536) "
                       "and run at T = 0.2 from 20% noise (it never reaches a fixed point) "
                       "instead of the demo."),
        QStringLiteral("P"));
    parser.addOptions({demoOption, listOption, presetOption, listPresetsOption, shotOption,
                       afterOption, tabOption, themeOption, presentationOption, sizeOption,
                       measureOption, measurePatternsOption});
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
    const bool generativeDemo = GenerativeLab::demoNames().contains(demoName);
    const bool labDemo = LearningLab::demoNames().contains(demoName) || generativeDemo;
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

    const std::optional<ThemeKind> theme =
        parser.isSet(themeOption) ? themeFromName(parser.value(themeOption)) : std::nullopt;
    if (parser.isSet(themeOption) && !theme) {
        printLine(stderr, QStringLiteral("hopfield-lab: --theme expects light or dark, got '%1'")
                              .arg(parser.value(themeOption)));
        return 2;
    }
    const std::optional<QSize> size = parseSize(parser.value(sizeOption));
    if (parser.isSet(sizeOption) && !size) {
        printLine(stderr, QStringLiteral("hopfield-lab: --size expects WIDTHxHEIGHT between "
                                         "%1 and %2 pixels, got '%3'")
                              .arg(kMinSide)
                              .arg(kMaxSide)
                              .arg(parser.value(sizeOption)));
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hopfield-lab"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hopfield Lab"));
    parser.process(app); // answers --help and --help-all, which need the application

    const bool screenshot = parser.isSet(shotOption);
    bool numberOk = false;
    const double measureSeconds = parser.value(measureOption).toDouble(&numberOk);
    if (parser.isSet(measureOption) &&
        (!numberOk || !(measureSeconds > 0.0 && measureSeconds <= 600.0))) {
        printLine(stderr,
                  QStringLiteral("hopfield-lab: --measure-fps wants seconds in (0, 600], got '%1'")
                      .arg(parser.value(measureOption)));
        return 2;
    }
    const int measurePatterns = parser.value(measurePatternsOption).toInt(&numberOk);
    if (parser.isSet(measurePatternsOption) &&
        (!numberOk || measurePatterns < 1 || measurePatterns > 1000)) {
        printLine(stderr, QStringLiteral(
                              "hopfield-lab: --measure-patterns wants 1 to 1000 patterns, got '%1'")
                              .arg(parser.value(measurePatternsOption)));
        return 2;
    }
    // With a lesson, a preset or a lab demo the retrieval studio waits instead of running.
    MainWindow window(*demo, !lesson && !labDemo && !parser.isSet(presetOption));
    if (lesson)
        window.sessions().openLesson(demoName);
    if (!screenshot) { // screenshots keep the default look and size
        window.appearance().restore();
        window.restoreSavedGeometry();
    }
    window.appearance().applyForThisRun(
        theme, parser.isSet(presentationOption) ? std::optional<bool>(true) : std::nullopt);
    // A screenshot has a known size (the README's are 1920x1000); a window, its screen's.
    if (size || screenshot)
        window.resize(size.value_or(kScreenshotSize));
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
    if (generativeDemo) {
        auto* lab = window.findChild<GenerativeLab*>();
        window.tabs()->setCurrentWidget(lab);
        lab->startDemo(demoName);
    } else if (labDemo) {
        auto* lab = window.findChild<LearningLab*>();
        window.tabs()->setCurrentWidget(lab);
        lab->startDemo(demoName);
    }
    if (parser.isSet(tabOption)) {
        if (!openTab(window, parser.value(tabOption))) {
            printLine(
                stderr,
                QStringLiteral("hopfield-lab: unknown tab '%1'").arg(parser.value(tabOption)));
            return 2;
        }
        auto* plasticity = qobject_cast<PlasticityLab*>(window.tabs()->currentWidget());
        if (screenshot && plasticity) {
            screenshotPlasticity(window, *plasticity, parser.value(shotOption));
            return QApplication::exec();
        }
    }
    if (parser.isSet(measureOption)) {
        RetrievalSetup setup = window.studio()->demo().setup;
        if (parser.isSet(measurePatternsOption)) {
            setup = RetrievalSetup{};
            setup.patterns.kind = PatternSource::Kind::Random;
            setup.patterns.width = 256;
            setup.patterns.height = 256;
            setup.patterns.count = measurePatterns;
            setup.temperature = 0.2;
            setup.seed = 7;
        }
        setup.speed = kUnlimitedSpeed;
        window.studio()->loadSetup(setup, true);
        auto* meter = new FrameRateMeter(*window.studio(), measureSeconds, &window);
        QObject::connect(meter, &FrameRateMeter::finished, &window, [](const QString& json) {
            printLine(stdout, json);
            QApplication::quit();
        });
        return QApplication::exec();
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
