#include "LetterSamples.h"
#include "PatternEditorView.h"
#include "TestSuite.h"
#include "gui/patterns/CorruptionPanel.h"
#include "gui/patterns/PatternEditorPane.h"
#include "gui/patterns/PatternLibrary.h"
#include "gui/patterns/PatternResource.h"
#include "gui/patterns/PatternsPanel.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSlider>
#include <algorithm>
#include <cmath>

using namespace hopfield;
using namespace hopfield::app;
using Kind = CorruptionSettings::Kind;
using lab_test::fourLetters;

namespace {

int hammingDistance(const Pattern& a, const Pattern& b)
{
    return (a.size() - overlapSum(a.spins(), b.spins())) / 2;
}

} // namespace

/// Every start-state tool gives the number of changed spins it states, for many seeds;
/// the panel's controls (typed percentages, a rectangle dragged with the mouse) reach
/// the settings; the studio panel announces its patterns and start state.
class TestCorruptionPanel : public QObject {
    Q_OBJECT

private slots:
    void flipNoiseFlipsExactlyRoundFN()
    {
        const PatternSet stored = fourLetters();
        CorruptionSettings settings;
        settings.fraction = 0.10;
        for (std::uint64_t seed = 1; seed <= 50; ++seed) {
            settings.seed = seed;
            const StartState state = makeStartState(stored, 0, settings);
            // 10% of 256 = 25.6 rounds to exactly 26 flipped spins, whatever the seed.
            QCOMPARE(state.changed, 26);
            QCOMPARE(hammingDistance(state.start, stored[0]), 26);
        }
    }

    void saltAndPepperChangesAtMostRoundFN()
    {
        const PatternSet stored = fourLetters();
        CorruptionSettings settings;
        settings.kind = Kind::SaltAndPepper;
        settings.fraction = 0.5;
        long total = 0;
        for (std::uint64_t seed = 1; seed <= 100; ++seed) {
            settings.seed = seed;
            const StartState state = makeStartState(stored, 1, settings);
            QVERIFY(state.changed <= 128); // 128 spins drawn, each keeps its value half the time
            QCOMPARE(state.changed, hammingDistance(state.start, stored[1]));
            total += state.changed;
        }
        // Mean flips 64 per start; over 100 starts sd = sqrt(100 * 128 / 4) = 56.6; 5 sd.
        QVERIFY(std::abs(total - 6400) < 5 * 56.6);
    }

    void occlusionSetsTheRectangleOnly_data()
    {
        QTest::addColumn<int>("fill");
        QTest::newRow("background") << static_cast<int>(OcclusionFill::Negative);
        QTest::newRow("ink") << static_cast<int>(OcclusionFill::Positive);
    }
    void occlusionSetsTheRectangleOnly()
    {
        QFETCH(int, fill);
        const PatternSet stored = fourLetters();
        CorruptionSettings settings;
        settings.kind = Kind::Occlusion;
        settings.occlusion = {3, 5, 7, 4}; // 7 x 4 = 28 cells
        settings.fill = static_cast<OcclusionFill>(fill);
        const StartState state = makeStartState(stored, 0, settings);
        QVERIFY(state.changed <= 28);
        QVERIFY(state.changed > 0); // A has ink and background in that rectangle
        const Spin set = settings.fill == OcclusionFill::Positive ? 1 : -1;
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 16; ++x) {
                const bool inside = x >= 3 && x < 10 && y >= 5 && y < 9;
                QCOMPARE(state.start.at(x, y), inside ? set : stored[0].at(x, y));
            }
    }

    void inversionFlipsEverySpin()
    {
        CorruptionSettings settings;
        settings.kind = Kind::Inversion;
        const StartState state = makeStartState(fourLetters(), 2, settings);
        QCOMPARE(state.changed, 256);
    }

    void mixtureOfThreeIsTheSignOfTheSum()
    {
        const PatternSet stored = fourLetters();
        CorruptionSettings settings;
        settings.kind = Kind::Mixture;
        settings.mixture = {0, 2, 3};
        const StartState state = makeStartState(stored, 1, settings);
        for (int i = 0; i < 256; ++i) {
            const int sum = stored[0][i] + stored[2][i] + stored[3][i];
            QCOMPARE(state.start[i], Spin(sum > 0 ? 1 : -1)); // |sum| is 1 or 3, never 0
        }
        // The reference is the mixture itself (issue 11: it was A, its first part).
        QCOMPARE(state.clean.spins().size(), state.start.spins().size());
        QVERIFY(std::equal(state.clean.spins().begin(), state.clean.spins().end(),
                           state.start.spins().begin()));
        QCOMPARE(state.clean.name(), std::string("sign(A + M + V)"));
        QCOMPARE(state.changed, 0);
        settings.mixture = {0, 2};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeStartState(stored, 1, settings));
    }

    void mixtureNoiseFlipsExactlyRoundFNOfTheMixture()
    {
        const PatternSet stored = fourLetters();
        CorruptionSettings settings;
        settings.kind = Kind::Mixture;
        settings.mixture = {0, 1, 2};
        const StartState pure = makeStartState(stored, 0, settings);
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            settings.seed = seed;
            settings.mixtureNoise = 0.1;
            const StartState noisy = makeStartState(stored, 0, settings);
            QCOMPARE(hammingDistance(noisy.start, pure.start), 26); // round(0.1 * 256)
            QCOMPARE(noisy.changed, 26); // counted from the mixture, not from A
            QVERIFY(noisy.description.endsWith(QStringLiteral("with 10% flipped")));
        }
        settings.mixtureNoise = 1.5;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeStartState(stored, 0, settings));
    }

    void typedPercentageIsExact()
    {
        CorruptionPanel panel;
        panel.setPatterns(fourLetters(), 0);
        QSignalSpy spy(&panel, &CorruptionPanel::startStateChanged);
        auto* value = panel.findChild<QDoubleSpinBox*>(QStringLiteral("noiseFraction"));
        auto* slider = panel.findChild<QSlider*>();
        QVERIFY(value && slider);
        value->setValue(12.5);
        QCOMPARE(panel.settings().fraction, 0.125);
        QCOMPARE(panel.startState()->changed, 32); // 12.5% of 256, exactly
        QCOMPARE(slider->value(), 13);             // the slider shows whole percent
        QCOMPARE(spy.count(), 1);
        slider->setValue(20); // a click or key on the slider: whole percent in the box
        QCOMPARE(value->value(), 20.0);
        QCOMPARE(panel.startState()->changed, 51); // round(0.2 * 256) = round(51.2)
        QCOMPARE(spy.count(), 2);
    }

    void rectangleDrawnWithTheMouseOccludes()
    {
        CorruptionPanel panel;
        panel.setPatterns(fourLetters(), 0);
        panel.resize(700, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ui::PatternEditorView* view = panel.startView();
        QTest::mousePress(view, Qt::LeftButton, {}, view->cellCentre(2, 3));
        QTest::mouseMove(view, view->cellCentre(6, 8));
        QTest::mouseRelease(view, Qt::LeftButton, {}, view->cellCentre(6, 8));
        QCOMPARE(panel.settings().kind, Kind::Occlusion);
        const Rect r = panel.settings().occlusion;
        QCOMPARE(QRect(r.x, r.y, r.width, r.height), QRect(2, 3, 5, 6));
        QVERIFY(panel.startState()->changed <= 30);
        QCOMPARE(panel.startState()->start.at(4, 5), Spin{-1}); // background fill
    }

    void panelAnnouncesPatternsAndStart()
    {
        PatternsPanel panel;
        QSignalSpy stored(&panel, &PatternsPanel::storedPatternsChanged);
        QSignalSpy start(&panel, &PatternsPanel::startStateChanged);
        panel.setPatterns(fourLetters(), 3);
        QCOMPARE(stored.count(), 1);
        QCOMPARE(stored.at(0).at(0).value<PatternSet>().size(), 4);
        QVERIFY(start.count() >= 1);
        const auto clean = start.last().at(1).value<Pattern>();
        QCOMPARE(clean.name(), std::string("V"));
        QVERIFY(start.last().at(2).toString().startsWith(QStringLiteral("V with 10% flipped")));
        panel.library().invert(3);
        QCOMPARE(stored.count(), 2);
        QCOMPARE(start.last().at(1).value<Pattern>(), panel.patterns()[3]);
    }

    void undoAndRedoHaveTheirShortcuts()
    {
        PatternsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        const PatternSet before = panel.patterns();
        panel.library().invert(0);
        const PatternSet inverted = panel.patterns();
        QVERIFY(inverted != before);
        QWidget* focus = panel.editorPane()->focusWidget() ? panel.editorPane()->focusWidget()
                                                           : panel.editorPane();
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(panel.patterns() == before);
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(panel.patterns() == inverted);
    }
};

HOPFIELD_TEST_MAIN(TestCorruptionPanel)
#include "tst_corruptionpanel.moc"
