#include "SessionSamples.h"
#include "TestSuite.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionFile.h"
#include "gui/document/SessionReader.h"
#include "gui/document/SessionSetup.h"
#include "gui/document/SessionWriter.h"
#include "gui/patterns/MnistDigits.h"
#include "gui/patterns/PatternResource.h"
#include "gui/retrieval/demos/DemoCatalog.h"
#include "gui/retrieval/run/RetrievalRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <limits>

using namespace hopfield;
using namespace hopfield::app;

namespace {

/// RetrievalSetup has no operator==: every field compared, so a new field missed by
/// toRetrievalSetup shows up here once it is added.
bool sameSetup(const RetrievalSetup& a, const RetrievalSetup& b)
{
    return a.patterns.kind == b.patterns.kind && a.patterns.resource == b.patterns.resource &&
           a.patterns.names == b.patterns.names && a.patterns.width == b.patterns.width &&
           a.patterns.height == b.patterns.height && a.patterns.count == b.patterns.count &&
           a.start == b.start && a.target == b.target && a.mixture == b.mixture &&
           a.noise == b.noise && a.temperature == b.temperature && a.mode == b.mode &&
           a.seed == b.seed && a.speed == b.speed && a.rule == b.rule &&
           a.denseMemory == b.denseMemory && a.fieldPattern == b.fieldPattern &&
           a.fieldStrength == b.fieldStrength;
}

Session lettersSession()
{
    return sessionFromSetup(findDemo(QStringLiteral("letters"))->setup);
}

/// The states after each of `updates` single-spin updates (whole sweeps for synchronous
/// updates) of `run`.
std::vector<std::vector<Spin>> trajectory(RetrievalRun& run, int updates)
{
    const std::atomic<bool> stop{false};
    std::vector<std::vector<Spin>> states;
    for (int k = 0; k < updates; ++k) {
        run.advance(1, stop);
        states.emplace_back(run.model().state().begin(), run.model().state().end());
    }
    return states;
}

/// The session saved from `run` as it stands: its state, sweeps and checkpoint.
Session savedFrom(Session session, const RetrievalRun& run)
{
    const std::span<const Spin> state = run.model().state();
    session.state = Pattern(session.patterns.width(), session.patterns.height(),
                            std::vector<Spin>(state.begin(), state.end()));
    session.sweep = run.sweep();
    session.run = run.checkpoint();
    return session;
}

/// A run of the session, taken up where its state says (as the window opens it).
RetrievalRun resumedRun(const Session& session)
{
    RetrievalRun run(toRetrievalSetup(session));
    run.resume(session.state.spins(), session.sweep, session.run);
    return run;
}

} // namespace

/// Sessions as documents: every field survives a save and a load, and a session becomes
/// the same retrieval run however often it is opened.
class TestSession : public QObject {
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField_data()
    {
        QTest::addColumn<Session>("session");
        QTest::newRow("hand-drawn, lesson, state") << sessionSamples::handDrawn();
        Session letters = lettersSession();
        letters.settings.mode = UpdateMode::SequentialAsync;
        letters.settings.speed = 1234.5;
        QTest::newRow("built-in letters") << letters;
        Session dense = lettersSession();
        dense.settings.denseMemory = InteractionFunction::exponential();
        QTest::newRow("dense memory") << dense;
        Session field = lettersSession();
        field.settings.fieldPattern = 2;
        field.settings.field = 0.65;
        QTest::newRow("field on pattern 2") << field;
        Session labs = lettersSession();
        labs.learning = QJsonObject{
            {QStringLiteral("view"), QStringLiteral("basins")},
            {QStringLiteral("basins"), QJsonObject{{QStringLiteral("neurons"), 350},
                                                   {QStringLiteral("histogram-alpha"), 0.125}}}};
        labs.continuous = QJsonObject{{QStringLiteral("preset"), QStringLiteral("forget-recover")},
                                      {QStringLiteral("mu"), 0.0123}};
        QTest::newRow("other labs' controls") << labs;
        QTest::newRow("random 100x100")
            << sessionFromSetup(findDemo(QStringLiteral("random-100x100"))->setup);
    }

    void roundTripKeepsEveryField()
    {
        QFETCH(Session, session);
        QCOMPARE(readSession(writeSession(session)), session);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.json"));
        saveSessionFile(path, session);
        QCOMPARE(loadSessionFile(path), session);
    }

    /// The field reaches the run; a file without "field" (every older session) has none,
    /// and a field the run could not take is refused with the field's name.
    void fieldReachesTheRunAndOldFilesHaveNone()
    {
        Session session = lettersSession();
        session.settings.fieldPattern = 1;
        session.settings.field = 0.8;
        const RetrievalSetup setup = toRetrievalSetup(readSession(writeSession(session)));
        QCOMPARE(setup.fieldPattern, std::optional<int>(1));
        QCOMPARE(setup.fieldStrength, 0.8);

        QJsonObject file = QJsonDocument::fromJson(writeSession(lettersSession())).object();
        QJsonObject settings = file[QStringLiteral("settings")].toObject();
        QVERIFY(!settings.contains(QStringLiteral("field")));
        QVERIFY(!readSession(QJsonDocument(file).toJson()).settings.fieldPattern.has_value());

        settings[QStringLiteral("field")] =
            QJsonObject{{QStringLiteral("pattern"), 9}, {QStringLiteral("strength"), 0.5}};
        file[QStringLiteral("settings")] = settings;
        try {
            readSession(QJsonDocument(file).toJson());
            QFAIL("a field on pattern 9 of 4 was read");
        } catch (const SessionError& error) {
            QVERIFY2(error.message().startsWith(QStringLiteral("settings.field.pattern")),
                     qPrintable(error.message()));
        }
    }

    void fileIsReadableJson()
    {
        const QByteArray json = writeSession(sessionSamples::handDrawn());
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("hopfield-lab-session"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        // The first hand-drawn pattern, T, as a person would draw it: one row a line.
        const QJsonObject first = root.value(QStringLiteral("patterns"))
                                      .toObject()
                                      .value(QStringLiteral("items"))[0]
                                      .toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("T"));
        QCOMPARE(first.value(QStringLiteral("rows")).toVariant().toStringList(),
                 (QStringList{"#####", "..#..", "..#.."}));
        QVERIFY(json.contains("\"#####\",\n"));
        QVERIFY(json.contains("\"seed\": \"18446744073709551557\""));
        QVERIFY(json.contains("\"speed\": \"unlimited\""));
    }

    void referencesStayShort()
    {
        // 500 random patterns of 10,000 neurons are five million spins; the file keeps
        // the three numbers that redraw them from the seed.
        const Session random = sessionFromSetup(findDemo(QStringLiteral("random-100x100"))->setup);
        QCOMPARE(random.patterns.size(), 500);
        QVERIFY(writeSession(random).size() < 2000);
        QVERIFY(writeSession(lettersSession()).contains("\"builtin\": \"letters\""));
    }

    void mnistDigitsSessionRoundTrips()
    {
        // Issue 12: a session storing the bundled MNIST digits names the set, not 7,840
        // spins, and reopens to the same patterns.
        for (const QStringList& names : {QStringList{}, QStringList{"MNIST 1", "MNIST 7"}}) {
            RetrievalSetup setup = findDemo(QStringLiteral("letters"))->setup;
            setup.patterns.resource = kMnistDigitsResource;
            setup.patterns.names = names;
            setup.target = 0;
            const Session session = sessionFromSetup(setup);
            QCOMPARE(session.patterns, loadPatterns(kMnistDigitsResource, names));
            QCOMPARE(session.patterns.width(), 28);
            const QByteArray json = writeSession(session);
            QVERIFY(json.contains("\"builtin\": \"mnist-digits\""));
            QVERIFY(json.size() < 2000);
            const Session reopened = readSession(json);
            QCOMPARE(reopened, session);
            QVERIFY(sameSetup(toRetrievalSetup(reopened), setup));
        }
    }

    void everyDemoBecomesTheSameSetup()
    {
        for (const Demo& demo : demos()) {
            const Session session = sessionFromSetup(demo.setup);
            QVERIFY2(sameSetup(toRetrievalSetup(session), demo.setup), qPrintable(demo.name));
            QVERIFY(sameSetup(toRetrievalSetup(session), toRetrievalSetup(session)));
        }
    }

    void sessionPatternsAreTheRunsPatterns()
    {
        // The reader draws random patterns itself; they must be the ones the run stores.
        const Session session = readSession(R"({"format": "hopfield-lab-session", "version": 2,
            "patterns": {"random": {"width": 20, "height": 20, "count": 80}},
            "settings": {"seed": 3}})");
        QCOMPARE(session.patterns.size(), 80);
        QCOMPARE(session.patterns.width(), 20);
        const RetrievalRun run(toRetrievalSetup(session));
        QCOMPARE(run.model().patterns(), session.patterns);
    }

    void reopeningGoesOnExactlyAsTheRunWould_data()
    {
        QTest::addColumn<Session>("session");
        QTest::addColumn<int>("updates");
        Session hot = sessionFromSetup(findDemo(QStringLiteral("letters-hot"))->setup);
        // An odd moment: 3 sweeps and 37 updates into the fourth, at T > 0.
        const int neurons = hot.patterns.neurons();
        QTest::newRow("letters, T = 0.4, mid-sweep") << hot << 3 * neurons + 37;
        Session sequential = hot;
        sequential.settings.mode = UpdateMode::SequentialAsync;
        QTest::newRow("sequential, T = 0.4") << sequential << 2 * neurons + 5;
        Session synchronous = hot;
        synchronous.settings.mode = UpdateMode::Synchronous;
        QTest::newRow("synchronous, T = 0.4") << synchronous << 4;
        QTest::newRow("letters, T = 0")
            << lettersSession() << 2 * lettersSession().patterns.neurons();
    }

    void reopeningGoesOnExactlyAsTheRunWould()
    {
        QFETCH(Session, session);
        QFETCH(int, updates);
        const bool synchronous = session.settings.mode == UpdateMode::Synchronous;
        const int step = synchronous ? session.patterns.neurons() : 1;
        RetrievalRun original(toRetrievalSetup(session));
        const std::atomic<bool> stop{false};
        for (int k = 0; k < updates; ++k)
            original.advance(step, stop);
        const Session saved = savedFrom(session, original);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        saveSessionFile(path, saved);
        const Session reopened = loadSessionFile(path);
        QCOMPARE(reopened, saved);

        RetrievalRun resumed = resumedRun(reopened);
        QCOMPARE(resumed.frame().time(), original.frame().time());
        QVERIFY(std::ranges::equal(resumed.model().state(), saved.state.spins()));
        constexpr int kMore = 3;
        const int more = synchronous ? kMore : kMore * session.patterns.neurons();
        if (synchronous) {
            for (int k = 0; k < kMore; ++k) {
                original.advance(step, stop);
                resumed.advance(step, stop);
                QCOMPARE(resumed.statePattern(), original.statePattern());
            }
        } else {
            QCOMPARE(trajectory(resumed, more), trajectory(original, more));
        }
        QCOMPARE(resumed.frame().time(), original.frame().time());
        QCOMPARE(resumed.converged(), original.converged());
    }

    void aSessionWithoutItsGeneratorOpensOnItsState()
    {
        // Version 1 files hold the spins and the sweep only: the run takes them up as they
        // are (nothing replayed, however many sweeps), at the start of the next sweep.
        Session session = sessionFromSetup(findDemo(QStringLiteral("letters-hot"))->setup);
        RetrievalRun original(toRetrievalSetup(session));
        const std::atomic<bool> stop{false};
        for (int k = 0; k < 4; ++k)
            original.completeSweep(stop);
        session.state = original.statePattern();
        session.sweep = std::numeric_limits<int>::max();
        QByteArray json = writeSession(session);
        json.replace("\"version\": 2", "\"version\": 1");
        const Session old = readSession(json);
        QVERIFY(!old.run.generator);
        RetrievalRun resumed = resumedRun(old);
        QCOMPARE(resumed.sweep(), std::numeric_limits<int>::max());
        QCOMPARE(resumed.statePattern(), session.state);
        QVERIFY(resumed.statePattern() != RetrievalRun(toRetrievalSetup(old)).statePattern());
        resumed.completeSweep(stop); // the count saturates rather than wraps
        QCOMPARE(resumed.sweep(), std::numeric_limits<int>::max());
    }

    void handDrawnPatternsAndEveryRuleReachTheRun()
    {
        // Patterns drawn by hand run as given; the rule and its parameter go through, and
        // the setup turns back into the same session (no state: the run has not started).
        Session drawn = sessionSamples::handDrawn();
        drawn.settings.rule = CouplingRule::Dreaming;
        drawn.settings.dreamingTime = 2.5;
        drawn.state = Pattern();
        drawn.sweep = 0;
        drawn.run = RunCheckpoint();
        drawn.lesson.reset();
        const RetrievalSetup setup = toRetrievalSetup(drawn);
        QCOMPARE(setup.patterns.kind, PatternSource::Kind::Given);
        QCOMPARE(setup.rule, CouplingRule::Dreaming);
        QCOMPARE(setup.dreamingTime, 2.5);
        const RetrievalRun run(setup);
        QCOMPARE(run.model().patterns(), drawn.patterns);
        QCOMPARE(sessionFromSetup(setup), drawn);

        Session storkey = lettersSession();
        storkey.settings.rule = CouplingRule::Storkey;
        QCOMPARE(toRetrievalSetup(storkey).rule, CouplingRule::Storkey);

        // The dense memory goes as rule "dense" with its order.
        Session dense = lettersSession();
        dense.settings.denseMemory = InteractionFunction::polynomial(4);
        QVERIFY(writeSession(dense).contains("\"order\": \"4\""));
        QCOMPARE(toRetrievalSetup(dense).denseMemory, InteractionFunction::polynomial(4));
        QCOMPARE(sessionFromSetup(toRetrievalSetup(dense)).settings, dense.settings);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
