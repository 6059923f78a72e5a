#include "IoTestSupport.h"
#include "TestSuite.h"
#include "core/Corruption.h"
#include "core/Rng.h"
#include "io/PbmFormat.h"

#include <sstream>

using namespace hopfield;
using namespace hopfield::testing;

namespace {

PatternSet readPbmBytes(const QByteArray& input)
{
    std::istringstream in(input.toStdString());
    return readPbm(in, "test.pbm");
}

QByteArray pbmBytes(const PatternSet& patterns, PbmEncoding encoding)
{
    std::ostringstream out;
    writePbm(out, patterns, encoding);
    return QByteArray::fromStdString(out.str());
}

} // namespace

Q_DECLARE_METATYPE(hopfield::PbmEncoding)

class TestPbmFormat : public QObject {
    Q_OBJECT
private slots:
    void readsValidFiles_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("drawings");
        QTest::addColumn<QStringList>("names");

        const QStringList cross{"#.#/.#."};
        QTest::newRow("plain") << bytes("P1\n3 2\n1 0 1\n0 1 0\n") << cross << QStringList();
        QTest::newRow("plain, pixels not separated")
            << bytes("P1\n3 2\n101010") << cross << QStringList();
        QTest::newRow("plain, comments everywhere")
            << bytes("P1 # c\n# c\n3 # c\n2\n1 0 # c 1\n1\n0 1 0 # c") << cross << QStringList();
        QTest::newRow("plain, CRLF")
            << bytes("P1\r\n3 2\r\n1 0 1\r\n0 1 0\r\n") << cross << QStringList();
        QTest::newRow("plain, comment glued to the magic")
            << bytes("P1#c\n3 2\n101010\n") << cross << QStringList();
        QTest::newRow("raw 8x2") << bytes("P4\n8 2\n\xA5\x0F") << QStringList{"#.#..#.#/....####"}
                                 << QStringList();
        QTest::newRow("raw 3x2, padding bits ignored")
            << bytes("P4\n3 2\n\xBF\x5F") << cross << QStringList();
        QTest::newRow("raw 13x1, two bytes a row")
            << bytes("P4\n13 1\n\xFF\xF8") << QStringList{"#############"} << QStringList();
        QTest::newRow("raw, raster starts with a space byte")
            << bytes("P4\n8 1\n ") << QStringList{"..#....."} << QStringList();
        QTest::newRow("raw, raster holds a newline byte")
            << bytes("P4\n8 1\n\n") << QStringList{"....#.#."} << QStringList();
        QTest::newRow("name after the magic")
            << bytes("P1\n# name: cross\n3 2\n101010\n") << cross << QStringList{"cross"};
        QTest::newRow("name before the magic")
            << bytes("# name: cross\nP1 3 2 101010") << cross << QStringList{"cross"};
        QTest::newRow("name trimmed, CRLF")
            << bytes("P1\r\n#   name:   big cross \t\r\n3 2\r\n101010\r\n") << cross
            << QStringList{"big cross"};
        QTest::newRow("ordinary comment is no name")
            << bytes("P1\n# made by hand\n3 2\n101010\n") << cross << QStringList();
        QTest::newRow("two plain images")
            << bytes("P1\n# name: a\n2 1\n10\nP1\n# name: b\n2 1\n01\n") << QStringList{"#.", ".#"}
            << QStringList{"a", "b"};
        QTest::newRow("two raw images") << bytes("P4\n# name: a\n2 1\n\x80P4\n# name: b\n2 1\n\x40")
                                        << QStringList{"#.", ".#"} << QStringList{"a", "b"};
        QTest::newRow("plain then raw") << bytes("P1 2 1 10\n# name: b\nP4\n2 1\n\x40")
                                        << QStringList{"#.", ".#"} << QStringList{"", "b"};
        QTest::newRow("trailing blank lines and comments")
            << bytes("P1 1 1 1\n\n# the end\n  \n") << QStringList{"#"} << QStringList();
    }

    void readsValidFiles()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, drawings);
        QFETCH(QStringList, names);
        HL_COMPARE_PATTERNS(readPbmBytes(input), drawnPatterns(drawings, names));
    }

    void rejectsMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("atByte"); // the position is a byte offset, not a line
        QTest::addColumn<qlonglong>("position");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty file") << QByteArray() << false << 1LL << "no image in the file";
        QTest::newRow("only comments") << bytes("# a\n\n# b\n") << false << 4LL << "no image";
        QTest::newRow("greymap magic") << bytes("P5\n1 1\n\xFF") << false << 1LL
                                       << "expected the magic number P1 or P4, got 'P5'";
        QTest::newRow("text file") << bytes("hello\n") << false << 1LL
                                   << "not a PBM file: expected the magic number P1 or P4";
        QTest::newRow("binary file") << bytes("\x89PNG\r\n") << false << 1LL << "got '\\x89PNG'";
        QTest::newRow("magic glued to the width")
            << bytes("P12 2\n10\n") << false << 1LL << "got 'P12'";
        QTest::newRow("no width") << bytes("P1\n") << false << 2LL
                                  << "the file ends before the width";
        QTest::newRow("width not a number") << bytes("P1\nx 2\n") << false << 2LL
                                            << "expected the width (a positive number), got 'x'";
        QTest::newRow("negative width") << bytes("P1\n-3 2\n") << false << 2LL
                                        << "expected the width (a positive number), got '-'";
        QTest::newRow("zero width")
            << bytes("P1\n0 2\n") << false << 2LL << "the width must be positive, got 0";
        QTest::newRow("zero height")
            << bytes("P1\n2\n00\n") << false << 3LL << "the height must be positive, got 0";
        QTest::newRow("no height")
            << bytes("P1 3") << false << 1LL << "the file ends before the height";
        QTest::newRow("width runs into letters")
            << bytes("P1\n3x 2\n") << false << 2LL << "the width 3 runs into 'x'";
        QTest::newRow("width beyond int") << bytes("P1\n99999999999999999999 1\n") << false << 2LL
                                          << "the width 99999999999999999999 is too large";
        QTest::newRow("10^9 x 10^9")
            << bytes("P4\n1000000000 1000000000\n") << false << 2LL << "has too many neurons";
        QTest::newRow("raw 4000x4000 with 4 bytes") << bytes("P4\n4000 4000\n\0\0\0\0") << true
                                                    << 17LL << "data ends after 4 of 2000000 bytes";
        // Refused from the header alone, before 400 million spins are made.
        QTest::newRow("raw 20000x20000 header")
            << bytes("P4\n20000 20000\n") << false << 2LL
            << "a 20000x20000 image has 400000000 pixels, more than the 16777216 a pattern file "
               "may hold";
        QTest::newRow("plain 1000x1000 with 5 bytes")
            << bytes("P1\n1000 1000\n0 1\n") << false << 2LL
            << "needs 1000000 pixels but only 5 bytes follow";
        QTest::newRow("plain truncated")
            << bytes("P1\n2 2\n0 1\n1") << false << 4LL << "pixel data ends after 3 of 4 pixels";
        QTest::newRow("plain stray digit") << bytes("P1\n2 2\n0 1\n2 1\n") << false << 4LL
                                           << "stray character '2' in the pixel data";
        QTest::newRow("plain stray control byte")
            << bytes("P1\n1 1\n\x07") << false << 3LL << "stray character '\\x07'";
        QTest::newRow("plain stray CRLF line")
            << bytes("P1\r\n2 2\r\n0 1\r\n1 x\r\n") << false << 4LL << "stray character 'x'";
        QTest::newRow("plain extra pixel")
            << bytes("P1\n1 1\n1 0\n") << false << 3LL << "unexpected '0' after image 1";
        QTest::newRow("plain trailing garbage")
            << bytes("P1\n1 1\n1\n\nxyz\n") << false << 5LL
            << "unexpected 'xyz' after image 1: expected the end of the file";
        QTest::newRow("plain sizes differ") << bytes("P1\n2 1\n10\nP1\n3 1\n101\n") << false << 5LL
                                            << "image 2 is 3x1, expected 2x1 like image 1";
        QTest::newRow("raw truncated")
            << bytes("P4\n16 2\n\xFF\xFF") << true << 10LL << "data ends after 2 of 4 bytes";
        QTest::newRow("raw comment after the height")
            << bytes("P4\n8 1#c\n\xFF") << false << 2LL
            << "expected one whitespace character after the height";
        QTest::newRow("raw ends after the height")
            << bytes("P4\n8 1") << false << 2LL
            << "expected one whitespace character after the height";
        QTest::newRow("raw trailing garbage")
            << bytes("P4\n8 1\n\xFFjunk") << true << 8LL << "unexpected 'junk' after image 1";
        QTest::newRow("raw second image without width")
            << bytes("P4\n8 1\n\xFFP4\nx\n") << true << 11LL << "expected the width";
        QTest::newRow("raw sizes differ") << bytes("P4\n8 1\n\xFFP4\n16 1\n\xFF\xFF") << true
                                          << 15LL << "image 2 is 16x1, expected 8x1";
    }

    void rejectsMalformedFiles()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, atByte);
        QFETCH(qlonglong, position);
        QFETCH(QString, message);
        verifyParseError(parseErrorOf([&] { readPbmBytes(input); }), "test.pbm",
                         atByte ? ParseError::Position::Byte : ParseError::Position::Line, position,
                         message);
    }

    void writesNetpbm_data()
    {
        QTest::addColumn<PatternSet>("patterns");
        QTest::addColumn<PbmEncoding>("encoding");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("plain, named") << drawnPatterns({"#.#/.#."}, {"x"}) << PbmEncoding::Plain
                                      << bytes("P1\n# name: x\n3 2\n101\n010\n");
        QTest::newRow("plain, lines of at most 70 pixels")
            << drawnPatterns({QString(72, QLatin1Char('#'))}) << PbmEncoding::Plain
            << "P1\n72 1\n" + QByteArray(70, '1') + "\n11\n";
        QTest::newRow("raw, padding bits 0")
            << drawnPatterns({"#........#/.#.......#"}) << PbmEncoding::Raw
            << bytes("P4\n10 2\n\x80\x40\x40\x40");
        QTest::newRow("name on one line")
            << drawnPatterns({"#"}, {"two\nlines"}) << PbmEncoding::Raw
            << bytes("P4\n# name: two lines\n1 1\n\x80");
    }

    void writesNetpbm()
    {
        QFETCH(PatternSet, patterns);
        QFETCH(PbmEncoding, encoding);
        QFETCH(QByteArray, expected);
        QCOMPARE(pbmBytes(patterns, encoding), expected);
    }

    void roundTrips_data()
    {
        QTest::addColumn<PbmEncoding>("encoding");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("count");

        struct Size {
            int width, height, count;
        };
        // 13 is not a multiple of 8, so P4 pads each row; 75 is wider than a P1 line.
        const Size sizes[] = {{1, 1, 1}, {8, 8, 3}, {13, 7, 4}, {16, 16, 2}, {75, 3, 2}};
        for (const PbmEncoding encoding : {PbmEncoding::Plain, PbmEncoding::Raw})
            for (const Size& size : sizes)
                QTest::addRow("%s %dx%d x%d", encoding == PbmEncoding::Plain ? "plain" : "raw",
                              size.width, size.height, size.count)
                    << encoding << size.width << size.height << size.count;
    }

    void roundTrips()
    {
        QFETCH(PbmEncoding, encoding);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, count);
        Rng rng(42);
        PatternSet patterns;
        // Names with spaces; the last pattern unnamed.
        for (const Pattern& random : randomPatterns(width, height, count, 0.0, rng)) {
            Pattern named = random;
            if (patterns.size() + 1 < count)
                named.setName("pattern " + std::to_string(patterns.size()));
            patterns.add(named);
        }
        HL_COMPARE_PATTERNS(readPbmBytes(pbmBytes(patterns, encoding)), patterns);
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestPbmFormat)
#include "tst_pbmformat.moc"
