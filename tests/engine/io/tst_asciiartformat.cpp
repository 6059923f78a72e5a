#include "IoTestSupport.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "core/Rng.h"
#include "io/AsciiArtFormat.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

using namespace hopfield;
using namespace hopfield::testing;

namespace {

PatternSet readArtBytes(const QByteArray& input)
{
    std::istringstream in(input.toStdString());
    return readAsciiArt(in, "test.txt");
}

QByteArray artBytes(const PatternSet& patterns)
{
    std::ostringstream out;
    writeAsciiArt(out, patterns);
    return QByteArray::fromStdString(out.str());
}

/// A stream of valid rows that never ends, like a device read by mistake.
class EndlessRows : public std::streambuf {
public:
    EndlessRows() { std::fill(std::begin(m_rows), std::end(m_rows), '#'); }

protected:
    int_type underflow() override
    {
        m_rows[sizeof m_rows - 1] = '\n';
        setg(m_rows, m_rows, m_rows + sizeof m_rows);
        return traits_type::to_int_type(m_rows[0]);
    }

private:
    char m_rows[4096];
};

} // namespace

class TestAsciiArtFormat : public QObject {
    Q_OBJECT
private slots:
    void readsValidFiles_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("drawings");
        QTest::addColumn<QStringList>("names");

        const QStringList diagonals{"#./.#", ".#/#."};
        QTest::newRow("one block")
            << bytes("#.#\n.#.\n") << QStringList{"#.#/.#."} << QStringList();
        QTest::newRow("named blocks")
            << bytes("; A\n#.\n.#\n\n; B\n.#\n#.\n") << diagonals << QStringList{"A", "B"};
        QTest::newRow("several blank lines")
            << bytes("#.\n.#\n\n\n\n.#\n#.\n") << diagonals << QStringList();
        QTest::newRow("CRLF") << bytes("; A\r\n#.\r\n.#\r\n\r\n; B\r\n.#\r\n#.\r\n") << diagonals
                              << QStringList{"A", "B"};
        QTest::newRow("trailing blanks")
            << bytes("#.  \n.#\t\r\n \n.#\n#.\n") << diagonals << QStringList();
        QTest::newRow("no final newline")
            << bytes("#.\n.#\n\n.#\n#.") << diagonals << QStringList();
        QTest::newRow("leading blank lines")
            << bytes("\n\n#.\n.#\n\n.#\n#.\n") << diagonals << QStringList();
        QTest::newRow("name line ends a block")
            << bytes("; A\n#.\n.#\n; B\n.#\n#.\n") << diagonals << QStringList{"A", "B"};
        QTest::newRow("name trimmed")
            << bytes(";   big A \t\n#.\n.#\n") << QStringList{"#./.#"} << QStringList{"big A"};
        QTest::newRow("name holding a CR")
            << bytes("; A\rB\n#.\n.#\n") << QStringList{"#./.#"} << QStringList{"A B"};
        QTest::newRow("empty name")
            << bytes(";\n#.\n.#\n") << QStringList{"#./.#"} << QStringList();
        QTest::newRow("one column") << bytes("#\n.\n#\n") << QStringList{"#/./#"} << QStringList();
    }

    void readsValidFiles()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, drawings);
        QFETCH(QStringList, names);
        HL_COMPARE_PATTERNS(readArtBytes(input), drawnPatterns(drawings, names));
    }

    void rejectsMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qlonglong>("line");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty file") << QByteArray() << 1LL << "no pattern in the file";
        QTest::newRow("blank lines only") << bytes("\n\n  \n") << 4LL << "no pattern";
        QTest::newRow("stray letter")
            << bytes("#.#\n#x#\n") << 2LL << "stray character 'x' at column 2: expected '#' or '.'";
        QTest::newRow("leading space")
            << bytes("#.\n #\n") << 2LL << "stray character ' ' at column 1";
        QTest::newRow("tab inside a row")
            << bytes("#\t.\n") << 1LL << "stray character '\\x09' at column 2";
        QTest::newRow("NUL byte") << bytes("#.\n.\0\n") << 2LL
                                  << "stray character '\\x00' at column 2";
        QTest::newRow("digits") << bytes("0101\n") << 1LL << "stray character '0' at column 1";
        QTest::newRow("UTF-8 block")
            << bytes("\xE2\x96\x88\n") << 1LL << "stray character '\\xE2' at column 1";
        QTest::newRow("space inside a row")
            << bytes("#. .\n") << 1LL << "stray character ' ' at column 3";
        QTest::newRow("short row")
            << bytes("####\n###\n") << 2LL << "row has 3 columns, expected 4";
        QTest::newRow("long row in a later block")
            << bytes("##\n..\n\n###\n") << 4LL << "row has 3 columns, expected 2";
        QTest::newRow("short block")
            << bytes("#\n#\n\n#\n") << 4LL
            << "the pattern has a height of 1, expected 2 like the first one";
        QTest::newRow("tall block") << bytes("; A\n#\n\n; B\n#\n#\n\n") << 6LL
                                    << "the pattern has a height of 2, expected 1";
        QTest::newRow("name at the end")
            << bytes("#\n\n; lonely\n") << 3LL << "the name 'lonely' has no pattern after it";
        QTest::newRow("name before a blank line")
            << bytes("; A\n\n#\n") << 1LL << "the name 'A' has no pattern after it";
        QTest::newRow("two names in a row")
            << bytes("; A\n; B\n#\n") << 1LL << "the name 'A' has no pattern after it";
        QTest::newRow("CRLF line count")
            << bytes("#.\r\n.#\r\n\r\n#x\r\n") << 4LL << "stray character 'x' at column 2";
        QTest::newRow("PBM is no ASCII art")
            << bytes("P1\n1 1\n1\n") << 1LL << "stray character 'P' at column 1";
    }

    void rejectsMalformedFiles()
    {
        QFETCH(QByteArray, input);
        QFETCH(qlonglong, line);
        QFETCH(QString, message);
        verifyParseError(parseErrorOf([&] { readArtBytes(input); }), "test.txt",
                         ParseError::Position::Line, line, message);
    }

    void refusesEndlessInput()
    {
        EndlessRows endless;
        std::istream in(&endless);
        verifyParseError(parseErrorOf([&] { readAsciiArt(in, "/dev/endless"); }), "/dev/endless",
                         ParseError::Position::Byte, 64LL << 20, "the file goes on past 64 MiB");
    }

    void writesAsciiArt_data()
    {
        QTest::addColumn<PatternSet>("patterns");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("named") << drawnPatterns({"#.#/.#.", "..#/#.."}, {"A", "B"})
                               << bytes("; A\n#.#\n.#.\n\n; B\n..#\n#..\n");
        QTest::newRow("unnamed") << drawnPatterns({"#.", ".#"}) << bytes("#.\n\n.#\n");
        QTest::newRow("name on one line")
            << drawnPatterns({"#"}, {"two\r\nlines"}) << bytes("; two  lines\n#\n");
    }

    void writesAsciiArt()
    {
        QFETCH(PatternSet, patterns);
        QFETCH(QByteArray, expected);
        QCOMPARE(artBytes(patterns), expected);
    }

    void roundTrips_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("count");

        QTest::newRow("1x1") << 1 << 1 << 1;
        QTest::newRow("13x7") << 13 << 7 << 4;
        QTest::newRow("16x16") << 16 << 16 << 3;
        QTest::newRow("5x40") << 5 << 40 << 2;
        QTest::newRow("100x1") << 100 << 1 << 5;
    }

    void roundTrips()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, count);
        Rng rng(7);
        PatternSet patterns;
        // Names with spaces and punctuation; the last pattern unnamed.
        for (const Pattern& random : randomPatterns(width, height, count, 0.0, rng)) {
            Pattern named = random;
            if (patterns.size() + 1 < count)
                named.setName(std::to_string(patterns.size()) + ": #a; b");
            patterns.add(named);
        }
        HL_COMPARE_PATTERNS(readArtBytes(artBytes(patterns)), patterns);
    }

    void readsBuiltInSets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("firstName");

        QTest::newRow("letters") << "letters.txt" << 26 << "A";
        QTest::newRow("digits") << "digits.txt" << 10 << "0";
        QTest::newRow("symbols") << "symbols.txt" << 8 << "square";
    }

    void readsBuiltInSets()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(QString, firstName);
        const std::string path = HOPFIELD_SOURCE_DIR "/resources/patterns/" + file.toStdString();
        std::ifstream in(path, std::ios::binary);
        QVERIFY2(in, path.c_str());
        const PatternSet patterns = readAsciiArt(in, path);
        QCOMPARE(patterns.size(), count);
        QCOMPARE(patterns.width(), 16);
        QCOMPARE(patterns.height(), 16);
        QCOMPARE(patterns[0].name(), firstName.toStdString());
        // Every built-in pattern is named, and the names tell them apart.
        std::set<std::string> names;
        for (const Pattern& pattern : patterns)
            names.insert(pattern.name());
        QCOMPARE(static_cast<int>(names.size()), count);
        QVERIFY(!names.contains(std::string()));
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestAsciiArtFormat)
#include "tst_asciiartformat.moc"
