#include "SessionSamples.h"
#include "TestSuite.h"
#include "gui/document/Autosaver.h"
#include "gui/document/RecoveryOffer.h"
#include "gui/document/SessionFile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace hopfield;
using namespace hopfield::app;

/// Autosave and crash recovery: a run that dies leaves its session to restore, a run
/// that exits cleanly leaves nothing, and the question is asked only once.
class TestAutosave : public QObject {
    Q_OBJECT

private slots:
    void crashLeavesTheSessionToRecover()
    {
        QTemporaryDir dir;
        const Session session = sessionSamples::handDrawn();
        {
            Autosaver autosaver([&] { return session; }, dir.path());
            QVERIFY(autosaver.start());
            QSignalSpy saved(&autosaver, &Autosaver::saved);
            QVERIFY(autosaver.saveNow());
            QCOMPARE(saved.count(), 1);
            // The process "crashes": the autosaver goes away without finish().
        }
        const std::optional<Recovery> recovery = findRecovery(dir.path());
        QVERIFY(recovery.has_value());
        QCOMPARE(recovery->session, session);
        int asked = 0;
        const std::optional<Session> restored =
            offerRecovery(dir.path(), [&](const Recovery& offered) {
                ++asked;
                return offered.session == session;
            });
        QCOMPARE(asked, 1);
        QVERIFY(restored.has_value());
        QCOMPARE(*restored, session);
        // Asked once: the next start finds nothing.
        QVERIFY(!findRecovery(dir.path()).has_value());
    }

    void cleanExitLeavesNothing()
    {
        QTemporaryDir dir;
        Autosaver autosaver([] { return sessionSamples::handDrawn(); }, dir.path());
        QVERIFY(autosaver.start());
        QVERIFY(autosaver.saveNow());
        QVERIFY(QFile::exists(Autosaver::markerPath(dir.path())));
        autosaver.finish();
        QVERIFY(!QFile::exists(Autosaver::markerPath(dir.path())));
        QVERIFY(!QFile::exists(Autosaver::autosavePath(dir.path())));
        QVERIFY(!findRecovery(dir.path()).has_value());
        int asked = 0;
        QVERIFY(!offerRecovery(dir.path(), [&](const Recovery&) { return ++asked > 0; }));
        QCOMPARE(asked, 0);
    }

    void declinedRecoveryIsKeptAside()
    {
        QTemporaryDir dir;
        const Session session = sessionSamples::handDrawn();
        {
            Autosaver autosaver([&] { return session; }, dir.path());
            QVERIFY(autosaver.start());
            QVERIFY(autosaver.saveNow());
        }
        QVERIFY(!offerRecovery(dir.path(), [](const Recovery&) { return false; }));
        QVERIFY(!findRecovery(dir.path()).has_value());
        QCOMPARE(loadSessionFile(Autosaver::previousPath(dir.path())), session);
    }

    void timerSavesTheLatestSession()
    {
        QTemporaryDir dir;
        Session session = sessionSamples::handDrawn();
        Autosaver autosaver([&] { return session; }, dir.path());
        autosaver.setIntervalSeconds(1);
        QVERIFY(autosaver.start());
        QSignalSpy saved(&autosaver, &Autosaver::saved);
        session.sweep = 42;
        QVERIFY(saved.wait(5000)); // a 1 s timer; the margin absorbs a loaded machine
        QCOMPARE(loadSessionFile(Autosaver::autosavePath(dir.path())).sweep, 42);
        autosaver.setIntervalSeconds(0);
        session.sweep = 43;
        QVERIFY(!saved.wait(1500)); // periodic saving off: no save comes
        QCOMPARE(loadSessionFile(Autosaver::autosavePath(dir.path())).sweep, 42);
    }

    void unreadableAutosaveIsNotOffered()
    {
        QTemporaryDir dir;
        Autosaver autosaver([] { return sessionSamples::handDrawn(); }, dir.path());
        QVERIFY(autosaver.start());
        QFile file(Autosaver::autosavePath(dir.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"hopfield-lab-session\", \"vers");
        file.close();
        QVERIFY(!findRecovery(dir.path()).has_value());
    }

    void unusableDirectoryIsReported()
    {
        QTemporaryDir dir;
        const QString notADirectory = dir.filePath(QStringLiteral("file"));
        QFile file(notADirectory);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Autosaver autosaver([] { return sessionSamples::handDrawn(); },
                            notADirectory + QStringLiteral("/autosave"));
        QSignalSpy failed(&autosaver, &Autosaver::failed);
        QVERIFY(!autosaver.start());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(notADirectory));
        QVERIFY(!autosaver.saveNow());
        QCOMPARE(failed.count(), 2);
    }
};

HOPFIELD_TEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
