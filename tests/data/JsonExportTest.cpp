#include "data/JsonExport.h"

#include "data/JsonTable.h"
#include "data/JsonTableModel.h"
#include "data/TableFilter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class JsonExportTest : public QObject
{
    Q_OBJECT

private slots:
    void originalRowsAsTheyCame();
    void filteredRowsOnly();
    void flattenedKeepsTypes();
    void emptyTable();
    void scalarRows();

private:
    static QByteArray json(const QAbstractItemModel& model, JsonExport::Shape shape);
};

QByteArray JsonExportTest::json(const QAbstractItemModel& model, JsonExport::Shape shape)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!JsonExport::write(model, buffer, shape)) {
        qWarning() << "write failed";
    }
    return buffer.data();
}

void JsonExportTest::originalRowsAsTheyCame()
{
    const QByteArray body = R"({"items":[{"id": 12345678901234567890, "nested": {"a": [1, 2]}}, {"id":2}]})";
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(body));
    model.setVisibleColumns({QStringLiteral("id")}); // hidden columns are still in the original objects
    const QByteArray out = json(model, JsonExport::Shape::Original);
    QCOMPARE(out, QByteArray("[\n{\"id\": 12345678901234567890, \"nested\": {\"a\": [1, 2]}},\n{\"id\":2}\n]\n"));
    QVERIFY(!QJsonDocument::fromJson(out).isNull());
}

void JsonExportTest::filteredRowsOnly()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"n":"a","v":1},{"n":"b","v":2},{"n":"ab","v":3}])"));
    TableFilter filter;
    filter.setSourceModel(&model);
    filter.setSearchText(QStringLiteral("a"));
    filter.sort(model.modelColumn(QStringLiteral("v")), Qt::DescendingOrder);
    QCOMPARE(json(filter, JsonExport::Shape::Original),
             QByteArray("[\n{\"n\":\"ab\",\"v\":3},\n{\"n\":\"a\",\"v\":1}\n]\n"));
}

void JsonExportTest::flattenedKeepsTypes()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(
        R"([{"id":12345678901234567890,"owner":{"login":"o\"q"},"ok":false,"gone":null,"tags":["a, b","c"],)"
        R"("none":[],"subs":[{"x":1}],"d":1.50,"text":"line\nbreak\u0001"},{"id":2}])"));
    const QByteArray out = json(model, JsonExport::Shape::Flattened);
    const QJsonDocument document = QJsonDocument::fromJson(out);
    QVERIFY2(document.isArray(), out.constData());
    const QJsonObject first = document.array().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("owner.login")).toString(), QStringLiteral("o\"q"));
    QCOMPARE(first.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(first.value(QStringLiteral("gone")), QJsonValue(QJsonValue::Null));
    QCOMPARE(first.value(QStringLiteral("tags")).toArray(), QJsonArray({QStringLiteral("a, b"), QStringLiteral("c")}));
    QCOMPARE(first.value(QStringLiteral("none")).toArray(), QJsonArray());
    QCOMPARE(first.value(QStringLiteral("subs")).toArray().at(0).toObject().value(QStringLiteral("x")).toInt(), 1);
    QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("line\nbreak\u0001"));
    QVERIFY(out.contains("\"id\":12345678901234567890"));
    QVERIFY(out.contains("\"d\":1.50"));
    // Missing fields are left out; keys follow the shown column order.
    QCOMPARE(document.array().at(1).toObject().keys(), QStringList({QStringLiteral("id")}));
    QVERIFY(out.indexOf("\"id\"") < out.indexOf("\"owner.login\""));
}

void JsonExportTest::emptyTable()
{
    JsonTableModel model;
    QCOMPARE(json(model, JsonExport::Shape::Original), QByteArray("[]\n"));
    QCOMPARE(json(model, JsonExport::Shape::Flattened), QByteArray("[]\n"));
}

void JsonExportTest::scalarRows()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([1, "two", null])"));
    QCOMPARE(json(model, JsonExport::Shape::Original), QByteArray("[\n1,\n\"two\",\nnull\n]\n"));
    QCOMPARE(json(model, JsonExport::Shape::Flattened),
             QByteArray("[\n{\"value\":1},\n{\"value\":\"two\"},\n{\"value\":null}\n]\n"));
}

QTEST_GUILESS_MAIN(JsonExportTest)
#include "JsonExportTest.moc"
