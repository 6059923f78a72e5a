#include "TestSuite.h"
#include "continuous/MatrixText.h"
#include "io/ParseError.h"

using namespace hopfield;

class TestMatrixText : public QObject {
    Q_OBJECT
private slots:
    void readsCsvAndWhitespaceWithComments()
    {
        const Eigen::MatrixXd m =
            parseMatrixText("# couplings\n0, 1.5\t-2\r\n\n  3 4e-1 ,5 # last row\n", "t.txt");
        QCOMPARE(m.rows(), Eigen::Index{2});
        QCOMPARE(m.cols(), Eigen::Index{3});
        QCOMPARE(m(0, 2), -2.0);
        QCOMPARE(m(1, 1), 0.4);
        QCOMPARE(m(1, 2), 5.0);
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("word") << "1 2\n3 four\n"
                              << "t.txt:2: entry 2 'four' is not a finite number";
        QTest::newRow("nan") << "nan 1\n"
                             << "t.txt:1: entry 1 'nan' is not a finite number";
        QTest::newRow("ragged") << "1 2\n# c\n3\n"
                                << "t.txt:3: row has 1 entries, expected 2 like the first row";
        QTest::newRow("empty") << "# nothing\n\n"
                               << "t.txt: no matrix rows found";
        // Binary bytes are shown escaped, and a long entry only by its start.
        QTest::newRow("binary") << QString::fromLatin1("1 \x01\xff\x1b[2J\n")
                                << "t.txt:1: entry 2 '\\x01\\xFF\\x1B[2J' is not a finite number";
        QTest::newRow("long entry")
            << QString(100, QLatin1Char('z'))
            << "t.txt:1: entry 1 '" + QString(40, QLatin1Char('z')) + "'... is not a finite number";
    }

    void errorsNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            parseMatrixText(text.toLatin1().toStdString(), "t.txt");
            QFAIL("no error");
        } catch (const ParseError& error) {
            QCOMPARE(QString::fromStdString(error.what()), message);
        }
    }

    void missingFileIsAParseError()
    {
        QVERIFY_THROWS_EXCEPTION(ParseError, readMatrixFile("/nonexistent/t.txt"));
    }

    void anEndlessFileIsRefusedAtTheCap()
    {
        // /dev/zero never ends: the reader stops at the pattern files' 64 MiB.
        try {
            readMatrixFile("/dev/zero");
            QFAIL("an endless file was read");
        } catch (const ParseError& error) {
            QVERIFY2(std::string(error.what()).find("64 MiB") != std::string::npos, error.what());
        }
    }
};

HOPFIELD_TEST_APPLESS_MAIN(TestMatrixText)
#include "tst_matrixtext.moc"
