#include "data/JsonTable.h"

#include "TableTestSupport.h"
#include "data/JsonRowReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using TableTestSupport::render;

class JsonTableTest : public QObject
{
    Q_OBJECT

private slots:
    void flatten_data();
    void flatten();
    void malformed_data();
    void malformed();
    void rowsBeforeAnErrorAreKept();
    void errorHasLineAndColumn();
    void depthCap();
    void nestedJsonAndSubTable();
    void rowJsonIsTheOriginal();
    void kinds_data();
    void kinds();
    void typedValues();
    void defaultColumnOrder();
    void appendPagesReusesItemsPath();
    void explicitPathNotFound();
    void appendMergesColumnsByPath();
    void storageIsCompact();
};

void JsonTableTest::flatten_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("itemsPath");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("foundPath");
    QTest::addColumn<int>("shape");

    const int list = static_cast<int>(JsonTable::Shape::List);
    const int object = static_cast<int>(JsonTable::Shape::Object);
    const int scalar = static_cast<int>(JsonTable::Shape::Scalar);

    QTest::newRow("array of objects") << QByteArray(R"([{"id":1,"name":"a"},{"id":2,"name":"b"}])") << QString()
                                      << QStringLiteral("id|name\ni:1|s:a\ni:2|s:b") << QString() << list;
    QTest::newRow("nested objects become dotted columns")
        << QByteArray(R"([{"id":1,"owner":{"login":"x","id":7,"site":{"url":"https://a.example/x"}}}])") << QString()
        << QStringLiteral("id|owner.login|owner.id|owner.site.url\ni:1|s:x|i:7|u:https://a.example/x") << QString()
        << list;
    QTest::newRow("mixed shapes: union in first-seen order")
        << QByteArray(R"([{"a":1},{"b":2},{"a":3,"c":4}])") << QString()
        << QStringLiteral("a|b|c\ni:1|-|-\n-|i:2|-\ni:3|-|i:4") << QString() << list;
    QTest::newRow("nulls are empty") << QByteArray(R"([{"a":null,"b":1},{"a":"x","b":null}])") << QString()
                                     << QStringLiteral("a|b\nn:|i:1\ns:x|n:") << QString() << list;
    QTest::newRow("unicode kept") << QByteArray(R"([{"name":"Zoë 日本 😀"}])") << QString()
                                  << QStringLiteral("name\ns:Zoë 日本 😀") << QString() << list;
    QTest::newRow("huge numbers keep every digit")
        << QByteArray(R"([{"n":12345678901234567890,"m":-0.5e-3,"big":-123456789012345678901234567890,"z":0}])")
        << QString()
        << QStringLiteral("n|m|big|z\ni:12345678901234567890|f:-0.5e-3|i:-123456789012345678901234567890|i:0")
        << QString() << list;
    QTest::newRow("numbers QJsonDocument also reads")
        << QByteArray(R"([{"a":.5,"b":-.25,"c":1.,"d":1.e2}])") << QString()
        << QStringLiteral("a|b|c|d\nf:.5|f:-.25|f:1.|f:1.e2") << QString() << list;
    QTest::newRow("decimals keep their text") << QByteArray(R"([{"p":1.0,"q":2.50}])") << QString()
                                              << QStringLiteral("p|q\nf:1.0|f:2.50") << QString() << list;
    QTest::newRow("empty arrays") << QByteArray(R"([{"tags":[],"x":1},{"tags":[null],"x":2}])") << QString()
                                  << QStringLiteral("tags|x\ne:|i:1\ne:|i:2") << QString() << list;
    QTest::newRow("arrays of scalars joined") << QByteArray(R"([{"tags":["a","b",3,true,null,"c, d"]}])") << QString()
                                              << QStringLiteral("tags\nl:a, b, 3, true, c, d") << QString() << list;
    QTest::newRow("arrays of objects: a count")
        << QByteArray(R"([{"labels":[{"n":1},{"n":2},{"n":3}],"one":[{}]}])") << QString()
        << QStringLiteral("labels|one\nc:3|c:1") << QString() << list;
    QTest::newRow("arrays of arrays: a count") << QByteArray(R"([{"m":[[1,2],[3]],"mixed":[1,{"a":1}]}])") << QString()
                                               << QStringLiteral("m|mixed\nc:2|c:2") << QString() << list;
    QTest::newRow("booleans") << QByteArray(R"([{"ok":true},{"ok":false}])") << QString()
                              << QStringLiteral("ok\nb:true\nb:false") << QString() << list;
    QTest::newRow("empty nested object adds no column")
        << QByteArray(R"([{"a":{},"b":1}])") << QString() << QStringLiteral("b\ni:1") << QString() << list;
    QTest::newRow("duplicate key: last wins")
        << QByteArray(R"([{"a":1,"a":2}])") << QString() << QStringLiteral("a\ni:2") << QString() << list;
    QTest::newRow("dates, times and links")
        << QByteArray(R"([{"created_at":"2024-01-05T10:00:00Z","day":"2024-01-05","web":"https://x.example/y",)"
                      R"("notdate":"2024-13-01","notlink":"http://a b"}])")
        << QString()
        << QStringLiteral("created_at|day|web|notdate|notlink\nd:2024-01-05T10:00:00Z|D:2024-01-05|"
                          "u:https://x.example/y|s:2024-13-01|s:http://a b")
        << QString() << list;
    QTest::newRow("escapes and surrogate pairs")
        << QByteArray(R"([{"s":"a\"b\\c\/d\n\t\u00e9\ud83d\ude00\b\f\r"}])") << QString()
        << QStringLiteral("s\ns:a\"b\\c/d\n\t\u00e9\U0001F600\b\f\r") << QString() << list;
    QTest::newRow("escaped keys") << QByteArray(R"([{"k\"ey":1,"\u00e9":2}])") << QString()
                                  << QStringLiteral("k\"ey|\u00e9\ni:1|i:2") << QString() << list;
    QTest::newRow("unknown escapes: the character (as QJsonDocument)")
        << QByteArray(R"(["a\xb\'c"])") << QString() << QStringLiteral("value\ns:axb'c") << QString() << list;
    QTest::newRow("lone surrogates become U+FFFD") << QByteArray(R"(["\ud800x","\udc00"])") << QString()
                                                   << QStringLiteral("value\ns:\uFFFDx\ns:\uFFFD") << QString() << list;
    QTest::newRow("invalid UTF-8 becomes U+FFFD") << QByteArray("[\"a\xff\xc3(b\"]") << QString()
                                                  << QStringLiteral("value\ns:a\uFFFD\uFFFD(b") << QString() << list;
    QTest::newRow("top-level number") << QByteArray("42") << QString() << QStringLiteral("value\ni:42") << QString()
                                      << scalar;
    QTest::newRow("top-level string") << QByteArray(R"( "hi" )") << QString() << QStringLiteral("value\ns:hi")
                                      << QString() << scalar;
    QTest::newRow("top-level null") << QByteArray("null") << QString() << QStringLiteral("value\nn:") << QString()
                                    << scalar;
    QTest::newRow("array of scalars: one column")
        << QByteArray(R"([1,"a",null,true,[1,2]])") << QString()
        << QStringLiteral("value\ni:1\ns:a\nn:\nb:true\nl:1, 2") << QString() << list;
    QTest::newRow("objects and scalars in one list")
        << QByteArray(R"([{"a":1},2])") << QString() << QStringLiteral("a|value\ni:1|-\n-|i:2") << QString() << list;
    QTest::newRow("empty list") << QByteArray("[]") << QString() << QString() << QString() << list;
    QTest::newRow("empty list with spaces") << QByteArray(" [ \n ] ") << QString() << QString() << QString() << list;
    QTest::newRow("results") << QByteArray(R"({"count":2,"next":null,"results":[{"id":1},{"id":2}]})") << QString()
                             << QStringLiteral("id\ni:1\ni:2") << QStringLiteral("results") << list;
    QTest::newRow("items") << QByteArray(R"({"total_count":1,"incomplete_results":false,"items":[{"id":5}]})")
                           << QString() << QStringLiteral("id\ni:5") << QStringLiteral("items") << list;
    QTest::newRow("data") << QByteArray(R"({"object":"list","data":[{"id":"a"}],"has_more":true})") << QString()
                          << QStringLiteral("id\ns:a") << QStringLiteral("data") << list;
    QTest::newRow("empty data") << QByteArray(R"({"data":[],"links":{"next":null}})") << QString() << QString()
                                << QStringLiteral("data") << list;
    QTest::newRow("the usual name wins over a larger list")
        << QByteArray(R"({"included":[{"x":1},{"x":2},{"x":3}],"data":[{"id":1}]})") << QString()
        << QStringLiteral("id\ni:1") << QStringLiteral("data") << list;
    QTest::newRow("largest array of objects")
        << QByteArray(R"({"meta":{"x":1},"users":[{"id":1},{"id":2}],"tags":[{"t":1}],"nums":[1,2,3]})") << QString()
        << QStringLiteral("id\ni:1\ni:2") << QStringLiteral("users") << list;
    QTest::newRow("list deep inside objects (GraphQL)")
        << QByteArray(R"({"data":{"viewer":{"repositories":{"totalCount":1,"nodes":[{"name":"r"}]}}}})") << QString()
        << QStringLiteral("name\ns:r") << QStringLiteral("data.viewer.repositories.nodes") << list;
    QTest::newRow("hits inside hits") << QByteArray(R"({"took":1,"hits":{"total":1,"hits":[{"_id":"a"}]}})")
                                      << QString() << QStringLiteral("_id\ns:a") << QStringLiteral("hits.hits") << list;
    QTest::newRow("single object: one row")
        << QByteArray(R"({"login":"octo","id":1,"plan":{"name":"free"}})") << QString()
        << QStringLiteral("login|id|plan.name\ns:octo|i:1|s:free") << QString() << object;
    QTest::newRow("empty object: one empty row")
        << QByteArray("{}") << QString() << QStringLiteral("\n") << QString() << object;
    QTest::newRow("explicit items path") << QByteArray(R"({"result":{"items":[{"id":1}]},"other":[{"x":1},{"x":2}]})")
                                         << QStringLiteral("result.items") << QStringLiteral("id\ni:1")
                                         << QStringLiteral("result.items") << list;
    QTest::newRow("explicit path through an array")
        << QByteArray(R"([{"list":[{"a":1}]},{"list":[]}])") << QStringLiteral("0.list") << QStringLiteral("a\ni:1")
        << QStringLiteral("0.list") << list;
    QTest::newRow("explicit path to an object") << QByteArray(R"({"user":{"login":"x"}})") << QStringLiteral("user")
                                                << QStringLiteral("login\ns:x") << QStringLiteral("user") << object;
    QTest::newRow("byte order mark and white space")
        << QByteArray("\xEF\xBB\xBF \r\n\t[ { \"a\" : 1 } , { \"a\" :\n2 } ]\n") << QString()
        << QStringLiteral("a\ni:1\ni:2") << QString() << list;
}

void JsonTableTest::flatten()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, itemsPath);
    QFETCH(QString, expected);
    QFETCH(QString, foundPath);
    QFETCH(int, shape);

    JsonTable::Error error;
    const JsonTable table = JsonTable::fromJson(json, itemsPath, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(render(table), expected);
    QCOMPARE(table.itemsPath(), foundPath);
    QCOMPARE(static_cast<int>(table.shape()), shape);

    // Every row's original JSON reads back as the same row.
    for (int r = 0; r < table.rowCount(); ++r) {
        QVERIFY(!table.rowJson(r).isEmpty() || table.columnCount() == 0);
    }
}

void JsonTableTest::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QByteArray("") << qint64(0) << QStringLiteral("empty");
    QTest::newRow("only spaces") << QByteArray("  \n ") << qint64(4) << QStringLiteral("empty");
    QTest::newRow("trailing comma in object")
        << QByteArray(R"([{"a":1,}])") << qint64(8) << QStringLiteral("field name");
    QTest::newRow("trailing comma in list")
        << QByteArray(R"([1,2,])") << qint64(5) << QStringLiteral("expected a value");
    QTest::newRow("list not closed") << QByteArray(R"([{"a":1})") << qint64(8)
                                     << QStringLiteral("ends inside the list");
    QTest::newRow("object cut short") << QByteArray(R"({"a":)") << qint64(5) << QStringLiteral("ends too early");
    QTest::newRow("missing comma") << QByteArray("[1 2]") << qint64(3) << QStringLiteral("expected ',' or ']'");
    QTest::newRow("bad literal") << QByteArray("[tru]") << qint64(1) << QStringLiteral("expected a value");
    QTest::newRow("text not closed") << QByteArray(R"(["abc)") << qint64(1) << QStringLiteral("not closed");
    QTest::newRow("leading zero") << QByteArray("[01]") << qint64(2) << QStringLiteral("expected ',' or ']'");
    QTest::newRow("escaped non-ASCII") << QByteArray(R"(["\é"])") << qint64(2) << QStringLiteral("escape");
    QTest::newRow("a point alone") << QByteArray("[-.]") << qint64(1) << QStringLiteral("number");
    QTest::newRow("number without exponent digits") << QByteArray("[1e+]") << qint64(1) << QStringLiteral("number");
    QTest::newRow("lone minus") << QByteArray("[-]") << qint64(1) << QStringLiteral("number");
    QTest::newRow("bad \\u escape") << QByteArray(R"(["\u12G4"])") << qint64(2) << QStringLiteral("hex");
    QTest::newRow("text after the list") << QByteArray("[1] x") << qint64(4) << QStringLiteral("after the end");
    QTest::newRow("text after the object") << QByteArray(R"({"a":1}})") << qint64(7) << QStringLiteral("after the end");
    QTest::newRow("missing colon") << QByteArray(R"([{"a" 1}])") << qint64(6) << QStringLiteral("':'");
    QTest::newRow("key without quotes") << QByteArray(R"({a:1})") << qint64(1) << QStringLiteral("field name");
    QTest::newRow("error after the list inside an object")
        << QByteArray(R"({"items":[{"a":1}],"meta":{"x":}})") << qint64(31) << QStringLiteral("expected a value");
    QTest::newRow("bare word") << QByteArray("hello") << qint64(0) << QStringLiteral("expected a value");
    QTest::newRow("too deep") << QByteArray(600, '[') << qint64(JsonRowReader::MaxDepth) << QStringLiteral("512");
    QTest::newRow("too deep inside a row") << (QByteArray("[{\"a\":") + QByteArray(600, '['))
                                           << qint64(JsonRowReader::MaxDepth + 4) << QStringLiteral("512");
}

void JsonTableTest::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, offset);
    QFETCH(QString, mentions);

    JsonTable::Error error;
    const JsonTable table = JsonTable::fromJson(json, QString(), &error);
    QVERIFY(error.isError());
    QCOMPARE(error.offset, offset);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QVERIFY2(error.message.contains(QString::number(offset)), qPrintable(error.message));
}

void JsonTableTest::rowsBeforeAnErrorAreKept()
{
    JsonTable::Error error;
    const JsonTable table = JsonTable::fromJson(R"([{"a":1},{"a":2},{"a":3,"b":)", QString(), &error);
    QVERIFY(error.isError());
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(render(table), QStringLiteral("a\ni:1\ni:2")); // the half row and its new column are gone

    // In an object the whole document is checked before any row is given.
    const JsonTable none = JsonTable::fromJson(R"({"items":[{"a":1}],"x":})", QString(), &error);
    QVERIFY(error.isError());
    QCOMPARE(none.rowCount(), 0);
}

void JsonTableTest::errorHasLineAndColumn()
{
    JsonTable::Error error;
    JsonTable::fromJson("[\n  1,\n  2 3]", QString(), &error);
    QCOMPARE(error.offset, qint64(11));
    QCOMPARE(error.line, 3);
    QCOMPARE(error.column, 5);
    QVERIFY2(error.message.contains(QStringLiteral("line 3")), qPrintable(error.message));
}

void JsonTableTest::depthCap()
{
    // 512 levels are fine; one more is refused, without a crash.
    const int depth = JsonRowReader::MaxDepth;
    JsonTable::Error error;
    const QByteArray ok = QByteArray(depth, '[') + QByteArray(depth, ']');
    const JsonTable table = JsonTable::fromJson(ok, QString(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(table.rowCount(), 1);
    QCOMPARE(table.cellType(0, 0), JsonTable::CellType::Nested);

    QByteArray deepObject;
    for (int i = 0; i < 100000; ++i) {
        deepObject += "{\"a\":";
    }
    JsonTable::fromJson(deepObject, QString(), &error);
    QVERIFY(error.isError());
    QVERIFY(error.message.contains(QStringLiteral("512")));
}

void JsonTableTest::nestedJsonAndSubTable()
{
    const QByteArray json = R"([{"id":1,"labels":[{"name":"bug","color":"red"},{"name":"ui"}],"tags":["a", "b"],)"
                            R"("none":[],"owner":{"teams":[{"id":9}]}}])";
    const JsonTable table = JsonTable::fromJson(json);
    const int labels = table.columnIndex(u"labels");
    QVERIFY(labels >= 0);
    QCOMPARE(table.text(0, labels), QStringLiteral("2 item(s)"));
    QCOMPARE(table.nestedCount(0, labels), 2);
    QCOMPARE(table.nestedJson(0, labels), QByteArray(R"([{"name":"bug","color":"red"},{"name":"ui"}])"));
    QCOMPARE(table.nestedJson(0, table.columnIndex(u"tags")), QByteArray(R"(["a", "b"])"));
    QCOMPARE(table.nestedJson(0, table.columnIndex(u"none")), QByteArray("[]"));
    QCOMPARE(table.nestedJson(0, table.columnIndex(u"id")), QByteArray());

    const JsonTable sub = table.nestedTable(0, labels);
    QCOMPARE(render(sub), QStringLiteral("name|color\ns:bug|s:red\ns:ui|-"));
    const JsonTable teams = table.nestedTable(0, table.columnIndex(u"owner.teams"));
    QCOMPARE(render(teams), QStringLiteral("id\ni:9"));

    // The QJsonValue path gives the same sub-tables.
    const JsonTable viaValue = JsonTable::fromJsonValue(QJsonDocument::fromJson(json).array());
    QCOMPARE(render(viaValue.nestedTable(0, viaValue.columnIndex(u"labels"))),
             QStringLiteral("color|name\ns:red|s:bug\n-|s:ui"));
}

void JsonTableTest::rowJsonIsTheOriginal()
{
    const QByteArray json = "{\"items\": [ {\"id\": 12345678901234567890, \"a\" : [1, 2]} ,\n {\"id\":2} ]}";
    const JsonTable table = JsonTable::fromJson(json);
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.rowJson(0), QByteArray("{\"id\": 12345678901234567890, \"a\" : [1, 2]}"));
    QCOMPARE(table.rowJson(1), QByteArray("{\"id\":2}"));
}

void JsonTableTest::kinds_data()
{
    QTest::addColumn<QByteArray>("cells");
    QTest::addColumn<int>("kind");

    QTest::newRow("integers") << QByteArray("1, 2, null, 12345678901234567890") << int(JsonTable::Kind::Integer);
    QTest::newRow("decimals") << QByteArray("1, 2.5") << int(JsonTable::Kind::Decimal);
    QTest::newRow("booleans") << QByteArray("true, false, null") << int(JsonTable::Kind::Boolean);
    QTest::newRow("date-times") << QByteArray(R"("2024-01-01T00:00:00Z", "2024-01-02", null)")
                                << int(JsonTable::Kind::DateTime);
    QTest::newRow("dates") << QByteArray(R"("2024-01-01", "1999-12-31")") << int(JsonTable::Kind::Date);
    QTest::newRow("links") << QByteArray(R"("https://a.example", "http://b.example/x")") << int(JsonTable::Kind::Url);
    QTest::newRow("text") << QByteArray(R"("a", "2024-01-01")") << int(JsonTable::Kind::Text);
    QTest::newRow("lists are text") << QByteArray(R"(["a"], "b", [])") << int(JsonTable::Kind::Text);
    QTest::newRow("nested") << QByteArray(R"([{"a":1}], [])") << int(JsonTable::Kind::Nested);
    QTest::newRow("mixed") << QByteArray(R"(1, "a")") << int(JsonTable::Kind::Mixed);
    QTest::newRow("empty") << QByteArray("null, [], null") << int(JsonTable::Kind::Empty);
}

void JsonTableTest::kinds()
{
    QFETCH(QByteArray, cells);
    QFETCH(int, kind);
    QByteArray json = "[";
    for (const QByteArray& cell : cells.split(',')) {
        if (json.size() > 1) {
            json += ',';
        }
        json += "{\"c\":" + cell.trimmed() + "}";
    }
    json += ']';
    // A list cell with a comma inside would be split above; the rows here have none.
    const JsonTable table = JsonTable::fromJson(json);
    QCOMPARE(static_cast<int>(table.columnKind(0)), kind);
}

void JsonTableTest::typedValues()
{
    const JsonTable table = JsonTable::fromJson(
        R"([{"i":42,"h":12345678901234567890,"d":2.5,"b":true,"t":"2024-03-01T12:00:00+01:00","l":"2024-03-01T12:00:00",)"
        R"("day":"2024-03-01","s":"x","n":null,"c":[{}]}])");
    const auto value = [&](const char16_t* column) { return table.value(0, table.columnIndex(column)); };
    QCOMPARE(value(u"i").typeId(), QMetaType::LongLong);
    QCOMPARE(value(u"i").toLongLong(), 42);
    QCOMPARE(value(u"h").typeId(), QMetaType::Double);
    QCOMPARE(value(u"d").toDouble(), 2.5);
    QCOMPARE(value(u"b").typeId(), QMetaType::Bool);
    QCOMPARE(value(u"b").toBool(), true);
    const QDateTime zoned = value(u"t").toDateTime();
    QCOMPARE(zoned, QDateTime(QDate(2024, 3, 1), QTime(11, 0), Qt::UTC));
    const QDateTime local = value(u"l").toDateTime();
    QCOMPARE(local.timeSpec(), Qt::LocalTime);
    QCOMPARE(local.time(), QTime(12, 0));
    QCOMPARE(value(u"day").toDate(), QDate(2024, 3, 1));
    QCOMPARE(value(u"s").toString(), QStringLiteral("x"));
    QVERIFY(!value(u"n").isValid());
    QCOMPARE(value(u"c").toInt(), 1);
    QVERIFY(table.isBlank(0, table.columnIndex(u"n")));
    QVERIFY(!table.isBlank(0, table.columnIndex(u"s")));
}

void JsonTableTest::defaultColumnOrder()
{
    const JsonTable table = JsonTable::fromJson(
        R"([{"html_url":"https://github.com/o/r","node_id":"MDEw","url":"https://api.github.com/repos/o/r",)"
        R"("description":"d","updated_at":"2024-01-02T00:00:00Z","owner":{"login":"o","id":3,"avatar_url":"https://a"},)"
        R"("state":"open","created_at":"2024-01-01T00:00:00Z","full_name":"o/r","name":"r","id":1,"forks":3,)"
        R"("homepage":"https://example.com","events_url":"https://api/e"}])");
    QCOMPARE(
        table.defaultColumnPaths(),
        QStringList({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("full_name"), QStringLiteral("state"),
                     QStringLiteral("owner.login"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                     QStringLiteral("description"), QStringLiteral("forks"), QStringLiteral("node_id"),
                     QStringLiteral("owner.id"), QStringLiteral("html_url"), QStringLiteral("url"),
                     QStringLiteral("owner.avatar_url"), QStringLiteral("homepage"), QStringLiteral("events_url")}));
}

void JsonTableTest::appendPagesReusesItemsPath()
{
    JsonTable table;
    QVERIFY(table.appendPage(QByteArray(R"({"items":[{"id":1}],"other":[{"x":1},{"x":2}]})")));
    QCOMPARE(table.itemsPath(), QStringLiteral("items"));
    // The second page has a larger other list, but the rows still come from "items".
    QVERIFY(table.appendPage(QByteArray(R"({"other":[{"x":1},{"x":2},{"x":3}],"items":[{"id":2,"new":true}]})")));
    QCOMPARE(render(table), QStringLiteral("id|new\ni:1|-\ni:2|b:true"));
    // An empty last page is fine.
    QVERIFY(table.appendPage(QByteArray(R"({"items":[]})")));
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.rowJson(0), QByteArray(R"({"id":1})"));
    QCOMPARE(table.rowJson(1), QByteArray(R"({"id":2,"new":true})"));
}

void JsonTableTest::explicitPathNotFound()
{
    JsonTable::Error error;
    const JsonTable table = JsonTable::fromJson(R"({"data":[{"id":1}]})", QStringLiteral("result.items"), &error);
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(QStringLiteral("result.items")), qPrintable(error.message));
    QCOMPARE(table.rowCount(), 0);
}

void JsonTableTest::appendMergesColumnsByPath()
{
    JsonTable table = JsonTable::fromJson(R"([{"a":1,"b":"x"}])");
    JsonTable more = JsonTable::fromJson(R"([{"c":[{"z":1}],"a":2},{"b":"y"}])");
    table.append(std::move(more));
    QCOMPARE(render(table), QStringLiteral("a|b|c\ni:1|s:x|-\ni:2|-|c:1\n-|s:y|-"));
    QCOMPARE(table.nestedJson(1, 2), QByteArray(R"([{"z":1}])"));
    QCOMPARE(table.rowJson(2), QByteArray(R"({"b":"y"})"));
    QCOMPARE(table.columnCellCount(0, JsonTable::CellType::Integer), 2);
    QCOMPARE(table.columnCellCount(0, JsonTable::CellType::Missing), 1);
}

void JsonTableTest::storageIsCompact()
{
    QByteArray json = "[";
    for (int i = 0; i < 10000; ++i) {
        json += (i ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i) + R"(,"name":"name )"
            + QByteArray::number(i) + R"(","ok":true,"score":1.5,"owner":{"login":"octo"}})";
    }
    json += ']';
    const JsonTable table = JsonTable::fromJson(json);
    QCOMPARE(table.rowCount(), 10000);
    // Text plus 5 bytes per cell and 16 per row, nothing like a QVariantMap per row.
    const qint64 perRow = table.storageBytes() / table.rowCount();
    QVERIFY2(perRow < 100, qPrintable(QString::number(perRow)));
    QCOMPARE(table.sourceBytes(), json.size());
}

QTEST_GUILESS_MAIN(JsonTableTest)
#include "JsonTableTest.moc"
