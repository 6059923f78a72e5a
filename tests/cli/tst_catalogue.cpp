// The bad-input catalogue of issue 15 as data rows: each input that once froze, exhausted
// memory, lost output silently or ran the wrong thing, with what it must do now.  Runs on
// every change, so none of them comes back.
#include "TestSuite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

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

struct Peak {
    int exitCode = -1;
    long peakKilobytes = 0;
};

/// Runs the CLI with standard output to `outputFile` and returns its exit code and peak
/// resident memory (wait4's rusage of this one child, not of every child so far).
Peak runMeasured(const QStringList& arguments, const QString& outputFile)
{
    const QByteArray program = QByteArrayLiteral(HOPFIELD_CLI_PATH);
    QList<QByteArray> words;
    for (const QString& word : arguments)
        words << word.toLocal8Bit();
    std::vector<char*> argv{const_cast<char*>(program.constData())};
    for (QByteArray& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    const QByteArray path = outputFile.toLocal8Bit();
    // Under AddressSanitizer (CI's sanitized tree) every free is held back in a 256 MB
    // quarantine, so a long run's peak grows with the allocations it has churned through;
    // without the quarantine the peak measures what the program holds, as in a normal build.
    const QByteArray sanitizerOptions = qgetenv("ASAN_OPTIONS");
    qputenv("ASAN_OPTIONS",
            sanitizerOptions + (sanitizerOptions.isEmpty() ? "" : ":") + "quarantine_size_mb=0");
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int descriptor = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(descriptor, STDOUT_FILENO);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    qputenv("ASAN_OPTIONS", sanitizerOptions);
    int status = 0;
    rusage usage{};
    if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status))
        return {};
    return {WEXITSTATUS(status), usage.ru_maxrss};
}

/// The CSV's lines, or a retrieval JSON's number of energy_trace entries.
qsizetype rowsOf(const QString& path, bool csv)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    if (csv)
        return bytes.count('\n');
    return QJsonDocument::fromJson(bytes)
        .object()
        .value(QStringLiteral("energy_trace"))
        .toArray()
        .size();
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
        row("boltzmann chains past the guard",
            {"learn", "--rule", "boltzmann", "--chains", "1000000"}, "100", {}, 2,
            "1000000 Monte Carlo chains of 30 neurons needs");
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
            "--restarts: Value 10000 not in range 0 to 1000");
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

    void longRunsStreamInBoundedMemory_data()
    {
        // The same command short and 100 times longer: a trajectory or trace held in memory
        // (as before issue 15's item 6) grows the peak by some 20 MB (1e5 ODE samples of
        // ~200 bytes) or 45 MB (1e5 retrieval records of 50 overlaps); streamed it stays flat.
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lengthFlag");
        QTest::addColumn<QString>("shortLength");
        QTest::addColumn<QString>("longLength");
        QTest::addColumn<qsizetype>("shortRows");
        QTest::addColumn<qsizetype>("longRows");
        QTest::newRow("ode csv") << QStringList{"ode",         "--preset",
                                                "limit-cycle", "--sample-interval",
                                                "0.005",       "--format",
                                                "csv"}
                                 << QStringLiteral("--t-max") << QStringLiteral("5")
                                 << QStringLiteral("500") << qsizetype(1 + 1001)
                                 << qsizetype(1 + 100001);
        QTest::newRow("retrieve traces")
            << QStringList{"retrieve", "--neurons", "100", "--temperature", "0.5"}
            << QStringLiteral("--sweeps") << QStringLiteral("1000") << QStringLiteral("100000")
            << qsizetype(1001) << qsizetype(100001);
    }

    void longRunsStreamInBoundedMemory()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, lengthFlag);
        QFETCH(QString, shortLength);
        QFETCH(QString, longLength);
        QFETCH(qsizetype, shortRows);
        QFETCH(qsizetype, longRows);
        const QString output = m_dir.filePath(QStringLiteral("stream.out"));
        const Peak small = runMeasured(arguments + QStringList{lengthFlag, shortLength}, output);
        QCOMPARE(small.exitCode, 0);
        QCOMPARE(rowsOf(output, arguments[0] == "ode"), shortRows);
        const Peak large = runMeasured(arguments + QStringList{lengthFlag, longLength}, output);
        QCOMPARE(large.exitCode, 0);
        QCOMPARE(rowsOf(output, arguments[0] == "ode"), longRows);
        QVERIFY2(large.peakKilobytes < small.peakKilobytes + 4096,
                 qPrintable(QStringLiteral("peak %1 kB against %2 kB for the short run")
                                .arg(large.peakKilobytes)
                                .arg(small.peakKilobytes)));
    }

    void aLongRunStopsOnSigint_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("json");
        // 1e8 RK4 steps, the most allowed (tens of seconds), and the other long loops.
        QTest::newRow("ode rk4 csv")
            << QStringList{"ode",     "--preset", "limit-cycle", "--stepper", "rk4",
                           "--t-max", "1e7",      "--dt",        "0.1",       "--sample-interval",
                           "1000",    "--format", "csv"}
            << false;
        QTest::newRow("ode json") << QStringList{"ode", "--preset", "limit-cycle", "--t-max", "1e6"}
                                  << true;
        QTest::newRow("retrieve 1e7 sweeps")
            << QStringList{"retrieve", "--neurons",     "100", "--sweeps",
                           "10000000", "--temperature", "0.5"}
            << true;
        QTest::newRow("control --restarts 1000")
            << QStringList{"control", "--a", "1,0,0,1", "--initial", "0.5,0", "--restarts", "1000"}
            << true;
        QTest::newRow("learn boltzmann epochs")
            << QStringList{"learn", "--rule", "boltzmann", "--epochs", "1000000"} << true;
        QTest::newRow("learn unlearning dreams")
            << QStringList{"learn",      "--rule", "unlearning", "--neurons", "400",
                           "--patterns", "50",     "--lambda",   "0.001"}
            << true;
        QTest::newRow("sweep") << QStringList{"sweep",   "--neurons",     "20000",
                                              "--alpha", "0.05:0.2:0.05", "--samples",
                                              "3",       "--threads",     "1"}
                               << false;
    }

    void aLongRunStopsOnSigint()
    {
        // Ctrl+C stops the loop, closes the output and exits 130 with one line.
        QFETCH(QStringList, arguments);
        QFETCH(bool, json);
        QProcess process;
        process.start(QStringLiteral(HOPFIELD_CLI_PATH), arguments);
        QVERIFY(process.waitForStarted());
        QVERIFY(!process.waitForFinished(1500)); // still running
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        // The flag is read between units of work: the sweep's is a batch of replicas, at
        // N = 20,000 and P = 4,000 some 240 million pattern draws first, which took up to
        // 1.9 s on a 2-core machine busy with a build.
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(err.contains("interrupted"));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY(out.endsWith('\n'));
        if (json) {
            QJsonParseError error;
            const QJsonObject document = QJsonDocument::fromJson(out, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(document.value(QStringLiteral("interrupted")).toBool(), true);
            if (arguments[0] == "retrieve") {
                // Every sweep run so far is in the traces: the initial record and one a sweep.
                const qsizetype sweeps = document.value(QStringLiteral("sweeps")).toInt();
                QVERIFY(sweeps > 0 && sweeps < 10000000);
                QCOMPARE(document.value(QStringLiteral("flips_trace")).toArray().size(),
                         sweeps + 1);
            }
        } else {
            // Whole rows only: every line has the header's number of fields.
            const QList<QByteArray> lines = out.trimmed().split('\n');
            for (const QByteArray& line : lines)
                QCOMPARE(line.count(','), lines[0].count(','));
        }
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

HOPFIELD_TEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
