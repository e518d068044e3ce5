// Readable answers: JSON indented exactly (byte for byte values), validity
// with the offset of the first problem, item counts, XML, body kinds.
#include "data/BodyFormatter.h"

#include <QJsonDocument>
#include <QTest>

class BodyFormatterTest : public QObject
{
    Q_OBJECT

private slots:
    void prettyJson_data();
    void prettyJson();
    void invalidJson_data();
    void invalidJson();
    void itemCount_data();
    void itemCount();
    void prettyJson_keepsValuesExactly();
    void prettyJson_largeDocumentMatchesQt();
    void prettyXml_andErrors();
    void detect_data();
    void detect();
};

void BodyFormatterTest::prettyJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("scalar") << QByteArray("42") << QByteArray("42\n");
    QTest::newRow("empty object") << QByteArray(" { } ") << QByteArray("{}\n");
    QTest::newRow("empty array") << QByteArray("[]") << QByteArray("[]\n");
    QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,null]})")
                            << QByteArray("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ]\n}\n");
    QTest::newRow("nested empties") << QByteArray(R"({"a":{},"b":[]})")
                                    << QByteArray("{\n  \"a\": {},\n  \"b\": []\n}\n");
    QTest::newRow("whitespace everywhere") << QByteArray("\n[ 1 ,\t2\r\n]\n") << QByteArray("[\n  1,\n  2\n]\n");
    QTest::newRow("strings with brackets and escapes")
        << QByteArray(R"(["{[,:]}", "a\"b", "\u00e9\ud83d\ude00"])")
        << QByteArray("[\n  \"{[,:]}\",\n  \"a\\\"b\",\n  \"\\u00e9\\ud83d\\ude00\"\n]\n");
}

void BodyFormatterTest::prettyJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    BodyFormatter::JsonInfo info;
    QCOMPARE(BodyFormatter::prettyJson(input, &info), expected);
    QVERIFY(info.valid);
}

void BodyFormatterTest::invalidJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("empty") << QByteArray("") << qint64(0);
    QTest::newRow("truncated object") << QByteArray(R"({"a": 1)") << qint64(7);
    QTest::newRow("trailing comma") << QByteArray("[1,]") << qint64(3);
    QTest::newRow("unquoted name") << QByteArray("{a: 1}") << qint64(1);
    QTest::newRow("single quotes") << QByteArray("['x']") << qint64(1);
    QTest::newRow("text after") << QByteArray("{} {}") << qint64(3);
    QTest::newRow("unterminated string") << QByteArray("[\"abc") << qint64(5);
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << qint64(3);
    QTest::newRow("leading zero") << QByteArray("[01]") << qint64(2);
    QTest::newRow("html") << QByteArray("<html></html>") << qint64(0);
    QTest::newRow("control character in string") << QByteArray("[\"a\tb\"]") << qint64(3);
}

void BodyFormatterTest::invalidJson()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, offset);
    BodyFormatter::JsonInfo info;
    QVERIFY(BodyFormatter::prettyJson(input, &info).isEmpty());
    QVERIFY(!info.valid);
    QCOMPARE(info.errorOffset, offset);
    QVERIFY2(info.error.contains(QStringLiteral("at byte %1").arg(offset)), qPrintable(info.error));
    QVERIFY(!QJsonDocument::fromJson(input).isObject() || input.isEmpty() || !QJsonDocument::fromJson(input).isArray());
}

void BodyFormatterTest::itemCount_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("key");
    QTest::newRow("top-level array") << QByteArray(R"([{"a":1},{"a":2},{"a":3}])") << qint64(3) << QString();
    QTest::newRow("empty array") << QByteArray("[]") << qint64(0) << QString();
    QTest::newRow("results") << QByteArray(R"({"count":2,"results":[1,2],"other":[1]})") << qint64(2)
                             << QStringLiteral("results");
    QTest::newRow("first list") << QByteArray(R"({"tags":[1,2,3,4],"meta":{}})") << qint64(4) << QStringLiteral("tags");
    QTest::newRow("nested lists do not count") << QByteArray(R"([[1,2],[3]])") << qint64(2) << QString();
    QTest::newRow("object without list") << QByteArray(R"({"login":"octocat"})") << qint64(-1) << QString();
    QTest::newRow("empty items") << QByteArray(R"({"items":[]})") << qint64(0) << QStringLiteral("items");
}

void BodyFormatterTest::itemCount()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, count);
    QFETCH(QString, key);
    const BodyFormatter::JsonInfo info = BodyFormatter::inspectJson(input);
    QVERIFY(info.valid);
    QCOMPARE(info.itemCount, count);
    QCOMPARE(info.itemsKey, key);
}

void BodyFormatterTest::prettyJson_keepsValuesExactly()
{
    // Numbers beyond double precision and odd spellings survive as they were.
    const QByteArray input = R"({"big":12345678901234567890123,"e":1.5E+300,"neg":-0.0,"s":"caf\u00e9"})";
    const QByteArray pretty = BodyFormatter::prettyJson(input, nullptr);
    QVERIFY(pretty.contains("12345678901234567890123"));
    QVERIFY(pretty.contains("1.5E+300"));
    QVERIFY(pretty.contains("-0.0"));
    QVERIFY(pretty.contains("caf\\u00e9"));
}

void BodyFormatterTest::prettyJson_largeDocumentMatchesQt()
{
    QByteArray big = "[";
    for (int i = 0; i < 20000; ++i) {
        big += (i ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i) + R"(,"name":"item \"quoted\" )"
            + QByteArray::number(i) + R"(","tags":["a","b"],"owner":{"login":"u"}})";
    }
    big += "]";
    BodyFormatter::JsonInfo info;
    const QByteArray pretty = BodyFormatter::prettyJson(big, &info);
    QVERIFY(info.valid);
    QCOMPARE(info.itemCount, 20000);
    // Same document as Qt reads it, whatever the spacing.
    QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(big));
}

void BodyFormatterTest::prettyXml_andErrors()
{
    QString error;
    const QByteArray pretty = BodyFormatter::prettyXml("<a><b x=\"1\">t</b><c/></a>", &error);
    QVERIFY(error.isEmpty());
    QVERIFY(pretty.contains("\n  <b x=\"1\">t</b>"));
    QVERIFY(BodyFormatter::prettyXml("<a><b></a>", &error).isEmpty());
    QVERIFY(error.startsWith(QStringLiteral("Not valid XML")));
}

void BodyFormatterTest::detect_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("empty") << QByteArray("application/json") << QByteArray() << int(BodyFormatter::Kind::Empty);
    QTest::newRow("json by type") << QByteArray("application/json; charset=utf-8") << QByteArray("{}")
                                  << int(BodyFormatter::Kind::Json);
    QTest::newRow("vendor json") << QByteArray("application/vnd.github+json") << QByteArray("[]")
                                 << int(BodyFormatter::Kind::Json);
    QTest::newRow("json by content") << QByteArray("text/plain") << QByteArray("  [1]")
                                     << int(BodyFormatter::Kind::Json);
    QTest::newRow("xml") << QByteArray("application/xml") << QByteArray("<a/>") << int(BodyFormatter::Kind::Xml);
    QTest::newRow("html") << QByteArray("text/html") << QByteArray("<!doctype html>") << int(BodyFormatter::Kind::Html);
    QTest::newRow("image") << QByteArray("image/png") << QByteArray("\x89PNG") << int(BodyFormatter::Kind::Image);
    QTest::newRow("binary") << QByteArray("application/octet-stream") << QByteArray("a\0b", 3)
                            << int(BodyFormatter::Kind::Binary);
    QTest::newRow("text") << QByteArray("text/plain") << QByteArray("hello") << int(BodyFormatter::Kind::Text);
}

void BodyFormatterTest::detect()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QCOMPARE(int(BodyFormatter::detect(type, body)), kind);
}

QTEST_GUILESS_MAIN(BodyFormatterTest)
#include "BodyFormatterTest.moc"
