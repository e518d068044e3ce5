#include "data/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class JsonTreeModelTest : public QObject
{
    Q_OBJECT

private slots:
    void topLevelObject();
    void valuesAndTypes_data();
    void valuesAndTypes();
    void nestedRowsAndParents();
    void topLevelArray();
    void childrenAreMadeOnlyWhenAskedFor();
    void paths();
    void emptyAndScalarDocuments();
    void headers();
    void passesTheModelTester();
};

namespace {

QJsonDocument parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return document;
}

const char* sample = R"({
  "name": "Ada",
  "id": 42,
  "owner": {"login": "octocat", "site_admin": false},
  "tags": ["a", "b", "c"],
  "one": [1],
  "single": {"x": null},
  "a key": "spaced"
})";

QModelIndex rowNamed(const JsonTreeModel& model, const QString& name, const QModelIndex& parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, JsonTreeModel::NameColumn, parent);
        if (index.data().toString() == name) {
            return index;
        }
    }
    return {};
}

QString cell(const JsonTreeModel& model, const QModelIndex& index, int column)
{
    return model.index(index.row(), column, index.parent()).data().toString();
}

} // namespace

void JsonTreeModelTest::topLevelObject()
{
    JsonTreeModel model;
    model.setDocument(parse(sample));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), 3);
    // QJsonObject keeps its members sorted by name.
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.index(row, 0).data().toString());
    }
    QCOMPARE(names, (QStringList {"a key", "id", "name", "one", "owner", "single", "tags"}));
}

void JsonTreeModelTest::valuesAndTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("children");

    QTest::newRow("string") << "name"
                            << R"("Ada")"
                            << "string" << 0;
    QTest::newRow("integer") << "id"
                             << "42"
                             << "number" << 0;
    QTest::newRow("object") << "owner"
                            << "{2 fields}"
                            << "object" << 2;
    QTest::newRow("object of one") << "single"
                                   << "{1 field}"
                                   << "object" << 1;
    QTest::newRow("array") << "tags"
                           << "[3 items]"
                           << "array" << 3;
    QTest::newRow("array of one") << "one"
                                  << "[1 item]"
                                  << "array" << 1;
}

void JsonTreeModelTest::valuesAndTypes()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, type);
    QFETCH(int, children);

    JsonTreeModel model;
    model.setDocument(parse(sample));
    const QModelIndex index = rowNamed(model, name);
    QVERIFY(index.isValid());
    QCOMPARE(cell(model, index, JsonTreeModel::ValueColumn), value);
    QCOMPARE(cell(model, index, JsonTreeModel::TypeColumn), type);
    QCOMPARE(model.rowCount(index), children);
    QCOMPARE(model.hasChildren(index), children > 0);
    // Only the first column has children.
    QCOMPARE(model.rowCount(model.index(index.row(), 1)), 0);
}

void JsonTreeModelTest::nestedRowsAndParents()
{
    JsonTreeModel model;
    model.setDocument(parse(sample));
    const QModelIndex owner = rowNamed(model, QStringLiteral("owner"));
    const QModelIndex login = rowNamed(model, QStringLiteral("login"), owner);
    QVERIFY(login.isValid());
    QCOMPARE(login.parent(), owner);
    QCOMPARE(owner.parent(), QModelIndex());
    QCOMPARE(cell(model, login, 1), QStringLiteral("\"octocat\""));
    const QModelIndex admin = rowNamed(model, QStringLiteral("site_admin"), owner);
    QCOMPARE(cell(model, admin, 1), QStringLiteral("false"));
    QCOMPARE(cell(model, admin, 2), QStringLiteral("boolean"));

    const QModelIndex tags = rowNamed(model, QStringLiteral("tags"));
    const QModelIndex second = model.index(1, 0, tags);
    QCOMPARE(second.data().toString(), QStringLiteral("[1]"));
    QCOMPARE(cell(model, second, 1), QStringLiteral("\"b\""));
    QCOMPARE(second.parent(), tags);
    QCOMPARE(model.value(second), QJsonValue(QStringLiteral("b")));
    QVERIFY(!model.index(3, 0, tags).isValid());
    QVERIFY(!model.index(0, 3, tags).isValid());

    const QModelIndex single = rowNamed(model, QStringLiteral("single"));
    const QModelIndex x = model.index(0, 0, single);
    QCOMPARE(cell(model, x, 1), QStringLiteral("null"));
    QCOMPARE(cell(model, x, 2), QStringLiteral("null"));
}

void JsonTreeModelTest::topLevelArray()
{
    JsonTreeModel model;
    model.setDocument(parse(R"([1.5, -3, 12345678901234, "line\nbreak \"q\"", true, [], {}])"));
    QCOMPARE(model.rowCount(), 7);
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("[%1]").arg(row));
        values.append(model.index(row, 1).data().toString());
    }
    QCOMPARE(
        values,
        (QStringList {"1.5", "-3", "12345678901234", R"("line\nbreak \"q\"")", "true", "[0 items]", "{0 fields}"}));
    QVERIFY(!model.hasChildren(model.index(5, 0)));
}

void JsonTreeModelTest::childrenAreMadeOnlyWhenAskedFor()
{
    QJsonArray items;
    for (int i = 0; i < 100'000; ++i) {
        items.append(QJsonObject {{"id", i}, {"name", QStringLiteral("item %1").arg(i)}, {"tags", QJsonArray {1, 2}}});
    }
    JsonTreeModel model;
    model.setDocument(QJsonDocument(QJsonObject {{"items", items}}));
    QCOMPARE(model.createdNodeCount(), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.createdNodeCount(), 0);

    const QModelIndex list = model.index(0, 0);
    QCOMPARE(model.createdNodeCount(), 1);
    QCOMPARE(model.rowCount(list), 100'000); // counted from the JSON, no nodes made
    QCOMPARE(model.createdNodeCount(), 1);
    QCOMPARE(cell(model, list, 1), QStringLiteral("[100000 items]"));

    const QModelIndex item = model.index(76'543, 0, list);
    QCOMPARE(model.createdNodeCount(), 2);
    QCOMPARE(model.rowCount(item), 3);
    const QModelIndex name = rowNamed(model, QStringLiteral("name"), item);
    QCOMPARE(cell(model, name, 1), QStringLiteral("\"item 76543\""));
    QCOMPARE(model.path(name), QStringLiteral("items[76543].name"));
    QVERIFY(model.createdNodeCount() <= 2 + 3);
    // Asking again makes nothing new.
    const qint64 made = model.createdNodeCount();
    QCOMPARE(model.index(76'543, 0, list), item);
    QCOMPARE(model.createdNodeCount(), made);
}

void JsonTreeModelTest::paths()
{
    JsonTreeModel model;
    model.setDocument(parse(sample));
    const QModelIndex owner = rowNamed(model, QStringLiteral("owner"));
    QCOMPARE(model.path(owner), QStringLiteral("owner"));
    QCOMPARE(model.path(rowNamed(model, QStringLiteral("login"), owner)), QStringLiteral("owner.login"));
    QCOMPARE(model.path(model.index(2, 0, rowNamed(model, QStringLiteral("tags")))), QStringLiteral("tags[2]"));
    QCOMPARE(model.path(rowNamed(model, QStringLiteral("a key"))), QStringLiteral(R"(["a key"])"));
    QCOMPARE(model.path({}), QString());
    QCOMPARE(owner.data(JsonTreeModel::PathRole).toString(), QStringLiteral("owner"));
    QCOMPARE(owner.data(Qt::ToolTipRole).toString(), QStringLiteral("owner"));

    JsonTreeModel array;
    array.setDocument(parse(R"([{"a": 1}])"));
    QCOMPARE(array.path(array.index(0, 0, array.index(0, 0))), QStringLiteral("[0].a"));
}

void JsonTreeModelTest::emptyAndScalarDocuments()
{
    JsonTreeModel model;
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
    model.setDocument(parse("{}"));
    QCOMPARE(model.rowCount(), 0);
    model.setDocument(parse(R"({"a": 1})"));
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.createdNodeCount(), 0);

    const QString longText(500, QLatin1Char('x'));
    const QString shown = JsonTreeModel::valueText(QJsonValue(longText));
    QCOMPARE(shown.size(), JsonTreeModel::ValueTextLimit + 2);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QCOMPARE(JsonTreeModel::valueText(QJsonValue(longText), 1000), QLatin1Char('"') + longText + QLatin1Char('"'));
    QCOMPARE(JsonTreeModel::valueText(QJsonValue()), QStringLiteral("null"));
    QCOMPARE(JsonTreeModel::typeName(QJsonValue(QJsonValue::Undefined)), QString());
}

void JsonTreeModelTest::headers()
{
    JsonTreeModel model;
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Type"));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void JsonTreeModelTest::passesTheModelTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parse(sample));
    model.setDocument(parse(R"([[1, [2, [3]]], {"a": {"b": {"c": []}}}])"));
}

QTEST_APPLESS_MAIN(JsonTreeModelTest)
#include "JsonTreeModelTest.moc"
