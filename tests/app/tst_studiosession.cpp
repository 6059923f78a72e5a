// The window as a document: sessions saved through the File menu's actions reopen to the
// same run, painting in the pattern panel changes what the run stores, lessons hide and
// lock their controls, and recovery never waits for an answer nobody can give.
#include "PatternEditorView.h"
#include "TestSuite.h"
#include "gui/appearance/AppearanceActions.h"
#include "gui/appearance/Preferences.h"
#include "gui/appearance/PresentationMode.h"
#include "gui/continuous/ContinuousLab.h"
#include "gui/document/ControlIds.h"
#include "gui/document/SessionActions.h"
#include "gui/document/SessionFile.h"
#include "gui/document/SessionReader.h"
#include "gui/document/SessionSetup.h"
#include "gui/document/SessionWriter.h"
#include "gui/generative/GenerativeLab.h"
#include "gui/learning/CapacityPanel.h"
#include "gui/learning/DenseMemoryPanel.h"
#include "gui/learning/ExampleDiagramsPanel.h"
#include "gui/learning/LearningLab.h"
#include "gui/learning/UnlearningPanel.h"
#include "gui/lessons/HintPanel.h"
#include "gui/lessons/LessonCatalog.h"
#include "gui/patterns/PatternsPanel.h"
#include "gui/plasticity/PlasticityLab.h"
#include "gui/plasticity/SingleNeuronPanel.h"
#include "gui/retrieval/demos/DemoCatalog.h"
#include "gui/retrieval/demos/DemoTips.h"
#include "gui/retrieval/view/RetrievalStudio.h"
#include "gui/retrieval/view/StudioPage.h"
#include "gui/window/MainWindow.h"
#include "gui/window/RecoveryPolicy.h"
#include "gui/window/StudioSessionBridge.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <limits>
#include <map>

using namespace hopfield;
using namespace hopfield::app;

namespace {

/// Frames arriving until the window's run stands at `sweep` (a replay), keyed by sweep.
std::map<int, RetrievalFrame> framesUntil(QSignalSpy& frames, int sweep)
{
    std::map<int, RetrievalFrame> ends;
    while (ends.empty() || ends.rbegin()->first < sweep) {
        if (frames.isEmpty() && !frames.wait(5000))
            break;
        while (!frames.isEmpty()) {
            const auto frame = frames.takeFirst().at(0).value<RetrievalFrame>();
            if (frame.sweepFraction == 0.0 && frame.sweep > 0)
                ends[frame.sweep] = frame;
        }
    }
    return ends;
}

/// The frames at the ends of the next `sweeps` sweeps, up to sweep `last` (by default
/// `sweeps`: from the start), keyed by sweep, stepping one sweep at a time (each step
/// publishes the frame at its sweep's end).
std::map<int, RetrievalFrame> stepSweeps(MainWindow& window, int sweeps, int last = -1)
{
    RetrievalController& controller = window.controller();
    QSignalSpy frames(&controller, &RetrievalController::frameReady);
    for (int k = 0; k < sweeps; ++k)
        controller.stepSweep();
    return framesUntil(frames, last < 0 ? sweeps : last);
}

/// The slider inside the continuous lab's parameter slider labelled `name` ("β", "μ").
QSlider* parameterSlider(ContinuousLab& lab, const QString& name)
{
    for (QLabel* label : lab.findChildren<QLabel*>())
        if (label->text() == name)
            return label->parentWidget()->findChild<QSlider*>();
    return nullptr;
}

bool waitForScene(MainWindow& window)
{
    QSignalSpy scenes(&window.controller(), &RetrievalController::sceneReady);
    return scenes.wait(5000);
}

} // namespace

class TestStudioSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Preferences go to a throw-away place, not the user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    void aSavedSessionReopensOnTheStateOnScreen()
    {
        // T = 0.4: every update draws random numbers, so the same continuation needs the
        // same spins, the same place in the sweep, the same order and the same stream.
        MainWindow original(*findDemo(QStringLiteral("letters-hot")), false);
        original.show();
        QVERIFY(waitForScene(original));
        constexpr int kSweeps = 3;
        QCOMPARE(static_cast<int>(stepSweeps(original, kSweeps).size()), kSweeps);
        // An odd moment: a few single-spin updates into the next sweep.
        constexpr int kSpins = 5;
        QSignalSpy spinFrames(&original.controller(), &RetrievalController::frameReady);
        for (int k = 0; k < kSpins; ++k)
            original.controller().stepSpin();
        while (spinFrames.count() < kSpins)
            QVERIFY(spinFrames.wait(5000));
        const auto onScreen = spinFrames.constLast().at(0).value<RetrievalFrame>();
        QCOMPARE(onScreen.sweep, kSweeps);
        QVERIFY(onScreen.sweepFraction > 0.0);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("hot.json"));
        QVERIFY(original.sessions().actions().saveTo(path));
        const Session saved = loadSessionFile(path);
        QCOMPARE(saved.sweep, kSweeps);
        QCOMPARE(saved.run.position, kSpins);
        QCOMPARE(QVector<qint8>(saved.state.spins().begin(), saved.state.spins().end()),
                 onScreen.spins);
        constexpr int kLast = kSweeps + 3;
        const std::map<int, RetrievalFrame> after = stepSweeps(original, kLast - kSweeps, kLast);

        // Another window, opened on another demo, takes the file.
        MainWindow reopened(*findDemo(QStringLiteral("letters")), false);
        reopened.show();
        QVERIFY(waitForScene(reopened));
        QSignalSpy frames(&reopened.controller(), &RetrievalController::frameReady);
        QVERIFY(reopened.sessions().applySession(saved));
        QVERIFY(frames.wait(5000));
        const auto first = frames.constFirst().at(0).value<RetrievalFrame>();
        QCOMPARE(first.time(), onScreen.time());
        QCOMPARE(first.spins, onScreen.spins);
        QCOMPARE(reopened.controller().setup().temperature, 0.4);
        const std::map<int, RetrievalFrame> onwards = stepSweeps(reopened, kLast - kSweeps, kLast);
        for (const auto& [sweep, frame] : after) {
            QVERIFY2(onwards.count(sweep) == 1, qPrintable(QString::number(sweep)));
            QCOMPARE(onwards.at(sweep).spins, frame.spins);
            QCOMPARE(onwards.at(sweep).energyPerNeuron, frame.energyPerNeuron);
        }
        // Not vacuous: at T = 0.4 the state kept moving after the save.
        QVERIFY(after.rbegin()->second.spins != onScreen.spins);
    }

    void aSessionFarIntoItsRunOpensAtOnce()
    {
        // 2^31 - 1 sweeps: nothing is replayed, so the first frame is the saved state.
        Session session = sessionFromSetup(findDemo(QStringLiteral("letters-hot"))->setup);
        session.state = session.patterns[1];
        session.sweep = std::numeric_limits<int>::max();
        MainWindow window(*findDemo(QStringLiteral("letters")), false);
        window.show();
        QVERIFY(waitForScene(window));
        QSignalSpy frames(&window.controller(), &RetrievalController::frameReady);
        QVERIFY(window.sessions().applySession(session));
        QVERIFY(frames.wait(5000));
        const auto first = frames.constFirst().at(0).value<RetrievalFrame>();
        QCOMPARE(first.sweep, std::numeric_limits<int>::max());
        QCOMPARE(first.spins,
                 QVector<qint8>(session.state.spins().begin(), session.state.spins().end()));
    }

    void paintingInThePanelChangesTheStoredPatterns()
    {
        MainWindow window(*findDemo(QStringLiteral("letters")), false);
        window.show();
        QVERIFY(waitForScene(window));
        PatternsPanel* panel = window.studioPage()->patterns();
        QCOMPARE(panel->patterns().size(), 4); // the demo's A, I, M, V
        const int current = panel->currentIndex();
        const Pattern before = panel->patterns()[current];
        auto* editor = window.findChild<ui::PatternEditorView*>(QStringLiteral("patternEditor"));
        QVERIFY(editor);
        // A corner cell of the letter is background (-1); the left button paints +1.
        QCOMPARE(before.spins()[0], Spin(-1));
        QSignalSpy scenes(&window.controller(), &RetrievalController::sceneReady);
        QTest::mouseClick(editor, Qt::LeftButton, {}, editor->cellCentre(0, 0));
        QVERIFY(scenes.wait(5000));
        const RetrievalSetup& setup = window.controller().setup();
        QCOMPARE(setup.patterns.kind, PatternSource::Kind::Given);
        QCOMPARE(setup.patterns.given[current].spins()[0], Spin(1));
        // The worker stored the painted pattern: its thumbnail in the new scene has it.
        const auto scene = scenes.last().at(0).value<RetrievalScene>();
        QCOMPARE(scene.stored.at(current).at(0), qint8(1));
        // And it saves inline, as drawn.
        QCOMPARE(window.sessions().currentSession().origin.kind, PatternOrigin::Kind::Inline);

        // The panel's start is the network's: an inversion goes over as spins, -xi.
        CorruptionSettings inversion = panel->corruption();
        inversion.kind = CorruptionSettings::Kind::Inversion;
        panel->setCorruption(inversion);
        QVERIFY(scenes.wait(5000));
        QCOMPARE(window.controller().setup().start, StartKind::Given);
        const auto inverted = scenes.last().at(0).value<RetrievalScene>();
        const auto painted = window.controller().setup().patterns.given[current].spins();
        for (std::size_t i = 0; i < painted.size(); ++i)
            QCOMPARE(inverted.start.at(static_cast<qsizetype>(i)), qint8(-painted[i]));
        // Saved and reopened, the given start comes back spin for spin.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inverted.json"));
        QVERIFY(window.sessions().actions().saveTo(path));
        const Session saved = loadSessionFile(path);
        QCOMPARE(saved.settings.start, StartKind::Given);
        QCOMPARE(toRetrievalSetup(saved).startSpins, window.controller().setup().startSpins);
    }

    void theMixtureDemosStartIsThePanelsStart()
    {
        // sign(A + I + M) with 10% flipped: the panel shows the very start the network has.
        MainWindow window(*findDemo(QStringLiteral("letters-mixture")), false);
        window.show();
        QSignalSpy scenes(&window.controller(), &RetrievalController::sceneReady);
        QVERIFY(scenes.wait(5000));
        const auto scene = scenes.last().at(0).value<RetrievalScene>();
        PatternsPanel* panel = window.studioPage()->patterns();
        QCOMPARE(panel->corruption().kind, CorruptionSettings::Kind::Mixture);
        QCOMPARE(panel->corruption().mixtureNoise, window.controller().setup().noise);
        QVERIFY(panel->startState().has_value());
        const auto spins = panel->startState()->start.spins();
        QCOMPARE(QVector<qint8>(spins.begin(), spins.end()), scene.start);
    }

    void aLessonHidesAndLocksItsControls()
    {
        MainWindow window(*findDemo(QStringLiteral("letters")), false);
        window.show();
        QVERIFY(waitForScene(window));
        auto* temperature = window.findChild<QSlider*>(QStringLiteral("temperatureSlider"));
        auto* rule = window.findChild<QComboBox*>(QStringLiteral("ruleComboBox"));
        auto* landscape = window.findChild<QWidget*>(QStringLiteral("landscapePanel"));
        QVERIFY(temperature && rule && landscape);
        QVERIFY(temperature->isEnabled());
        QVERIFY(rule->isVisible());
        HintPanel* hints = window.studioPage()->hints();
        // A plain demo shows its "Things to try" alone (issue 11, item 17).
        QVERIFY(hints->isVisible());
        QVERIFY(hints->text(HintPanel::Section::WhatIsIt).isEmpty());
        QCOMPARE(hints->text(HintPanel::Section::ThingsToTry),
                 demoThingsToTry(QStringLiteral("letters")));

        // basins-of-attraction: rule and landscape hidden, temperature locked.
        // overloading hides the pattern editor, box and all.
        // Every control a lesson can name has a widget registered for it.
        for (ControlId id : controls::all())
            QVERIFY2(!window.sessions().lessonControls().controlsOf(id).isEmpty(),
                     qPrintable(controls::name(id)));
        const QList<QObject*> editorControls =
            window.sessions().lessonControls().controlsOf(ControlId::PatternsEditor);
        QCOMPARE(editorControls.size(), 1);
        auto* editorBox = qobject_cast<QWidget*>(editorControls.first());
        QVERIFY(editorBox && editorBox->isVisible());
        QVERIFY(window.sessions().openLesson(QStringLiteral("overloading")));
        QVERIFY(!editorBox->isVisible());
        QVERIFY(window.sessions().openLesson(QStringLiteral("basins-of-attraction")));
        QVERIFY(editorBox->isVisible());
        QVERIFY(!temperature->isEnabled());
        QVERIFY(!rule->isVisible());
        QVERIFY(!landscape->isVisible());
        QVERIFY(hints->isVisible());
        QVERIFY(!hints->title().isEmpty());
        QCOMPARE(window.windowTitle(), hints->title());

        // spurious-mixtures locks the corruption tools instead; temperature comes back.
        QVERIFY(window.sessions().openLesson(QStringLiteral("spurious-mixtures")));
        QVERIFY(temperature->isEnabled());
        QVERIFY(landscape->isVisible());
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("corruptionPanel"))->isEnabled());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("newCorruptionAction"))->isEnabled());

        // A demo ends the lesson: everything back, no hints.
        window.sessions().forgetLesson();
        QVERIFY(rule->isVisible());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("corruptionPanel"))->isEnabled());
        QVERIFY(!hints->isVisible());
    }

    void labLessonsSetTheirLabsControls_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : lessonIds())
            if (lessonLab(id) != LessonLab::Studio)
                QTest::newRow(qPrintable(id)) << id;
    }

    void labLessonsSetTheirLabsControls()
    {
        QFETCH(QString, id);
        MainWindow window(*findDemo(QStringLiteral("letters")), false);
        const LabLesson lesson = loadLabLesson(id);
        LessonControls& controls = window.sessions().lessonControls();
        // The lab's tab comes to the front on the lesson's view, its hints shown.
        QVERIFY(window.sessions().openLesson(id));
        QCOMPARE(window.sessions().lessonId(), id);
        QWidget* lab = window.tabs()->currentWidget();
        auto* plasticity = qobject_cast<PlasticityLab*>(lab);
        auto* generative = qobject_cast<GenerativeLab*>(lab);
        QVERIFY(lesson.lab == LessonLab::Plasticity ? plasticity != nullptr
                                                    : generative != nullptr);
        QTabWidget* views = plasticity ? plasticity->views() : generative->views();
        QVERIFY2(views->tabText(views->currentIndex()).toLower().startsWith(lesson.view),
                 qPrintable(views->tabText(views->currentIndex())));
        HintPanel* hints = plasticity ? plasticity->hints() : generative->hints();
        QVERIFY(!hints->isHidden());
        QCOMPARE(hints->title(), lesson.notes.title);
        QVERIFY(window.studioPage()->hints()->isHidden());
        // Every value landed in its widget, exactly.
        for (auto value = lesson.values.cbegin(); value != lesson.values.cend(); ++value) {
            const QList<QObject*> widgets = controls.controlsOf(value.key());
            QCOMPARE(widgets.size(), 1);
            QObject* widget = widgets.first();
            const QString name = controls::name(value.key());
            if (auto* box = qobject_cast<QDoubleSpinBox*>(widget))
                QVERIFY2(box->value() == value.value().toDouble(), qPrintable(name));
            else if (auto* box = qobject_cast<QSpinBox*>(widget))
                QVERIFY2(box->value() == value.value().toInt(), qPrintable(name));
            else if (auto* box = qobject_cast<QComboBox*>(widget))
                QVERIFY2(
                    box->currentText().compare(value.value().toString(), Qt::CaseInsensitive) == 0,
                    qPrintable(name));
            else
                QFAIL(qPrintable(name));
        }
        for (ControlId locked : lesson.notes.locked)
            for (QObject* widget : controls.controlsOf(locked))
                QVERIFY(!qobject_cast<QWidget*>(widget)->isEnabled());

        // The single-neuron lessons' runs end as their hints say (seed 1).
        if (plasticity && views->currentWidget() == plasticity->singleNeuron()) {
            QSignalSpy done(plasticity->singleNeuron(), &SingleNeuronPanel::finished);
            QVERIFY(done.wait(30000));
            const QString result = plasticity->singleNeuron()->resultText();
            if (id == QLatin1String("bcm-selects-one-pattern"))
                QVERIFY2(result.contains(QStringLiteral("neuron 1 selects pattern 2")),
                         qPrintable(result));
            else
                QVERIFY2(result.contains(QStringLiteral("neuron 1 selects pattern 1")) &&
                             result.contains(QStringLiteral("neuron 2 selects pattern 2")),
                         qPrintable(result));
        }

        // A studio lesson brings the studio back and lifts the lab's restrictions.
        QVERIFY(window.sessions().openLesson(QStringLiteral("overloading")));
        QCOMPARE(window.tabs()->currentWidget(), window.studioPage());
        QVERIFY(hints->isHidden());
        for (ControlId locked : lesson.notes.locked)
            for (QObject* widget : controls.controlsOf(locked))
                QVERIFY(qobject_cast<QWidget*>(widget)->isEnabled());
    }

    void viewChoicesApplyAndAreKept()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("preferences.ini"));
        const QFont normalFont = QApplication::font();
        const double normalPoints = normalFont.pointSizeF();
        {
            Preferences preferences(ini);
            AppearanceActions appearance(preferences);
            appearance.darkAction()->trigger();
            appearance.presentationAction()->trigger();
            // Dark: light text on a dark window; presentation: type scaled to the screen.
            const QPalette palette = QApplication::palette();
            QVERIFY(palette.color(QPalette::Window).lightnessF() < 0.3);
            QVERIFY(palette.color(QPalette::WindowText).lightnessF() > 0.7);
            QVERIFY(appearance.presentation().scale() >= PresentationMode::kMinScale);
            QCOMPARE(QApplication::font().pointSizeF(),
                     normalPoints * appearance.presentation().scale());
        }
        Preferences reread(ini);
        QCOMPARE(reread.theme(), ThemeKind::Dark);
        QVERIFY(reread.presentationMode());
        // The next start of the application begins with its normal type.
        QApplication::setFont(normalFont);
        AppearanceActions restored(reread);
        restored.restore();
        QVERIFY(restored.darkAction()->isChecked());
        QVERIFY(restored.presentationAction()->isChecked());
        QCOMPARE(QApplication::font().pointSizeF(), normalPoints * restored.presentation().scale());
        restored.setTheme(ThemeKind::Light);
        restored.setPresentation(false);
        QCOMPARE(QApplication::font().pointSizeF(), normalPoints);
    }

    void theLearningAndContinuousLabsAreSavedAndRestored()
    {
        MainWindow original(*findDemo(QStringLiteral("letters")), false);
        original.show();
        QVERIFY(waitForScene(original));
        auto* learning = original.findChild<LearningLab*>();
        auto* continuous = original.findChild<ContinuousLab*>();
        QVERIFY(learning && continuous);
        const QJsonObject learningDefaults = learning->sessionControls().values();
        const QJsonObject continuousDefaults = continuous->sessionControls().values();
        QCOMPARE(learningDefaults[QStringLiteral("view")].toString(),
                 QStringLiteral("phase-diagram"));
        QCOMPARE(learningDefaults[QStringLiteral("capacity")][QStringLiteral("neurons")].toInt(),
                 CapacitySettings{}.neurons);

        // As a user would: another view, spin boxes, the order slider, a preset, β.
        learning->findChild<QTabWidget*>(QStringLiteral("learningViews"))->setCurrentIndex(7);
        CapacitySettings capacity;
        capacity.neurons = 140;
        capacity.noise = 0.35;
        capacity.seed = 7;
        learning->capacity()->setSettings(capacity);
        learning->denseMemory()->findChild<QSlider*>(QStringLiteral("order"))->setValue(5);
        QList<QSpinBox*> unlearning = learning->unlearning()->findChildren<QSpinBox*>();
        QCOMPARE(unlearning.size(), 4); // N, P, dreams, seed
        unlearning.at(2)->setValue(4321);
        learning->exampleDiagrams()
            ->findChild<QComboBox*>(QStringLiteral("exampleDiagramsRule"))
            ->setCurrentIndex(1);
        continuous->loadPreset(QStringLiteral("limit-cycle"));
        QSlider* beta = parameterSlider(*continuous, QStringLiteral("β"));
        QVERIFY(beta);
        beta->setValue(300); // a user's move: 0.5 + 0.3 (20 - 0.5) = 6.35

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("labs.json"));
        QVERIFY(original.sessions().actions().saveTo(path));
        const Session saved = loadSessionFile(path);
        QCOMPARE(saved.learning[QStringLiteral("view")].toString(), QStringLiteral("dense-memory"));
        QCOMPARE(saved.learning[QStringLiteral("capacity")][QStringLiteral("neurons")].toInt(),
                 140);
        QCOMPARE(saved.learning[QStringLiteral("capacity")][QStringLiteral("noise")].toDouble(),
                 0.35);
        QCOMPARE(saved.learning[QStringLiteral("dense-memory")][QStringLiteral("order")].toInt(),
                 5);
        QCOMPARE(saved.learning[QStringLiteral("unlearning")][QStringLiteral("dreams")].toInt(),
                 4321);
        QCOMPARE(
            saved.learning[QStringLiteral("example-diagrams")][QStringLiteral("rule")].toString(),
            QStringLiteral("unsupervised"));
        QCOMPARE(saved.continuous[QStringLiteral("preset")].toString(),
                 QStringLiteral("limit-cycle"));
        QCOMPARE(saved.continuous[QStringLiteral("beta")].toDouble(), 6.35);

        // A fresh window takes the file: every control as it was saved.
        MainWindow reopened(*findDemo(QStringLiteral("letters")), false);
        reopened.show();
        QVERIFY(waitForScene(reopened));
        auto* learningAgain = reopened.findChild<LearningLab*>();
        auto* continuousAgain = reopened.findChild<ContinuousLab*>();
        QCOMPARE(learningAgain->sessionControls().values(), learningDefaults);
        QVERIFY(reopened.sessions().applySession(saved));
        QCOMPARE(learningAgain->sessionControls().values(), learning->sessionControls().values());
        QCOMPARE(continuousAgain->sessionControls().values(),
                 continuous->sessionControls().values());
        QCOMPARE(learningAgain->capacity()->settings().neurons, 140);
        QCOMPARE(learningAgain->capacity()->settings().seed, std::uint64_t{7});
        QCOMPARE(learningAgain->denseMemory()->settings().order, 5);
        QVERIFY(!learningAgain->exampleDiagrams()->settings().supervised);
        QCOMPARE(
            learningAgain->findChild<QTabWidget*>(QStringLiteral("learningViews"))->currentWidget(),
            learningAgain->denseMemory());
        QCOMPARE(continuousAgain->findChild<QComboBox*>(QStringLiteral("presetPicker"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("limit-cycle"));
        // Restoring computes nothing in the learning lab (Cancel is enabled while busy).
        QVERIFY(!learningAgain->capacity()
                     ->findChild<QPushButton*>(QStringLiteral("cancel"))
                     ->isEnabled());

        // An older file, without the labs: today's defaults.
        Session old = saved;
        old.learning = {};
        old.continuous = {};
        QVERIFY(!writeSession(old).contains("\"labs\""));
        QVERIFY(reopened.sessions().applySession(readSession(writeSession(old))));
        QCOMPARE(learningAgain->sessionControls().values(), learningDefaults);
        QCOMPARE(continuousAgain->sessionControls().values(), continuousDefaults);
    }

    void aBadLabSectionIsNamedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("lab");
        QTest::addColumn<QJsonObject>("controls");
        QTest::addColumn<QString>("message");
        QTest::newRow("out of range")
            << QStringLiteral("learning")
            << QJsonObject{{QStringLiteral("capacity"),
                            QJsonObject{{QStringLiteral("neurons"), 99999}}}}
            << QStringLiteral("labs.learning.capacity.neurons: expected a whole number in [20, "
                              "2000], got 99999");
        QTest::newRow("not whole")
            << QStringLiteral("learning")
            << QJsonObject{{QStringLiteral("basins"), QJsonObject{{QStringLiteral("seed"), 1.5}}}}
            << QStringLiteral("labs.learning.basins.seed: expected a whole number");
        QTest::newRow("unknown view")
            << QStringLiteral("learning")
            << QJsonObject{{QStringLiteral("view"), QStringLiteral("hebb")}}
            << QStringLiteral(
                   "labs.learning.view: unknown choice \"hebb\"; the choices are phase-diagram, ");
        QTest::newRow("unknown panel")
            << QStringLiteral("learning")
            << QJsonObject{{QStringLiteral("capacities"), QJsonObject{}}}
            << QStringLiteral("labs.learning: unknown field \"capacities\"");
        QTest::newRow("unknown preset")
            << QStringLiteral("continuous")
            << QJsonObject{{QStringLiteral("preset"), QStringLiteral("lorenz")}}
            << QStringLiteral("labs.continuous.preset: unknown choice \"lorenz\"");
        QTest::newRow("β out of range")
            << QStringLiteral("continuous") << QJsonObject{{QStringLiteral("beta"), 0.1}}
            << QStringLiteral("labs.continuous.beta: expected a number in [0.5, 20], got 0.1");
        QTest::newRow("unknown parameter")
            << QStringLiteral("continuous") << QJsonObject{{QStringLiteral("gain"), 2}}
            << QStringLiteral("labs.continuous: unknown field \"gain\"");
    }

    void aBadLabSectionIsNamedAndChangesNothing()
    {
        QFETCH(QString, lab);
        QFETCH(QJsonObject, controls);
        QFETCH(QString, message);
        MainWindow window(*findDemo(QStringLiteral("letters")), false);
        window.show();
        QVERIFY(waitForScene(window));
        auto* learning = window.findChild<LearningLab*>();
        const QJsonObject before = learning->sessionControls().values();
        const double temperature = window.controller().setup().temperature;
        Session session = window.sessions().currentSession();
        session.settings.temperature = temperature + 0.5;
        session.learning = QJsonObject{{QStringLiteral("view"), QStringLiteral("basins")}};
        (lab == QLatin1String("learning") ? session.learning : session.continuous) = controls;
        QSignalSpy failed(&window.sessions(), &StudioSessionBridge::failed);
        QVERIFY(!window.sessions().applySession(session));
        QCOMPARE(failed.count(), 1);
        const QString error = failed.at(0).at(0).toString();
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(window.controller().setup().temperature, temperature);
        QCOMPARE(learning->sessionControls().values(), before);
    }

    void recoveryIsOfferedOnlyToSomeoneWhoCanAnswer_data()
    {
        QTest::addColumn<bool>("screenshot");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<bool>("offered");
        QTest::newRow("interactive") << false << QStringLiteral("xcb") << QByteArray() << true;
        QTest::newRow("--screenshot") << true << QStringLiteral("xcb") << QByteArray() << false;
        QTest::newRow("offscreen") << false << QStringLiteral("offscreen") << QByteArray() << false;
        QTest::newRow("HOPFIELD_NO_RECOVERY=1")
            << false << QStringLiteral("wayland") << QByteArray("1") << false;
        QTest::newRow("HOPFIELD_NO_RECOVERY=0")
            << false << QStringLiteral("wayland") << QByteArray("0") << true;
    }

    void recoveryIsOfferedOnlyToSomeoneWhoCanAnswer()
    {
        QFETCH(bool, screenshot);
        QFETCH(QString, platform);
        QFETCH(QByteArray, variable);
        QFETCH(bool, offered);
        QCOMPARE(recoveryOfferWanted(screenshot, platform, variable), offered);
    }
};

HOPFIELD_TEST_MAIN(TestStudioSession)
#include "tst_studiosession.moc"
