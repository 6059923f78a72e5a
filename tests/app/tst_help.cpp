#include "TestSuite.h"
#include "gui/help/AboutText.h"
#include "gui/help/HelpMenu.h"
#include "gui/help/ShortcutList.h"
#include "gui/lessons/HintPanel.h"
#include "gui/lessons/LessonCatalog.h"
#include "gui/retrieval/demos/DemoCatalog.h"
#include "gui/retrieval/demos/DemoTips.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QWidget>

using namespace hopfield::app;

/// The Help menu (issue 11, item 17): About says the version, the licence (or plainly that
/// none is chosen) and where the data come from; a link per lesson; the shortcut list.
class TestHelp : public QObject {
    Q_OBJECT

private slots:
    void aboutSaysVersionLicenceAndProvenance()
    {
        QCOMPARE(applicationVersion(), QStringLiteral(HOPFIELD_TEST_VERSION));
        const QString about = aboutText();
        QVERIFY(about.contains(QStringLiteral(HOPFIELD_TEST_VERSION)));
        QFile licence(QStringLiteral(HOPFIELD_SOURCE_DIR "/LICENSE"));
        if (licence.open(QIODevice::ReadOnly)) {
            const QString first = QString::fromUtf8(licence.readLine()).trimmed();
            QVERIFY2(licenceText().contains(first), qPrintable(licenceText()));
        } else {
            QVERIFY2(licenceText().startsWith(QStringLiteral("No licence has been chosen yet")),
                     qPrintable(licenceText()));
        }
        QVERIFY(about.contains(licenceText().toHtmlEscaped()));
        for (const char* fact : {"\"mnist\"", "MIT", "CC BY-SA 3.0", "LeCun", "Cortes", "Burges"})
            QVERIFY2(dataProvenanceText().contains(QLatin1String(fact)), fact);
        QVERIFY(about.contains(dataProvenanceText()));
    }

    void everyLessonHasALink()
    {
        QWidget window;
        HelpMenu menu(&window);
        QSignalSpy chosen(&menu, &HelpMenu::lessonChosen);
        QStringList linked;
        for (const LessonEntry& lesson : lessonEntries()) {
            auto* action = menu.findChild<QAction*>(QStringLiteral("helpLesson-") + lesson.id);
            QVERIFY2(action != nullptr, qPrintable(lesson.id));
            QCOMPARE(action->text(), lesson.title);
            action->trigger();
            linked << chosen.last().at(0).toString();
        }
        QCOMPARE(linked, lessonIds());
    }

    void shortcutListNamesEveryBoundAction()
    {
        QWidget window;
        auto* play = new QAction(QStringLiteral("&Play"), &window);
        play->setShortcut(Qt::Key_Space);
        auto* redo = new QAction(QStringLiteral("Redo"), &window);
        redo->setShortcuts(
            {QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});
        new QAction(QStringLiteral("No key"), &window);
        HelpMenu menu(&window);
        const QList<ShortcutEntry> entries = shortcutEntries(window.findChildren<QAction*>());
        QStringList commands;
        for (const ShortcutEntry& entry : entries)
            commands << entry.command;
        // The menu's own "Keyboard shortcuts" (F1) is listed too; "No key" is not.
        QCOMPARE(commands, (QStringList{QStringLiteral("Keyboard shortcuts"),
                                        QStringLiteral("Play"), QStringLiteral("Redo")}));
        QVERIFY(entries.at(2).keys.contains(QStringLiteral("Ctrl+Y")));
        QVERIFY(menu.shortcutsHtml().contains(QStringLiteral("Ctrl+Shift+Z, Ctrl+Y")));
        QVERIFY(repeatedShortcuts(window.findChildren<QAction*>()).isEmpty());
        // The same key on two actions, or twice on one, is reported once.
        auto* again = new QAction(QStringLiteral("Pause"), &window);
        again->setShortcuts({Qt::Key_Space, Qt::Key_Space});
        const QList<QKeySequence> repeated = repeatedShortcuts(window.findChildren<QAction*>());
        QCOMPARE(repeated, (QList<QKeySequence>{QKeySequence(Qt::Key_Space)}));
    }

    void plainDemosHaveThingsToTry()
    {
        HintPanel hints;
        for (const Demo& demo : demos()) {
            const QString tips = demoThingsToTry(demo.name);
            QVERIFY2(tips.count(QChar(0x2022)) >= 3, qPrintable(demo.name));
            hints.setThingsToTry(demo.title, tips);
            QVERIFY(!hints.isHidden());
            QCOMPARE(hints.title(), demo.title);
            QCOMPARE(hints.text(HintPanel::Section::ThingsToTry), tips);
            QVERIFY(hints.isExpanded(HintPanel::Section::ThingsToTry));
            QVERIFY(hints.text(HintPanel::Section::WhatIsIt).isEmpty());
        }
        QVERIFY(demoThingsToTry(QStringLiteral("no-such-demo")).isEmpty());
        hints.setThingsToTry(QStringLiteral("x"), QString());
        QVERIFY(hints.isHidden());
    }
};

HOPFIELD_TEST_MAIN(TestHelp)
#include "tst_help.moc"
