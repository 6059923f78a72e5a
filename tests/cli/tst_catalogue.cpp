// The bad-input catalogue of issue 15 as data rows: each input that once froze, exhausted
// memory, lost output silently or ran the wrong thing, with what it must do now.  Runs on
// every change, so none of them comes back.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

namespace {

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the CLI with `arguments` ("$DIR" stands for `dir`), HOPFIELD_MEMORY_LIMIT_MB set
/// to `memoryLimit` when not empty, and standard output sent to `stdoutFile` when given.
Outcome run(const QStringList& arguments, const QString& dir, const QByteArray& memoryLimit,
            const QString& stdoutFile)
{
    QStringList words;
    for (const QString& word : arguments)
        words << QString(word).replace(QStringLiteral("$DIR"), dir);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("HOPFIELD_MEMORY_LIMIT_MB"));
    if (!memoryLimit.isEmpty())
        environment.insert(QStringLiteral("HOPFIELD_MEMORY_LIMIT_MB"),
                           QString::fromLatin1(memoryLimit));
    process.setProcessEnvironment(environment);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(QStringLiteral(HOPFIELD_CLI_PATH), words);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A 1001-neuron couplings matrix: one past the JSON fixed-point search's limit.
        const QByteArray row = QByteArray("0 ").repeated(1001) + '\n';
        write(m_dir.filePath(QStringLiteral("n1001.txt")), row.repeated(1001));
        write(m_dir.filePath(QStringLiteral("binary.txt")), QByteArray("1 \x01\xff\x1b[2J\n"));
        write(m_dir.filePath(QStringLiteral("huge.pbm")), QByteArray("P4\n20000 20000\n"));
    }

    void refusedWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("memoryLimit");
        QTest::addColumn<QString>("stdoutFile");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString full = QStringLiteral("/dev/full");
        const QString written = QStringLiteral("could not write the output");
        const auto row = [](const char* name, const QStringList& arguments, const QByteArray& limit,
                            const QString& file, int exitCode, const QString& message) {
            QTest::newRow(name) << arguments << limit << file << exitCode << message;
        };
        // 3. A write error on standard output is exit 1, never a silent exit 0.
        row("retrieve > /dev/full", {"retrieve", "--neurons", "100", "--patterns", "5"}, {}, full,
            1, written);
        row("sweep > /dev/full", {"sweep", "--neurons", "100", "--alpha", "0.05", "--samples", "1"},
            {}, full, 1, written);
        row("theory > /dev/full", {"theory", "mixtures"}, {}, full, 1, written);
        row("ode > /dev/full", {"ode", "--preset", "limit-cycle", "--t-max", "1"}, {}, full, 1,
            written);
        row("learn > /dev/full",
            {"learn", "--rule", "unlearning", "--neurons", "40", "--patterns", "4"}, {}, full, 1,
            written);
        row("control > /dev/full",
            {"control", "--a", "1,0,0,1", "--initial", "0.5,0", "--steps", "40", "--pieces", "4",
             "--max-iterations", "5"},
            {}, full, 1, written);
        row("help > /dev/full", {"help"}, {}, full, 1, written);
        // 4. The couplings reader: capped like pattern files, binary bytes escaped.
        row("ode --couplings /dev/zero", {"ode", "--couplings", "/dev/zero", "--initial", "0"}, {},
            {}, 2, "64 MiB");
        row("ode --couplings binary", {"ode", "--couplings", "$DIR/binary.txt", "--initial", "0,0"},
            {}, {}, 2, "'\\x01\\xFF\\x1B[2J'");
        // 6. The memory guard counts what is really allocated.
        row("ode trajectory past the guard",
            {"ode", "--preset", "limit-cycle", "--t-max", "50000", "--sample-interval", "0.005"},
            "1200", {}, 2, "a trajectory of 10000001 samples needs");
        row("boltzmann chains past the guard",
            {"learn", "--rule", "boltzmann", "--chains", "1000000"}, "100", {}, 2,
            "1000000 Monte Carlo chains of 30 neurons needs");
        row("retrieval traces past the guard",
            {"retrieve", "--neurons", "100", "--sweeps", "10000000", "--temperature", "0.5"},
            "1000", {}, 2, "over 10000000 sweeps needs");
        // 7. Refused from the flags and the header, before the memory is used.
        row("retrieve --neurons 2147483647",
            {"retrieve", "--neurons", "2147483647", "--patterns", "1"}, "1000", {}, 2,
            "a retrieval of 1 patterns of 2147483647 neurons");
        row("20000x20000 PBM header", {"retrieve", "--patterns-file", "$DIR/huge.pbm"}, {}, {}, 2,
            "a 20000x20000 image has 400000000 pixels");
        // 8. control: a blow-up is an error, not "converged" with a null cost.
        row("control --initial 1e300,0", {"control", "--a", "1,0,0,1", "--initial", "1e300,0"}, {},
            {}, 2, "the initial state must lie within");
        // 10. Documented limits on long runs.
        row("rk4 1e9 steps",
            {"ode", "--preset", "limit-cycle", "--stepper", "rk4", "--t-max", "1e8", "--dt", "0.1",
             "--sample-interval", "1000"},
            {}, {}, 2, "must stay below 1e8 RK4 steps");
        const QString zeros = QStringLiteral("0,").repeated(1000) + QStringLiteral("0");
        row("fixed points of 1001 neurons",
            {"ode", "--couplings", "$DIR/n1001.txt", "--initial", zeros, "--t-max", "0.1"}, {}, {},
            2, "at most 1000 neurons");
        row("control --restarts 10000",
            {"control", "--a", "1,0,0,1", "--initial", "0.5,0", "--restarts", "10000"}, {}, {}, 2,
            "--restarts must lie in [0, 1000]");
        // 11. Minor ones.
        row("--mixture 0,1,2,", {"retrieve", "--mixture", "0,1,2,"}, {}, {}, 2, "trailing comma");
        row("--patterns-file \"\"", {"retrieve", "--patterns-file", ""}, {}, {}, 2,
            "--patterns-file needs a file name");
        for (const char* limit : {"-50", "0", "abc", "17592186044417"})
            QTest::addRow("HOPFIELD_MEMORY_LIMIT_MB=%s", limit)
                << QStringList{"retrieve", "--neurons", "100", "--patterns", "5"}
                << QByteArray(limit) << QString() << 2
                << QStringLiteral("HOPFIELD_MEMORY_LIMIT_MB must be a whole number");
        row("guard message in MB", {"retrieve", "--neurons", "100000", "--patterns", "1000"}, "100",
            {}, 2, "; the limit on this machine is 52 MB");
    }

    void refusedWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, memoryLimit);
        QFETCH(QString, stdoutFile);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Outcome outcome = run(arguments, m_dir.path(), memoryLimit, stdoutFile);
        QCOMPARE(outcome.exitCode, exitCode);
        QVERIFY(outcome.out.isEmpty());
        const QString error = QString::fromUtf8(outcome.err);
        QCOMPARE(error.count(QLatin1Char('\n')), 1);
        QVERIFY2(error.contains(message), qPrintable(error));
        // Never a raw control byte on the terminal.
        for (const char c : outcome.err)
            QVERIFY2(c == '\n' || static_cast<unsigned char>(c) >= 0x20, qPrintable(error));
    }

    void aHugeRangeStepRunsTheStart_data()
    {
        // The other ranges are single values, so the output has one row.
        QTest::addColumn<QStringList>("ranges");
        QTest::addColumn<int>("column");
        QTest::addColumn<double>("start");
        QTest::newRow("alpha 0.05:0.2:1e9") << QStringList{"--alpha", "0.05:0.2:1e9"} << 0 << 0.05;
        QTest::newRow("noise 0:1:1e10")
            << QStringList{"--alpha", "0.1", "--noise", "0:1:1e10"} << 2 << 0.0;
    }

    void aHugeRangeStepRunsTheStart()
    {
        QFETCH(QStringList, ranges);
        QFETCH(int, column);
        QFETCH(double, start);
        const Outcome outcome =
            run(QStringList{"sweep", "--neurons", "100", "--samples", "1"} + ranges, m_dir.path(),
                {}, {});
        QCOMPARE(outcome.exitCode, 0);
        const QList<QByteArray> lines = outcome.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2); // the header and one row
        QCOMPARE(lines[1].split(',')[column].toDouble(), start);
    }

    void aLongRunStopsOnSigint()
    {
        // 1e8 RK4 steps, the most allowed: tens of seconds.  Ctrl+C ends it at once (the
        // CLI keeps the default SIGINT action; no loop masks it).
        QProcess process;
        process.start(QStringLiteral(HOPFIELD_CLI_PATH),
                      {"ode", "--preset", "limit-cycle", "--stepper", "rk4", "--t-max", "1e7",
                       "--dt", "0.1", "--sample-interval", "1000", "--format", "csv"});
        QVERIFY(process.waitForStarted());
        QVERIFY(!process.waitForFinished(500)); // still running
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }

    void thePeerRunsWithoutAShell()
    {
        // A script path holding a quote and a command: with a shell string it ran the
        // command; with an argument vector it is only a file name that does not exist.
        const QString marker = m_dir.filePath(QStringLiteral("ran"));
        const QString script =
            m_dir.filePath(QStringLiteral("x'; touch ")) + marker + QStringLiteral("; echo '.py");
        const Outcome outcome = run({"bench", "--quick", "--budget", "0", "--peer-script", script},
                                    m_dir.path(), {}, {});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(!QFile::exists(marker));
        QVERIFY2(outcome.out.isEmpty(), outcome.out.left(200).constData());
        QVERIFY(outcome.err.contains("the peer script failed"));
    }

    void anUnparsablePeerFigureIsAnError()
    {
        const QString peer = m_dir.filePath(QStringLiteral("peer.py"));
        write(peer, "print('{\"ms_per_sweep\": \"fast\"}')\n");
        const Outcome outcome =
            run({"bench", "--quick", "--budget", "0", "--peer-script", peer}, m_dir.path(), {}, {});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.out.isEmpty());
        QVERIFY2(outcome.err.contains("ms_per_sweep is not a number"), outcome.err.constData());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
