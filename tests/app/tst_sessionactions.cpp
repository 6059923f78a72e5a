#include "SessionSamples.h"
#include "TestSuite.h"
#include "gui/document/Autosaver.h"
#include "gui/document/SessionActions.h"
#include "gui/document/SessionFile.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

using namespace hopfield;
using namespace hopfield::app;

/// The File menu's session actions, with the dialogs replaced by answers: a window's
/// session goes to a file and comes back, and every failure is reported once, naming
/// the file and the problem, without touching the window's session.
class TestSessionActions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QWidget m_window;
    Session m_windowSession;
    int m_applied = 0;
    QStringList m_errors;
    QStringList m_answers; ///< what the file dialogs answer, in order
    std::unique_ptr<SessionActions> m_actions;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void init()
    {
        m_windowSession = sessionSamples::handDrawn();
        m_applied = 0;
        m_errors.clear();
        m_answers.clear();
        SessionActions::Callbacks callbacks;
        callbacks.currentSession = [this] {
            return m_windowSession;
        };
        callbacks.applySession = [this](const Session& session) {
            m_windowSession = session;
            ++m_applied;
        };
        callbacks.newSession = [] {
            return Session();
        };
        m_actions = std::make_unique<SessionActions>(callbacks, &m_window, m_dir.path());
        m_actions->setFileChooser([this](SessionActions::Dialog, const QString&) {
            return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
        });
        m_actions->setErrorReporter([this](const QString& title, const QString& message) {
            m_errors << title + QStringLiteral(" | ") + message;
        });
    }

    void actionsHaveStandardShortcuts()
    {
        QCOMPARE(m_actions->newAction()->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(m_actions->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(m_actions->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
        QCOMPARE(m_actions->saveAsAction()->shortcut(), QKeySequence(QKeySequence::SaveAs));
        QMenu menu;
        m_actions->addTo(&menu);
        QCOMPARE(menu.actions().size(), 7); // five actions, two separators
    }

    void saveAsThenSaveThenOpen()
    {
        QSignalSpy pathChanged(m_actions.get(), &SessionActions::currentPathChanged);
        m_answers << path("lesson"); // no suffix: ".json" is added
        m_actions->saveAsAction()->trigger();
        QCOMPARE(m_actions->currentPath(), path("lesson.json"));
        QCOMPARE(loadSessionFile(path("lesson.json")), sessionSamples::handDrawn());
        QCOMPARE(pathChanged.count(), 1);
        // Save writes to the current file without asking.
        m_windowSession.sweep = 12;
        m_actions->saveAction()->trigger();
        QVERIFY(m_answers.isEmpty());
        QCOMPARE(loadSessionFile(path("lesson.json")).sweep, 12);
        // Open brings it back into the window.
        m_windowSession = Session();
        m_answers << path("lesson.json");
        m_actions->openAction()->trigger();
        QCOMPARE(m_applied, 1);
        QCOMPARE(m_windowSession.sweep, 12);
        QCOMPARE(m_windowSession.lesson, sessionSamples::handDrawn().lesson);
        QVERIFY(m_errors.isEmpty());
    }

    void brokenFileIsReportedAndChangesNothing()
    {
        QFile file(path("broken.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"hopfield-lab-session\", \"version\": 1, \"patterns\": 3}");
        file.close();
        m_answers << path("broken.json");
        QVERIFY(!m_actions->open());
        QCOMPARE(m_applied, 0);
        QCOMPARE(m_windowSession, sessionSamples::handDrawn());
        QVERIFY(m_actions->currentPath().isEmpty());
        QCOMPARE(m_errors,
                 QStringList{QStringLiteral("Cannot open the session | ") + path("broken.json") +
                             QStringLiteral(": patterns: expected an object, got the "
                                            "number 3")});
    }

    void failedSaveIsReported()
    {
        QVERIFY(!m_actions->saveTo(path("no-such-directory/lesson.json")));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors[0].startsWith(QStringLiteral("Cannot save the session | cannot save ") +
                                       path("no-such-directory/lesson.json")));
        QVERIFY(m_actions->currentPath().isEmpty());
    }

    void cancelledDialogsDoNothing()
    {
        QVERIFY(!m_actions->open());
        QVERIFY(!m_actions->save()); // no current file: Save asks, and the user cancels
        QCOMPARE(m_applied, 0);
        QVERIFY(m_errors.isEmpty());
    }

    void newClearsTheFile()
    {
        m_actions->setCurrentPath(path("old.json"));
        m_actions->newAction()->trigger();
        QCOMPARE(m_applied, 1);
        QCOMPARE(m_windowSession, Session());
        QVERIFY(m_actions->currentPath().isEmpty());
    }

    void recoverOpensTheDeclinedAutosave()
    {
        QVERIFY(!m_actions->recover());
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors[0].startsWith(QStringLiteral("Nothing to recover")));
        Session declined = sessionSamples::handDrawn();
        declined.sweep = 77;
        saveSessionFile(Autosaver::previousPath(m_dir.path()), declined);
        m_windowSession = Session();
        QVERIFY(m_actions->recover());
        QCOMPARE(m_windowSession, declined);
    }
};

HOPFIELD_TEST_MAIN(TestSessionActions)
#include "tst_sessionactions.moc"
