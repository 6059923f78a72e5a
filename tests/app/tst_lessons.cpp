#include "FuzzyCompare.h"
#include "TestSuite.h"
#include "gui/document/ControlIds.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionReader.h"
#include "gui/document/SessionSetup.h"
#include "gui/lessons/HintPanel.h"
#include "gui/lessons/LessonCatalog.h"
#include "gui/lessons/LessonControls.h"
#include "gui/lessons/LessonMenu.h"
#include "gui/retrieval/run/RetrievalRun.h"

#include <QComboBox>
#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>

using namespace hopfield;
using namespace hopfield::app;

namespace {

/// Runs the lesson at its own settings until a fixed point (at most `maxSweeps`) and
/// returns the final overlap with the start's target.
double finalTargetOverlap(const RetrievalSetup& setup, int maxSweeps)
{
    RetrievalRun run(setup);
    const std::atomic<bool> stop{false};
    for (int s = 0; s < maxSweeps && !run.converged(); ++s)
        run.completeSweep(stop);
    return run.frame().overlaps.value(setup.target);
}

} // namespace

/// The shipped lessons: each reads, carries its notes and a run the window can start,
/// and shows in the Lessons menu and the hint panel.
class TestLessons : public QObject {
    Q_OBJECT

private slots:
    void catalogueMatchesTheResources()
    {
        const QStringList ids = lessonIds();
        QVERIFY(ids.size() >= 5);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // unique
        QStringList files = QDir(QStringLiteral(":/lessons")).entryList({"*.json"}, QDir::Files);
        for (QString& file : files)
            file.chop(5);
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(files, sorted);
        for (const char* id : {"letters-retrieval", "overloading", "spurious-mixtures",
                               "temperature-melts-memory", "basins-of-attraction"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
        // Issue 12's four plasticity lessons and issue 13's single rule.
        for (const char* id : {"bcm-selects-one-pattern", "lateral-inhibition-competes",
                               "memory-factor-selectivity", "competing-units-prototypes"})
            QCOMPARE(lessonLab(QString::fromLatin1(id)), LessonLab::Plasticity);
        QCOMPARE(lessonLab(QStringLiteral("same-rule-different-temperature")),
                 LessonLab::Generative);
        QCOMPARE(lessonLab(QStringLiteral("overloading")), LessonLab::Studio);
    }

    void everyLessonLoadsWithItsNotes_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : lessonIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyLessonLoadsWithItsNotes()
    {
        QFETCH(QString, id);
        if (lessonLab(id) != LessonLab::Studio) {
            // A lab lesson: its notes, and values only for its own lab's controls.
            const LabLesson lesson = loadLabLesson(id);
            for (const QString& text :
                 {lesson.notes.whatIsIt, lesson.notes.thingsToNotice, lesson.notes.thingsToTry})
                QVERIFY2(text.trimmed().size() > 20, qPrintable(text));
            QVERIFY(!lesson.values.isEmpty());
            for (ControlId control :
                 lesson.values.keys() + lesson.notes.hidden + lesson.notes.locked)
                QCOMPARE(controls::labOf(control), lesson.lab);
            QVERIFY(!lessonDemo(id).has_value()); // not a studio run
            QVERIFY_THROWS_EXCEPTION(SessionError, loadLesson(id));
            return;
        }
        const Session lesson = loadLesson(id);
        QVERIFY(lesson.lesson.has_value());
        const LessonNotes& notes = *lesson.lesson;
        for (const QString& text :
             {notes.title, notes.whatIsIt, notes.thingsToNotice, notes.thingsToTry})
            QVERIFY2(text.trimmed().size() > 20 || text == notes.title, qPrintable(text));
        QVERIFY(!notes.title.isEmpty());
        // The run it describes builds: its patterns load and its target exists.
        const std::optional<Demo> demo = lessonDemo(id);
        QVERIFY(demo.has_value());
        QCOMPARE(demo->title, notes.title);
        const RetrievalRun run(demo->setup);
        QCOMPARE(run.model().patterns(), lesson.patterns);
    }

    void controlNamesRoundTrip()
    {
        QCOMPARE(controls::names().size(), controls::all().size());
        for (ControlId id : controls::all())
            QCOMPARE(controls::fromName(controls::name(id)), std::optional<ControlId>(id));
        QVERIFY(!controls::fromName(QStringLiteral("temperatureSlider")).has_value());
        QCOMPARE(controls::name(ControlId::UpdateMode), QStringLiteral("update-mode"));
    }

    void entriesAreTitled()
    {
        const QList<LessonEntry> entries = lessonEntries();
        QCOMPARE(entries.size(), lessonIds().size());
        QCOMPARE(entries.first().id, QStringLiteral("letters-retrieval"));
        QCOMPARE(entries.first().title, QStringLiteral("Letters and retrieval"));
        QCOMPARE(lessonDemos().size(), 5); // the studio lessons
        QCOMPARE(entries.at(5).title, QStringLiteral("Same rule, different temperature"));
    }

    void labLessonsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head = R"({"format": "hopfield-lab-lesson", "version": 1, )";
        const QByteArray notes = R"("lesson": {"title": "t"})";
        QTest::newRow("studio control")
            << head + R"("lab": "plasticity", "view": "x", "controls": {"temperature": 1}, )" +
                   notes + "}"
            << "controls.temperature: unknown control \"temperature\"; the plasticity controls "
               "are plasticity-model";
        QTest::newRow("other lab locked")
            << head + R"("lab": "generative", "view": "x", "lesson": {"title": "t", "locked": )"
                      R"(["plasticity-units"]}})"
            << "lesson.locked[0]: unknown control \"plasticity-units\"; the generative "
               "controls are single-rule-side";
        QTest::newRow("studio lab") << head + R"("lab": "studio", "view": "x", )" + notes + "}"
                                    << "lab: expected \"plasticity\" or \"generative\"";
        QTest::newRow("value type")
            << head +
                   R"("lab": "plasticity", "view": "x", "controls": {"plasticity-units": )"
                   R"([1]}, )" +
                   notes + "}"
            << "controls.plasticity-units: expected a number";
        QTest::newRow("run") << head + R"("lab": "plasticity", "view": "x", "run": 1, )" + notes +
                                    "}"
                             << "run: expected true or false";
        QTest::newRow("unknown field")
            << head + R"("lab": "plasticity", "view": "x", "speed": 1, )" + notes + "}"
            << "speed";
    }

    void labLessonsAreChecked()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        try {
            readLabLesson(json);
            QFAIL("a bad lab lesson was read");
        } catch (const SessionError& failure) {
            QVERIFY2(failure.message().startsWith(error) || failure.message().contains(error),
                     qPrintable(failure.message()));
        }
        QVERIFY(isLabLesson(json));
    }

    void aStudioSessionCannotNameLabControls()
    {
        const QByteArray json =
            R"({"format": "hopfield-lab-session", "version": 1, "patterns": {"builtin": )"
            R"("letters"}, "settings": {"seed": 1}, "lesson": {"title": "t", "hidden": )"
            R"(["plasticity-units"]}})";
        QVERIFY(!isLabLesson(json));
        try {
            readSession(json);
            QFAIL("a studio session hid a plasticity control");
        } catch (const SessionError& failure) {
            QVERIFY2(failure.message().startsWith(
                         "lesson.hidden[0]: unknown control \"plasticity-units\"; the studio "
                         "controls are temperature, update-mode"),
                     qPrintable(failure.message()));
        }
    }

    void valuesOutsideAControlAreRefused()
    {
        QSpinBox units;
        units.setRange(2, 400);
        units.setValue(100);
        QComboBox model;
        model.addItems({QStringLiteral("BCM"), QStringLiteral("Competing units")});
        LessonControls controls;
        controls.add({{ControlId::PlasticityUnits, &units}, {ControlId::PlasticityModel, &model}});
        QCOMPARE(controls.setValue(ControlId::PlasticityUnits, 25.0), QString());
        QCOMPARE(units.value(), 25);
        QCOMPARE(controls.setValue(ControlId::PlasticityUnits, 500.0),
                 QStringLiteral("plasticity-units: 500 is outside 2..400"));
        QCOMPARE(controls.setValue(ControlId::PlasticityUnits, 2.5),
                 QStringLiteral("plasticity-units: expected a whole number, got 2.5"));
        QCOMPARE(units.value(), 25);
        QCOMPARE(controls.setValue(ControlId::PlasticityModel, QStringLiteral("competing units")),
                 QString());
        QCOMPARE(model.currentIndex(), 1);
        QCOMPARE(controls.setValue(ControlId::PlasticityModel, QStringLiteral("hebb")),
                 QStringLiteral("plasticity-model: \"hebb\" is not one of BCM, Competing units"));
        QCOMPARE(controls.setValue(ControlId::SweepFrom, 0.5),
                 QStringLiteral("sweep-from: no such control in this window"));
    }

    void unknownLessonIsNamed()
    {
        QVERIFY(!lessonDemo(QStringLiteral("letters")).has_value()); // a demo, not a lesson
        try {
            loadLesson(QStringLiteral("no-such-lesson"));
            QFAIL("an unknown lesson loaded");
        } catch (const SessionError& error) {
            QVERIFY(error.message().contains(QStringLiteral("'no-such-lesson'")));
            QVERIFY(error.message().contains(QStringLiteral("basins-of-attraction")));
        }
    }

    void overloadingIsPastCapacity()
    {
        // alpha = P/N = 80/400 = 0.2 > alpha_c = 0.138 (AGS 1987).  With this seed the run
        // from 10% noise ends at m = 0.36 (hopfield-lab-cli retrieve --neurons 400
        // --patterns 80 --noise 0.1 --seed 3 agrees); a retrieved state would have m > 0.96.
        const Session lesson = loadLesson(QStringLiteral("overloading"));
        QCOMPARE(lesson.patterns.neurons(), 400);
        QCOMPARE(lesson.patterns.size(), 80);
        QCOMPARE(double(lesson.patterns.size()) / lesson.patterns.neurons(), 0.2);
        RetrievalSetup setup = toRetrievalSetup(lesson);
        QVERIFY(finalTargetOverlap(setup, 50) < 0.9);
        // The same grid well below capacity (alpha = 0.05) retrieves exactly.
        setup.patterns.count = 20;
        QCOMPARE(finalTargetOverlap(setup, 50), 1.0);
    }

    void lettersLessonRetrievesA()
    {
        // alpha = 4/256: far below capacity, 20% noise is well inside A's basin.
        const Session lesson = loadLesson(QStringLiteral("letters-retrieval"));
        QCOMPARE(finalTargetOverlap(toRetrievalSetup(lesson), 20), 1.0);
    }

    void mixtureLessonStartsInTheMixture()
    {
        const Session lesson = loadLesson(QStringLiteral("spurious-mixtures"));
        QCOMPARE(lesson.settings.start, StartKind::Mixture);
        QCOMPARE(lesson.settings.mixture, (std::vector<int>{0, 1, 2}));
        RetrievalRun run(toRetrievalSetup(lesson));
        const std::atomic<bool> stop{false};
        for (int s = 0; s < 20 && !run.converged(); ++s)
            run.completeSweep(stop);
        QCOMPARE(run.frame().kind, StateKind::Mixture);
    }

    void temperatureLessonMatchesTanh()
    {
        // At T = 0.6 and alpha = 3/1024 the retrieved overlap solves m = tanh(m / T):
        // m = 0.907.  The time average over sweeps 20..219 of one run estimates it; its
        // spread is sqrt((1 - m^2)/N) ~ 0.013 per sweep, so 0.03 covers the finite-alpha
        // shift (~0.01) and the sampling error with room.
        const Session lesson = loadLesson(QStringLiteral("temperature-melts-memory"));
        QCOMPARE(lesson.settings.temperature, 0.6);
        RetrievalRun run(toRetrievalSetup(lesson));
        const std::atomic<bool> stop{false};
        double sum = 0.0;
        for (int s = 0; s < 220; ++s) {
            run.completeSweep(stop);
            if (s >= 20)
                sum += std::abs(run.frame().overlaps.value(0));
        }
        HL_COMPARE_NEAR(sum / 200.0, 0.907, 0.03);
    }

    void menuHasOneActionPerLesson()
    {
        LessonMenu menu;
        QCOMPARE(menu.actions().size(), lessonIds().size());
        QSignalSpy chosen(&menu, &LessonMenu::lessonChosen);
        QAction* overloading = menu.actions().at(1);
        QCOMPARE(overloading->text(), QStringLiteral("Overloading the network past capacity"));
        overloading->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("overloading"));
        QVERIFY(overloading->isChecked());
        menu.setCurrentLesson(QStringLiteral("letters")); // a demo: no lesson checked
        for (QAction* action : menu.actions())
            QVERIFY(!action->isChecked());
    }

    void hintPanelShowsAndFolds()
    {
        HintPanel panel;
        QVERIFY(panel.isHidden());
        const LessonNotes notes = *loadLesson(QStringLiteral("basins-of-attraction")).lesson;
        panel.setLesson(notes);
        QVERIFY(!panel.isHidden());
        QCOMPARE(panel.title(), notes.title);
        QCOMPARE(panel.text(HintPanel::Section::ThingsToTry), notes.thingsToTry);
        QVERIFY(panel.isExpanded(HintPanel::Section::WhatIsIt));
        QVERIFY(!panel.isExpanded(HintPanel::Section::ThingsToTry));
        panel.setExpanded(HintPanel::Section::ThingsToTry, true);
        QVERIFY(panel.isExpanded(HintPanel::Section::ThingsToTry));
        panel.clear();
        QVERIFY(panel.isHidden());
        QVERIFY(panel.title().isEmpty());
    }
};

HOPFIELD_TEST_MAIN(TestLessons)
#include "tst_lessons.moc"
