#include "JsonWriter.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <sstream>

using hopfield::cli::JsonWriter;

class TestJsonWriter : public QObject {
    Q_OBJECT
private slots:
    void writesValidNestedJson()
    {
        std::ostringstream out;
        JsonWriter json(out);
        json.beginObject();
        json.key("name").value("a \"quoted\"\tname\n");
        json.key("values").array(std::vector<double>{0.1, -2.5e-300, 3.0});
        json.key("nan").value(std::nan(""));
        json.key("nested").beginObject().key("flag").value(true).key("n").value(42).endObject();
        json.key("empty").beginArray().endArray();
        json.endObject();
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromStdString(out.str()), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject object = document.object();
        QCOMPARE(object["name"].toString(), QString("a \"quoted\"\tname\n"));
        QCOMPARE(object["values"].toArray().at(0).toDouble(), 0.1); // 17 digits round-trip
        QCOMPARE(object["values"].toArray().size(), 3);
        QVERIFY(object["nan"].isNull());
        QCOMPARE(object["nested"].toObject()["n"].toInt(), 42);
        QVERIFY(object["empty"].toArray().isEmpty());
    }
};

HOPFIELD_TEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
