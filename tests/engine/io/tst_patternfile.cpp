#include "IoTestSupport.h"
#include "TestSuite.h"
#include "io/PatternFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <stdexcept>

using namespace hopfield;
using namespace hopfield::testing;

Q_DECLARE_METATYPE(hopfield::PatternFileFormat)

namespace {

void writeBytes(const QString& path, const QByteArray& content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(content), static_cast<qint64>(content.size()));
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The message of the std::runtime_error `write` throws, or "" when it returns.
QString writeFailure(const std::function<void()>& write)
{
    try {
        write();
    } catch (const std::runtime_error& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace

class TestPatternFile : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<PatternFileFormat>("format");

        QTest::newRow("pbm") << "a.pbm" << PatternFileFormat::PbmRaw;
        QTest::newRow("PBM in capitals") << "/tmp/A.PBM" << PatternFileFormat::PbmRaw;
        QTest::newRow("text") << "letters.txt" << PatternFileFormat::AsciiArt;
        QTest::newRow("no extension") << "letters" << PatternFileFormat::AsciiArt;
        QTest::newRow("pbm directory") << "set.pbm/letters.txt" << PatternFileFormat::AsciiArt;
        QTest::newRow("pbm inside the name") << "a.pbm.txt" << PatternFileFormat::AsciiArt;
    }

    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(PatternFileFormat, format);
        QCOMPARE(hopfield::formatForPath(path.toStdString()), format);
    }

    void readsByMagicNumber_data()
    {
        QTest::addColumn<QByteArray>("content");

        QTest::newRow("plain PBM") << bytes("P1\n# name: x\n3 2\n101\n010\n");
        QTest::newRow("raw PBM") << bytes("P4\n# name: x\n3 2\n\xA0\x40");
        QTest::newRow("ASCII art") << bytes("; x\n#.#\n.#.\n");
    }

    void readsByMagicNumber()
    {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath("pattern.dat");
        writeBytes(path, content);
        HL_COMPARE_PATTERNS(readPatternFile(path.toStdString()), drawnPatterns({"#.#/.#."}, {"x"}));
    }

    void readErrorsNameThePath_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content"); // null: no file is written
        QTest::addColumn<qlonglong>("line");
        QTest::addColumn<QString>("message");

        QTest::newRow("missing file") << "missing.txt" << QByteArray() << 0LL
                                      << "cannot open the file: No such file or directory";
        QTest::newRow("directory") << "." << QByteArray() << 0LL << "is a directory";
        QTest::newRow("malformed PBM") << "bad.pbm" << bytes("P1\n2 2\n0 1\n1") << 4LL
                                       << "pixel data ends after 3 of 4 pixels";
        QTest::newRow("malformed ASCII art")
            << "bad.txt" << bytes("##\n#\n") << 2LL << "row has 1 columns, expected 2";
    }

    void readErrorsNameThePath()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(qlonglong, line);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(name);
        if (!content.isNull())
            writeBytes(path, content);
        const auto error = parseErrorOf([&] { readPatternFile(path.toStdString()); });
        verifyParseError(error, path.toStdString(), ParseError::Position::Line, line, message);
    }

    void roundTripsThroughFiles_data()
    {
        QTest::addColumn<PatternFileFormat>("format");
        QTest::addColumn<QByteArray>("magic");

        QTest::newRow("plain PBM") << PatternFileFormat::PbmPlain << QByteArray("P1");
        QTest::newRow("raw PBM") << PatternFileFormat::PbmRaw << QByteArray("P4");
        QTest::newRow("ASCII art") << PatternFileFormat::AsciiArt << QByteArray("; ");
    }

    void roundTripsThroughFiles()
    {
        QFETCH(PatternFileFormat, format);
        QFETCH(QByteArray, magic);
        const QString path = m_dir.filePath("set");
        // 13x7: rows of 13 pixels leave 3 bits of padding in each P4 row.
        const QString blank = QStringList(7, QString(13, QLatin1Char('.'))).join('/');
        const PatternSet patterns = drawnPatterns({"#############/#...........#/#.#########.#/"
                                                   "#.#.......#.#/#.#########.#/#...........#/"
                                                   "#############",
                                                   blank, "#" + blank.mid(1)},
                                                  {"frame", "blank", "top left"});
        writePatternFile(path.toStdString(), patterns, format);
        QVERIFY(readBytes(path).startsWith(magic));
        QVERIFY2(!QFile::exists(path + ".tmp"), "the temporary file was left behind");
        HL_COMPARE_PATTERNS(readPatternFile(path.toStdString()), patterns);
    }

    void writeReplacesAnExistingFile()
    {
        const QString path = m_dir.filePath("set.txt");
        writeBytes(path, "old content that is longer than the new one\n");
        writePatternFile(path.toStdString(), drawnPatterns({"#."}), PatternFileFormat::AsciiArt);
        QCOMPARE(readBytes(path), QByteArray("#.\n"));
        QVERIFY(!QFile::exists(path + ".tmp"));
    }

    void writeToMissingDirectoryThrows()
    {
        const QString path = m_dir.filePath("no/such/dir/set.txt");
        const QString failure = writeFailure([&] {
            writePatternFile(path.toStdString(), drawnPatterns({"#"}), PatternFileFormat::AsciiArt);
        });
        QVERIFY2(failure.contains(path), qPrintable("no path in: " + failure));
        QVERIFY2(failure.contains("No such file or directory"), qPrintable(failure));
    }

    void failedWriteKeepsTheOldFile_data()
    {
        QTest::addColumn<bool>("readOnlyDirectory"); // else PATH.tmp is blocked by a directory

        QTest::newRow("temporary file blocked") << false;
        QTest::newRow("read-only directory") << true;
    }

    void failedWriteKeepsTheOldFile()
    {
        QFETCH(bool, readOnlyDirectory);
        const QString directory = m_dir.filePath("locked");
        QVERIFY(QDir().mkpath(directory));
        const QString path = directory + "/set.txt";
        const QByteArray old("; precious\n#\n");
        writeBytes(path, old);
        if (readOnlyDirectory) {
            QVERIFY(QFile::setPermissions(directory, QFile::ReadOwner | QFile::ExeOwner));
            if (QFile probe(directory + "/probe"); probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QFile::setPermissions(directory,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                QSKIP("the directory stays writable (running as root?)");
            }
        } else {
            QVERIFY(QDir().mkpath(path + ".tmp"));
        }
        const QString failure = writeFailure([&] {
            writePatternFile(path.toStdString(), drawnPatterns({"."}), PatternFileFormat::AsciiArt);
        });
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(failure.contains(path), qPrintable("no path in: " + failure));
        QCOMPARE(readBytes(path), old);
    }

    void requireNetworkSize_data()
    {
        QTest::addColumn<int>("neurons");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QString>("message"); // empty: the size fits

        QTest::newRow("same neurons") << 256 << 0 << 0 << QString();
        QTest::newRow("same shape") << 256 << 16 << 16 << QString();
        QTest::newRow("other neurons")
            << 100 << 0 << 0 << "patterns are 16x16 = 256 neurons but the network has 100";
        QTest::newRow("other shape, same neurons")
            << 256 << 8 << 32
            << "patterns are 16x16 = 256 neurons but the network is 8x32 = 256 neurons";
        QTest::newRow("other shape and neurons")
            << 100 << 10 << 10
            << "patterns are 16x16 = 256 neurons but the network is 10x10 = 100 neurons";
    }

    void requireNetworkSize()
    {
        QFETCH(int, neurons);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QString, message);
        PatternSet patterns;
        patterns.add(Pattern(16, 16, "blank"));
        const auto error = parseErrorOf(
            [&] { hopfield::requireNetworkSize(patterns, "set.txt", neurons, width, height); });
        if (message.isEmpty())
            QVERIFY2(!error, error ? error->what() : "");
        else
            verifyParseError(error, "set.txt", ParseError::Position::Line, 0, message);
    }

private:
    QTemporaryDir m_dir;
};

HOPFIELD_TEST_GUILESS_MAIN(TestPatternFile)
#include "tst_patternfile.moc"
