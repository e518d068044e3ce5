#include "data/JsonTableModel.h"

#include "data/JsonTable.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

class JsonTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void roles();
    void longAndMultiLineText();
    void headers();
    void appendRowsInsertsRowsAndColumns();
    void storedRowsShowLater();
    void appendPageUsesTheItemsPath();
    void columnStateRoundTrip();
    void columnStateRestoredBeforeRows();
    void hiddenColumnReturnsToItsPlace();
    void moveColumns();
    void resetColumns();
    void modelTester();
};

void JsonTableModelTest::roles()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(
        R"([{"id":12345678901234567890,"price":2.5,"ok":true,"at":"2024-05-01T10:00:00Z","web":"https://x.example/a",)"
        R"("name":"n","subs":[{"a":1},{"a":2}],"gone":null}])"));
    const auto cell = [&](const char* path, int role) {
        return model.index(0, model.modelColumn(QString::fromLatin1(path))).data(role);
    };
    QCOMPARE(cell("id", Qt::DisplayRole).toString(), QStringLiteral("12345678901234567890"));
    QCOMPARE(cell("id", JsonTableModel::RawTextRole).toString(), QStringLiteral("12345678901234567890"));
    QCOMPARE(cell("id", Qt::TextAlignmentRole).toInt(), static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(cell("price", Qt::EditRole).toDouble(), 2.5);
    QCOMPARE(cell("price", JsonTableModel::KindRole).toInt(), static_cast<int>(JsonTable::Kind::Decimal));
    QCOMPARE(cell("ok", Qt::EditRole).typeId(), QMetaType::Bool);
    QCOMPARE(cell("ok", Qt::TextAlignmentRole).toInt(), static_cast<int>(Qt::AlignCenter));
    QCOMPARE(cell("ok", JsonTableModel::KindRole).toInt(), static_cast<int>(JsonTable::Kind::Boolean));
    QCOMPARE(cell("at", Qt::EditRole).toDateTime(), QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(cell("at", JsonTableModel::KindRole).toInt(), static_cast<int>(JsonTable::Kind::DateTime));
    QCOMPARE(cell("web", JsonTableModel::UrlRole).toUrl(), QUrl(QStringLiteral("https://x.example/a")));
    QVERIFY(!cell("name", JsonTableModel::UrlRole).isValid());
    QVERIFY(!cell("name", Qt::TextAlignmentRole).isValid());
    QCOMPARE(cell("subs", Qt::DisplayRole).toString(), QStringLiteral("2 item(s)"));
    QCOMPARE(cell("subs", JsonTableModel::NestedCountRole).toInt(), 2);
    QCOMPARE(cell("subs", JsonTableModel::RawTextRole).toString(), QStringLiteral(R"([{"a":1},{"a":2}])"));
    QCOMPARE(cell("gone", Qt::DisplayRole).toString(), QString());
    QVERIFY(!cell("gone", Qt::EditRole).isValid());
    QCOMPARE(cell("gone", JsonTableModel::CellTypeRole).toInt(), static_cast<int>(JsonTable::CellType::Null));
    QVERIFY(!model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
}

void JsonTableModelTest::longAndMultiLineText()
{
    const QString longText(5000, QLatin1Char('a'));
    JsonTableModel model;
    model.setTable(
        JsonTable::fromJson("[{\"s\":\"" + longText.toUtf8() + "\",\"m\":\"one\\ntwo\\tthree\",\"x\":\"short\"}]"));
    const QModelIndex s = model.index(0, model.modelColumn(QStringLiteral("s")));
    const QString display = s.data().toString();
    QCOMPARE(display.size(), JsonTableModel::DisplayLimit + 1);
    QVERIFY(display.endsWith(QChar(0x2026)));
    QCOMPARE(s.data(Qt::ToolTipRole).toString().size(), 4001);
    QCOMPARE(s.data(JsonTableModel::RawTextRole).toString(), longText);
    const QModelIndex m = model.index(0, model.modelColumn(QStringLiteral("m")));
    QCOMPARE(m.data().toString(), QStringLiteral("one two three"));
    QCOMPARE(m.data(Qt::ToolTipRole).toString(), QStringLiteral("one\ntwo\tthree"));
    QVERIFY(!model.index(0, model.modelColumn(QStringLiteral("x"))).data(Qt::ToolTipRole).isValid());
}

void JsonTableModelTest::headers()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"owner":{"login":"o"},"n":1}])"));
    QCOMPARE(model.headerData(model.modelColumn(QStringLiteral("owner.login")), Qt::Horizontal).toString(),
             QStringLiteral("owner.login"));
    QVERIFY(model.headerData(model.modelColumn(QStringLiteral("n")), Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("whole number")));
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1);
}

void JsonTableModelTest::appendRowsInsertsRowsAndColumns()
{
    JsonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy rows(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy columns(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.appendRows(JsonTable::fromJson(R"([{"id":1,"name":"a"},{"id":2,"name":"b"}])"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(rows.count(), 1);
    QCOMPARE(rows.last().at(1).toInt(), 0);
    QCOMPARE(rows.last().at(2).toInt(), 1);
    QCOMPARE(columns.count(), 1);

    // A later page with a new column: the column goes where the default order puts it, rows go at the end.
    model.appendRows(JsonTable::fromJson(R"([{"id":3,"name":"c","html_url":"https://x","title":"t"}])"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(rows.last().at(1).toInt(), 2);
    QCOMPARE(rows.last().at(2).toInt(), 2);
    QCOMPARE(model.visibleColumns(), QStringList({"id", "name", "title", "html_url"}));
    QCOMPARE(model.index(0, model.modelColumn(QStringLiteral("title"))).data().toString(), QString());
    QCOMPARE(model.index(2, model.modelColumn(QStringLiteral("title"))).data().toString(), QStringLiteral("t"));
    QCOMPARE(resets.count(), 0);
}

void JsonTableModelTest::storedRowsShowLater()
{
    JsonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy rows(&model, &QAbstractItemModel::rowsInserted);

    // Kept, not shown: the columns are there, the rows not yet.
    model.storeRows(JsonTable::fromJson(R"([{"id":1,"name":"a"},{"id":2,"name":"b"},{"id":3,"name":"c"}])"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.pendingRows(), 3);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(rows.count(), 0);
    QVERIFY(!model.index(0, 0).data().isValid());

    QCOMPARE(model.showPendingRows(2), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(rows.count(), 1);
    QCOMPARE(rows.last().at(1).toInt(), 0);
    QCOMPARE(rows.last().at(2).toInt(), 1);

    // More kept rows, then the rest shown at once; a later page shows everything before it too.
    model.storeRows(JsonTable::fromJson(R"([{"id":4,"name":"d"}])"));
    QCOMPARE(model.showPendingRows(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(rows.last().at(1).toInt(), 2);
    QCOMPARE(rows.last().at(2).toInt(), 3);
    model.storeRows(JsonTable::fromJson(R"([{"id":5}])"));
    model.appendRows(JsonTable::fromJson(R"([{"id":6}])"));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.pendingRows(), 0);
    QCOMPARE(model.index(5, model.modelColumn(QStringLiteral("id"))).data().toString(), QStringLiteral("6"));
}

void JsonTableModelTest::appendPageUsesTheItemsPath()
{
    JsonTableModel model;
    QVERIFY(model.appendPage(R"({"data":[{"id":1}],"meta":{"next":2}})"));
    QVERIFY(model.appendPage(R"({"meta":{"next":null},"data":[{"id":2}]})"));
    JsonTable::Error error;
    QVERIFY(!model.appendPage(R"({"data":[{"id":3}],)", &error));
    QVERIFY(error.isError());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.table().itemsPath(), QStringLiteral("data"));
}

void JsonTableModelTest::columnStateRoundTrip()
{
    const JsonTable table = JsonTable::fromJson(R"([{"id":1,"name":"a","url":"https://x","state":"open"}])");
    JsonTableModel model;
    model.setTable(table);
    QVERIFY(!model.hasCustomColumns());
    QCOMPARE(model.columnState().value(QStringLiteral("order")), QJsonValue(QJsonValue::Undefined));
    QSignalSpy changed(&model, &JsonTableModel::columnsChangedByUser);
    model.setVisibleColumns({QStringLiteral("state"), QStringLiteral("id")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.visibleColumns(), QStringList({"state", "id"}));
    QVERIFY(!model.isColumnVisible(QStringLiteral("name")));
    const QJsonObject state = model.columnState();
    QCOMPARE(state.value(QStringLiteral("hidden")).toArray().size(), 2);

    JsonTableModel other;
    other.setTable(table);
    other.restoreColumnState(state);
    QCOMPARE(other.visibleColumns(), QStringList({"state", "id"}));
    QCOMPARE(other.allColumns().mid(0, 2), QStringList({"state", "id"}));
    QCOMPARE(other.columnState(), state);
}

void JsonTableModelTest::columnStateRestoredBeforeRows()
{
    JsonTableModel model;
    model.restoreColumnState(QJsonObject {
        {QStringLiteral("version"), 1},
        {QStringLiteral("order"), QJsonArray {QStringLiteral("name"), QStringLiteral("id")}},
        {QStringLiteral("hidden"), QJsonArray {QStringLiteral("secret")}},
    });
    QCOMPARE(model.columnCount(), 0);
    model.appendRows(JsonTable::fromJson(R"([{"id":1,"secret":"s","name":"a","extra":true}])"));
    QCOMPARE(model.visibleColumns(), QStringList({"name", "id", "extra"}));
    model.appendRows(JsonTable::fromJson(R"([{"more":1}])"));
    QCOMPARE(model.visibleColumns(), QStringList({"name", "id", "extra", "more"}));
}

void JsonTableModelTest::hiddenColumnReturnsToItsPlace()
{
    JsonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(JsonTable::fromJson(R"([{"id":1,"name":"a","state":"x","note":"n"}])"));
    QCOMPARE(model.visibleColumns(), QStringList({"id", "name", "state", "note"}));
    QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setColumnVisible(QStringLiteral("name"), false);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.visibleColumns(), QStringList({"id", "state", "note"}));
    model.setColumnVisible(QStringLiteral("name"), true);
    QCOMPARE(model.visibleColumns(), QStringList({"id", "name", "state", "note"}));
    QCOMPARE(resets.count(), 0);
}

void JsonTableModelTest::moveColumns()
{
    JsonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(JsonTable::fromJson(R"([{"id":1,"name":"a","state":"x","note":"n"}])"));
    model.setColumnVisible(QStringLiteral("state"), false);
    QSignalSpy moved(&model, &QAbstractItemModel::columnsMoved);
    QVERIFY(model.moveColumns({}, 0, 1, {}, 3)); // id to the end
    QCOMPARE(moved.count(), 1);
    QCOMPARE(model.visibleColumns(), QStringList({"name", "note", "id"}));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("1"));
    QVERIFY(!model.moveColumns({}, 0, 1, {}, 1)); // onto itself
    // The hidden column keeps its place after "name".
    model.setColumnVisible(QStringLiteral("state"), true);
    QCOMPARE(model.visibleColumns(), QStringList({"name", "state", "note", "id"}));
}

void JsonTableModelTest::resetColumns()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"url":"https://x","id":1}])"));
    QCOMPARE(model.visibleColumns(), QStringList({"id", "url"}));
    model.setVisibleColumns({QStringLiteral("url")});
    QCOMPARE(model.visibleColumns(), QStringList({"url"}));
    model.resetColumns();
    QCOMPARE(model.visibleColumns(), QStringList({"id", "url"}));
    QVERIFY(!model.hasCustomColumns());
}

void JsonTableModelTest::modelTester()
{
    JsonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendPage(R"([{"a":1,"b":{"c":[1,2]}},{"d":null}])");
    model.appendPage(R"([{"e":"2024-01-01"}])");
    model.setVisibleColumns({QStringLiteral("e"), QStringLiteral("a")});
    model.moveColumns({}, 1, 1, {}, 0);
    model.resetColumns();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(JsonTableModelTest)
#include "JsonTableModelTest.moc"
