#include "TestSuite.h"
#include "TimeBar.h"

#include <QAction>
#include <QImage>
#include <QPalette>
#include <QSignalSpy>
#include <QSlider>

using hopfield::ui::TimeBar;

/// The time bar: every command has a shortcut named in its tooltip, and the history and
/// speed sliders report intents without echoing what the owner set.
class TestTimeBar : public QObject {
    Q_OBJECT

private slots:
    void everyCommandHasAShortcutInItsTooltip()
    {
        TimeBar bar;
        const QList<QAction*> commands = {
            bar.playAction(),   bar.stepSweepAction(), bar.stepSpinAction(), bar.stepBackAction(),
            bar.slowerAction(), bar.fasterAction(),    bar.resetAllAction()};
        QSet<QString> keys;
        for (QAction* action : commands) {
            const QString key = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(!key.isEmpty(), qPrintable(action->text()));
            QVERIFY2(action->toolTip().contains(QStringLiteral("(%1)").arg(key)),
                     qPrintable(action->toolTip()));
            keys.insert(key);
        }
        QCOMPARE(keys.size(), commands.size()); // no two commands share a key
    }

    void iconsTakeTheTextColour()
    {
        // Issue 11, item 9: the style's icons are drawn dark; on a dark theme they vanished.
        TimeBar bar;
        for (const QColor ink : {QColor(0xe8e6e3), QColor(0x1a1a1a)}) {
            QPalette palette = bar.palette();
            palette.setColor(QPalette::ButtonText, ink);
            bar.setPalette(palette);
            for (QAction* action : {bar.playAction(), bar.stepSweepAction(), bar.stepBackAction(),
                                    bar.resetAllAction()}) {
                const QImage image = action->icon().pixmap(QSize(16, 16)).toImage();
                int inked = 0;
                for (int y = 0; y < image.height(); ++y)
                    for (int x = 0; x < image.width(); ++x) {
                        const QColor pixel = image.pixelColor(x, y);
                        if (pixel.alpha() < 255)
                            continue;
                        QCOMPARE(pixel.rgb(), ink.rgb());
                        ++inked;
                    }
                QVERIFY2(inked >= 10, qPrintable(action->text()));
            }
        }
    }

    void keysEmitTheirIntents()
    {
        TimeBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowActive(&bar));
        bar.showHistory(5, 4);
        QSignalSpy play(&bar, &TimeBar::playToggled);
        QSignalSpy spin(&bar, &TimeBar::stepSpinRequested);
        QSignalSpy back(&bar, &TimeBar::stepBackRequested);
        QSignalSpy reset(&bar, &TimeBar::resetAllRequested);
        QTest::keyClick(&bar, Qt::Key_Space);
        QTest::keyClick(&bar, Qt::Key_D);
        QTest::keyClick(&bar, Qt::Key_B);
        QTest::keyClick(&bar, Qt::Key_R);
        QCOMPARE(play.size(), 1);
        QCOMPARE(spin.size(), 1);
        QCOMPARE(back.size(), 1);
        QCOMPARE(reset.size(), 1);
    }

    void historySliderFollowsTheOwner()
    {
        TimeBar bar;
        QSignalSpy scrubbed(&bar, &TimeBar::historyScrubbed);
        bar.showHistory(10, 9);
        QCOMPARE(bar.historySlider()->maximum(), 9);
        QCOMPARE(bar.historySlider()->value(), 9);
        QVERIFY(bar.stepBackAction()->isEnabled());
        bar.showHistory(10, 0);
        QVERIFY(!bar.stepBackAction()->isEnabled()); // nothing older
        QVERIFY(scrubbed.isEmpty());                 // set by the owner: no echo
        bar.historySlider()->setValue(4);
        QCOMPARE(scrubbed.size(), 1);
        QCOMPARE(scrubbed.first().at(0).toInt(), 4);
    }

    void fasterAndSlowerMoveOneNotch()
    {
        TimeBar bar;
        bar.setSpeedRange(31);
        bar.showSpeed(13, QStringLiteral("400 updates/s"));
        QSignalSpy speed(&bar, &TimeBar::speedChanged);
        bar.fasterAction()->trigger();
        bar.slowerAction()->trigger();
        bar.slowerAction()->trigger();
        QCOMPARE(speed.size(), 3);
        QCOMPARE(speed.at(0).at(0).toInt(), 14);
        QCOMPARE(speed.at(2).at(0).toInt(), 12);
    }
};

HOPFIELD_TEST_MAIN(TestTimeBar)
#include "tst_timebar.moc"
