#include "SessionSamples.h"
#include "TestSuite.h"
#include "gui/document/SessionError.h"
#include "gui/document/SessionFile.h"
#include "gui/document/SessionReader.h"
#include "gui/document/SessionSetup.h"
#include "gui/document/SessionWriter.h"
#include "gui/retrieval/demos/DemoCatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace hopfield;
using namespace hopfield::app;

namespace {

QByteArray handDrawnJson()
{
    return writeSession(sessionSamples::handDrawn());
}

QByteArray lettersJson()
{
    return writeSession(sessionFromSetup(findDemo(QStringLiteral("letters"))->setup));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// Lowers the file size limit so that any write past `bytes` fails with EFBIG, for root
/// too (a read-only directory does not stop root); restores it when destroyed.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a fatal signal
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool active() const noexcept { return m_active; }

private:
    rlimit m_saved{};
    bool m_active = false;
};

} // namespace

/// Broken session files: each says which field is wrong and why, and a failed load or
/// save leaves the session in use and the file on disk as they were.
class TestSessionErrors : public QObject {
    Q_OBJECT

private slots:
    void badInputIsNamed_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        const QByteArray drawn = handDrawnJson();
        const QByteArray letters = lettersJson();
        const auto row = [](const char* name, const QByteArray& base, const char* from,
                            const char* to, const char* message) {
            QTest::newRow(name) << base << QByteArray(from) << QByteArray(to)
                                << QString::fromUtf8(message);
        };
        row("truncated JSON", drawn, "", "", "malformed JSON at byte");
        row("not an object", QByteArray("[1, 2]"), "", "", "(top level): expected an object");
        row("wrong format", drawn, "\"hopfield-lab-session\"", "\"other-format\"",
            "format: expected \"hopfield-lab-session\", got \"other-format\"");
        row("newer version", drawn, "\"version\": 2", "\"version\": 3",
            "version: this build reads versions up to 2; the file is version 3");
        row("generator too short", drawn, "\"generator\": \"0123456789abcdef",
            "\"generator\": \"0123456789abcde", "state.generator: expected 64 hexadecimal digits");
        row("generator not hexadecimal", drawn, "\"generator\": \"0", "\"generator\": \"x",
            "state.generator: expected 64 hexadecimal digits");
        row("place beyond the sweep", drawn, "\"position\": 0", "\"position\": 15",
            "state.position: expected a whole number in [0, 14], got 15");
        row("flips of a sweep beyond N", drawn, "\"flips-last-sweep\": 3",
            "\"flips-last-sweep\": 16",
            "state.flips-last-sweep: expected a whole number in [-1, 15]");
        row("misspelt field", drawn, "\"temperature\"", "\"temprature\"",
            "settings: unknown field \"temprature\"");
        row("temperature is text", drawn, "\"temperature\": 0.35", "\"temperature\": \"hot\"",
            "settings.temperature: expected a number, got the string \"hot\"");
        row("sweep is a boolean", drawn, "\"sweep\": 7", "\"sweep\": true",
            "state.sweep: expected a number, got true");
        row("row too short", drawn, "\"#####\"", "\"####\"",
            "patterns.items[0].rows[0]: expected 5 characters (the width), got 4");
        row("rows fewer than the height", drawn, "\"height\": 3", "\"height\": 4",
            "patterns.items[0].rows: expected 4 rows (the height), got 3");
        row("state of another size", drawn, "\"#.#.#\"", "\"#.#.#.\"",
            "state.rows[0]: expected 5 characters (the width), got 6");
        row("spin neither # nor .", drawn, "\"#####\"", "\"##x##\"",
            "patterns.items[0].rows[0]: character 3 is 'x'");
        row("unknown rule", drawn, "\"name\": \"dreaming\"", "\"name\": \"oja\"",
            "settings.rule.name: unknown learning rule \"oja\"");
        row("order of a coupling rule", drawn, "\"name\": \"dreaming\"",
            "\"name\": \"dreaming\", \"order\": \"3\"",
            "settings.rule.order: only the dense memory takes an order");
        row("dense order 1", drawn, "\"name\": \"dreaming\"",
            "\"name\": \"dense\", \"order\": \"1\"",
            "settings.rule.order: the interaction order must be a whole number in [2, 30] or "
            "'exp', got '1'");
        row("temperature too high", drawn, "\"temperature\": 0.35", "\"temperature\": 3.5",
            "settings.temperature: expected a number in [0, 2], got 3.5");
        row("negative noise", drawn, "\"noise\": 0.125", "\"noise\": -0.1",
            "settings.noise: expected a number in [0, 1], got -0.1");
        row("target past the last pattern", drawn, "\"target\": 2", "\"target\": 3",
            "settings.target: expected a whole number in [0, 2], got 3");
        row("unknown update mode", drawn, "\"update\": \"sync\"", "\"update\": \"parallel\"",
            "settings.update: unknown update mode \"parallel\"; the modes are async, "
            "sequential, sync");
        row("missing seed", drawn, "\"seed\": \"18446744073709551557\",", "",
            "settings: the field \"seed\" is missing");
        row("seed not a number", drawn, "\"18446744073709551557\"", "\"12abc\"",
            "settings.seed: expected a whole number from 0 to 2^64 - 1, got \"12abc\"");
        row("unknown control", drawn, "\"patterns-editor\"", "\"editor\"",
            "lesson.hidden[1]: unknown control \"editor\"");
        row("unknown lab", drawn, "\"version\": 2",
            "\"labs\": {\"plasticity\": {}}, \"version\": 2",
            "labs: unknown field \"plasticity\"; the fields here are learning, continuous");
        row("labs not an object", drawn, "\"version\": 2", "\"labs\": 3, \"version\": 2",
            "labs: expected an object, got the number 3");
        row("lab control is a list", drawn, "\"version\": 2",
            "\"labs\": {\"learning\": {\"capacity\": {\"neurons\": [1]}}}, \"version\": 2",
            "labs.learning.capacity.neurons: expected a number or a name");
        row("continuous control is an object", drawn, "\"version\": 2",
            "\"labs\": {\"continuous\": {\"beta\": {\"value\": 2}}}, \"version\": 2",
            "labs.continuous.beta: expected a number or a name");
        row("learning panel nested twice", drawn, "\"version\": 2",
            "\"labs\": {\"learning\": {\"basins\": {\"seed\": {\"a\": 1}}}}, \"version\": 2",
            "labs.learning.basins.seed: expected a number or a name");
        row("unknown built-in set", letters, "\"letters\"", "\"greek\"",
            "patterns.builtin: unknown built-in set \"greek\"");
        // The size limits (SessionReader.h), counted before anything is made: names expand
        // to patterns, inline items are patterns, random patterns have a count, and every
        // JSON value costs memory once parsed.
        const QByteArray manyNames = "\"names\": [" + QByteArray("\"A\", ").repeated(10001);
        QTest::newRow("a name past the pattern limit")
            << letters << QByteArray("\"names\": [") << manyNames
            << QStringLiteral("patterns.names: 10005 patterns are more than the 10000 a session "
                              "may hold");
        const QByteArray manyItems =
            "\"items\": [" +
            QByteArray("{\"name\": \"x\", \"rows\": [\"#####\", \"#####\", \"#####\"]}, ")
                .repeated(10000);
        QTest::newRow("an item past the pattern limit")
            << drawn << QByteArray("\"items\": [") << manyItems
            << QStringLiteral("patterns.items: 10003 patterns are more than the 10000");
        QTest::newRow("random spins past the spin limit")
            << QByteArray(R"({"format": "hopfield-lab-session", "version": 2,
                "patterns": {"random": {"width": 1024, "height": 1024, "count": 16}},
                "settings": {"seed": 1}})")
            << QByteArray("16") << QByteArray("17")
            << QStringLiteral("patterns.random.count: 17 patterns of 1048576 neurons are more "
                              "than the 16777216 spins");
        QTest::newRow("values past the value limit")
            << drawn << QByteArray("\"title\": \"") << "\"title\": \"" + QByteArray(2000000, ',')
            << QStringLiteral("(top level): more than the 2000000 values a session file may hold");
        row("unknown letter", letters, "\"M\"", "\"\xd0\x96\"",
            "patterns.names: :/patterns/letters.txt has no pattern named '\xd0\x96'");
    }

    void badInputIsNamed()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray json = base;
        if (from.isEmpty() && base.startsWith('{')) {
            json.truncate(base.size() / 2); // cut mid-document: malformed JSON
        } else if (!from.isEmpty()) {
            const qsizetype at = json.indexOf(from);
            QVERIFY2(at >= 0, from.constData());
            json.replace(at, from.size(), to);
        }
        try {
            readSession(json);
            QFAIL("a broken session was accepted");
        } catch (const SessionError& error) {
            QVERIFY2(error.message().startsWith(message), qPrintable(error.message()));
        }
    }

    void failedLoadKeepsTheSessionInUse()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.json"));
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        const Session original = sessionSamples::handDrawn();
        saveSessionFile(good, original);
        Session current = loadSessionFile(good);
        QByteArray broken = readFile(good);
        broken.replace("\"noise\": 0.125", "\"noise\": 7");
        writeFile(bad, broken);
        try {
            current = loadSessionFile(bad);
            QFAIL("a noise of 7 was accepted");
        } catch (const SessionError& error) {
            QCOMPARE(error.message(), bad + QStringLiteral(": settings.noise: expected a number "
                                                           "in [0, 1], got 7"));
        }
        QCOMPARE(current, original);
        QVERIFY_THROWS_EXCEPTION(SessionError,
                                 current = loadSessionFile(dir.filePath(QStringLiteral("none"))));
        QCOMPARE(current, original);
    }

    void failedSaveLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.json"));
        const Session original = sessionSamples::handDrawn();
        saveSessionFile(path, original);
        const QByteArray before = readFile(path);
        Session changed = original;
        changed.settings.temperature = 1.5;
        {
            // The new file is larger than the limit: the write fails half way.
            FileSizeLimit limit(static_cast<rlim_t>(before.size() / 2));
            QVERIFY(limit.active());
            try {
                saveSessionFile(path, changed);
                QFAIL("a save beyond the file size limit reported success");
            } catch (const SessionError& error) {
                QVERIFY2(error.message().startsWith(QStringLiteral("cannot save ") + path),
                         qPrintable(error.message()));
            }
        }
        QCOMPARE(readFile(path), before);
        QCOMPARE(loadSessionFile(path), original);
        // No half-written temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"lesson.json"});
    }

    void unwritableDirectoryLeavesTheOldFile()
    {
        if (geteuid() == 0)
            QSKIP("root writes into read-only directories; failedSaveLeavesTheOldFile covers "
                  "the failed write");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.json"));
        const Session original = sessionSamples::handDrawn();
        saveSessionFile(path, original);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        Session changed = original;
        changed.sweep = 99;
        QVERIFY_THROWS_EXCEPTION(SessionError, saveSessionFile(path, changed));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(loadSessionFile(path), original);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestSessionErrors)
#include "tst_sessionerrors.moc"
