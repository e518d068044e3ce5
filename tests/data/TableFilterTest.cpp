#include "data/TableFilter.h"

#include "data/JsonTable.h"
#include "data/JsonTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TableFilterTest : public QObject
{
    Q_OBJECT

private slots:
    void search_data();
    void search();
    void searchOneColumnFollowsTheColumn();
    void searchSkipsHiddenColumns();
    void sort_data();
    void sort();
    void sortBackToArrivalOrder();
    void appendWhileSortedAndFiltered();
    void appendChangingColumnKindResorts();
    void countsSignal();
    void selectionFollowsRowsThroughSortAndFilter();
    void nestedTableThroughTheFilter();
    void modelTester();

private:
    static QStringList column(const TableFilter& filter, int column);
};

QStringList TableFilterTest::column(const TableFilter& filter, int column)
{
    QStringList values;
    for (int r = 0; r < filter.rowCount(); ++r) {
        values.append(filter.index(r, column).data().toString());
    }
    return values;
}

static JsonTableModel* modelOf(const QByteArray& json, QObject* parent)
{
    auto* model = new JsonTableModel(parent);
    JsonTable::Error error;
    model->setTable(JsonTable::fromJson(json, QString(), &error));
    if (error.isError()) {
        qWarning() << error.message;
    }
    return model;
}

void TableFilterTest::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("column"); // "" = all
    QTest::addColumn<QStringList>("names");

    QTest::newRow("empty shows all") << QString() << QString()
                                     << QStringList({QStringLiteral("Alpha"), QStringLiteral("beta"),
                                                     QStringLiteral("Gamma ray"), QStringLiteral("Zoë"),
                                                     QStringLiteral("Ærø")});
    QTest::newRow("case-insensitive substring")
        << QStringLiteral("aLP") << QString() << QStringList({QStringLiteral("Alpha")});
    QTest::newRow("spaces around are ignored")
        << QStringLiteral("  ray ") << QString() << QStringList({QStringLiteral("Gamma ray")});
    QTest::newRow("inside any column") << QStringLiteral("open") << QString()
                                       << QStringList({QStringLiteral("beta"), QStringLiteral("Zoë")});
    QTest::newRow("numbers as text") << QStringLiteral("42") << QString() << QStringList({QStringLiteral("Gamma ray")});
    QTest::newRow("booleans") << QStringLiteral("true") << QString() << QStringList({QStringLiteral("Alpha")});
    QTest::newRow("booleans, part") << QStringLiteral("AL") << QString()
                                    << QStringList({QStringLiteral("Alpha"), QStringLiteral("beta")});
    QTest::newRow("non-ASCII, case-insensitive")
        << QStringLiteral("ZOË") << QString() << QStringList({QStringLiteral("Zoë")});
    QTest::newRow("non-ASCII lower to upper")
        << QStringLiteral("ærø") << QString() << QStringList({QStringLiteral("Ærø")});
    QTest::newRow("one column") << QStringLiteral("a") << QStringLiteral("state")
                                << QStringList({QStringLiteral("Gamma ray")});
    QTest::newRow("nothing") << QStringLiteral("xyz") << QString() << QStringList();
    QTest::newRow("list cells") << QStringLiteral("b, c") << QString() << QStringList({QStringLiteral("beta")});
}

void TableFilterTest::search()
{
    QFETCH(QString, text);
    QFETCH(QString, column);
    QFETCH(QStringList, names);

    JsonTableModel* model = modelOf(R"([{"name":"Alpha","state":"closed","ok":true,"n":1},)"
                                    R"({"name":"beta","state":"open","ok":false,"n":2,"tags":["a","b","c"]},)"
                                    R"({"name":"Gamma ray","state":"draft","n":42},)"
                                    R"({"name":"Zoë","state":"reopened","n":3},)"
                                    R"({"name":"Ærø","n":4,"sub":[{"open":1}]}])",
                                    this);
    TableFilter filter;
    filter.setSourceModel(model);
    if (!column.isEmpty()) {
        filter.setSearchColumn(model->modelColumn(column));
    }
    filter.setSearchText(text);
    QCOMPARE(column.isEmpty() ? -1 : model->modelColumn(column), filter.searchColumn());
    QCOMPARE(TableFilterTest::column(filter, model->modelColumn(QStringLiteral("name"))), names);
    QCOMPARE(filter.shownCount(), names.size());
    QCOMPARE(filter.totalCount(), 5);
}

void TableFilterTest::searchOneColumnFollowsTheColumn()
{
    JsonTableModel* model = modelOf(R"([{"a":"x","b":"y"},{"a":"y","b":"x"}])", this);
    TableFilter filter;
    filter.setSourceModel(model);
    filter.setSearchColumn(model->modelColumn(QStringLiteral("b")));
    filter.setSearchText(QStringLiteral("x"));
    QCOMPARE(filter.shownCount(), 1);
    model->setVisibleColumns({QStringLiteral("b"), QStringLiteral("a")});
    QCOMPARE(filter.searchColumn(), 0);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("x"));
    QCOMPARE(filter.index(0, 1).data().toString(), QStringLiteral("y"));
}

void TableFilterTest::searchSkipsHiddenColumns()
{
    JsonTableModel* model = modelOf(R"([{"a":"needle","b":"1"},{"a":"2","b":"3"}])", this);
    TableFilter filter;
    filter.setSourceModel(model);
    filter.setSearchText(QStringLiteral("needle"));
    QCOMPARE(filter.shownCount(), 1);
    model->setColumnVisible(QStringLiteral("a"), false);
    QCOMPARE(filter.shownCount(), 0);
    model->setColumnVisible(QStringLiteral("a"), true);
    QCOMPARE(filter.shownCount(), 1);
}

void TableFilterTest::sort_data()
{
    QTest::addColumn<QByteArray>("values"); // JSON values of column "v", one per row
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected"); // display texts, top to bottom

    const int up = Qt::AscendingOrder;
    const int down = Qt::DescendingOrder;
    QTest::newRow("numbers by value") << QByteArray("10, 9, -1, 2.5, 100") << up
                                      << QStringList({"-1", "2.5", "9", "10", "100"});
    QTest::newRow("numbers descending") << QByteArray("10, 9, -1, 2.5, 100") << down
                                        << QStringList({"100", "10", "9", "2.5", "-1"});
    QTest::newRow("long integers exactly")
        << QByteArray("12345678901234567891, 12345678901234567890, 12345678901234567889, -12345678901234567890") << up
        << QStringList(
               {"-12345678901234567890", "12345678901234567889", "12345678901234567890", "12345678901234567891"});
    QTest::newRow("empty last ascending")
        << QByteArray("3, null, 1, \"\", 2") << up << QStringList({"1", "2", "3", "", ""});
    QTest::newRow("empty last descending") << QByteArray("3, null, 1, 2") << down << QStringList({"3", "2", "1", ""});
    QTest::newRow("text ignores case") << QByteArray(R"("banana", "Apple", "cherry", "apple")") << up
                                       << QStringList({"Apple", "apple", "banana", "cherry"});
    QTest::newRow("text naturally") << QByteArray(R"("file10", "file2", "file1", "File03")") << up
                                    << QStringList({"file1", "file2", "File03", "file10"});
    QTest::newRow("unicode text") << QByteArray(R"("Éclair", "apple", "éa", "zebra")") << up
                                  << QStringList({"apple", "éa", "Éclair", "zebra"});
    QTest::newRow("dates chronologically")
        << QByteArray(R"("2024-01-02T00:00:00Z", "2023-12-31T23:00:00-02:00", "2024-01-01T00:30:00+01:00")") << up
        << QStringList({"2024-01-01T00:30:00+01:00", "2023-12-31T23:00:00-02:00", "2024-01-02T00:00:00Z"});
    QTest::newRow("booleans") << QByteArray("true, false, null, true") << up
                              << QStringList({"false", "true", "true", ""});
    QTest::newRow("counts") << QByteArray(R"([{"a":1},{"a":2}], [{"a":1}], [])") << up
                            << QStringList({"1 item(s)", "2 item(s)", ""});
    QTest::newRow("mixed: numbers first")
        << QByteArray(R"("b", 10, "a", 2)") << up << QStringList({"2", "10", "a", "b"});
    QTest::newRow("stable for equal values") << QByteArray(R"("x", "X", "x")") << up << QStringList({"X", "x", "x"});
}

void TableFilterTest::sort()
{
    QFETCH(QByteArray, values);
    QFETCH(int, order);
    QFETCH(QStringList, expected);

    // Split on top-level commas only.
    QByteArray json = "[";
    int depth = 0;
    QByteArray current;
    int row = 0;
    const auto flush = [&] {
        if (row > 0) {
            json += ',';
        }
        ++row;
        json += QByteArray(R"({"row":)") + QByteArray::number(row) + R"(,"v":)" + current.trimmed() + "}";
        current.clear();
    };
    for (const char c : values) {
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
        if (c == ',' && depth == 0) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    json += "]";

    JsonTableModel* model = modelOf(json, this);
    TableFilter filter;
    filter.setSourceModel(model);
    const int v = model->modelColumn(QStringLiteral("v"));
    filter.sort(v, static_cast<Qt::SortOrder>(order));
    QCOMPARE(filter.sortColumn(), v);
    QCOMPARE(column(filter, v), expected);
}

void TableFilterTest::sortBackToArrivalOrder()
{
    JsonTableModel* model = modelOf(R"([{"v":3},{"v":1},{"v":2}])", this);
    TableFilter filter;
    filter.setSourceModel(model);
    filter.sort(0, Qt::AscendingOrder);
    QCOMPARE(column(filter, 0), QStringList({"1", "2", "3"}));
    filter.sort(-1);
    QCOMPARE(column(filter, 0), QStringList({"3", "1", "2"}));
    QCOMPARE(filter.sortColumn(), -1);
}

void TableFilterTest::appendWhileSortedAndFiltered()
{
    JsonTableModel* model = modelOf(R"([{"n":5,"s":"keep"},{"n":1,"s":"keep"},{"n":3,"s":"drop"}])", this);
    TableFilter filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(model);
    filter.setSearchText(QStringLiteral("keep"));
    filter.sort(model->modelColumn(QStringLiteral("n")), Qt::AscendingOrder);
    QCOMPARE(column(filter, 0), QStringList({"1", "5"}));

    // Rows that sort after the shown ones are simply inserted at the end.
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    model->appendPage(R"([{"n":9,"s":"keep"},{"n":7,"s":"drop"}])");
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(column(filter, 0), QStringList({"1", "5", "9"}));

    // Rows that sort in between are merged, with a new column appearing on the way.
    model->appendPage(R"([{"n":2,"s":"keep","extra":"e"},{"n":0,"s":"keep"},{"n":4,"s":"nope"}])");
    QCOMPARE(column(filter, 0), QStringList({"0", "1", "2", "5", "9"}));
    QCOMPARE(filter.shownCount(), 5);
    QCOMPARE(filter.totalCount(), 8);
    QCOMPARE(filter.columnCount(), 3);
}

void TableFilterTest::appendChangingColumnKindResorts()
{
    JsonTableModel* model = modelOf(R"([{"v":"b"},{"v":"a"}])", this);
    TableFilter filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(model);
    filter.sort(0, Qt::AscendingOrder);
    QCOMPARE(column(filter, 0), QStringList({"a", "b"}));
    model->appendPage(R"([{"v":"é"},{"v":3}])"); // non-ASCII and a number: the column is now mixed
    QCOMPARE(column(filter, 0), QStringList({"3", "a", "b", "é"}));
}

void TableFilterTest::countsSignal()
{
    JsonTableModel* model = modelOf(R"([{"a":"x"},{"a":"y"}])", this);
    TableFilter filter;
    QSignalSpy counts(&filter, &TableFilter::countsChanged);
    filter.setSourceModel(model);
    QCOMPARE(counts.last(), QVariantList({2, 2}));
    filter.setSearchText(QStringLiteral("x"));
    QCOMPARE(counts.last(), QVariantList({1, 2}));
    model->appendPage(R"([{"a":"z"}])");
    QCOMPARE(counts.last(), QVariantList({1, 3}));
    model->appendPage(R"([{"a":"xx"}])");
    QCOMPARE(counts.last(), QVariantList({2, 4}));
    model->clear();
    QCOMPARE(counts.last(), QVariantList({0, 0}));
}

void TableFilterTest::selectionFollowsRowsThroughSortAndFilter()
{
    JsonTableModel* model = modelOf(R"([{"v":"c"},{"v":"a"},{"v":"b"}])", this);
    TableFilter filter;
    filter.setSourceModel(model);
    const QPersistentModelIndex b(filter.index(2, 0));
    const QPersistentModelIndex a(filter.index(1, 0));
    filter.sort(0);
    QCOMPARE(b.row(), 1);
    QCOMPARE(b.data().toString(), QStringLiteral("b"));
    filter.setSearchText(QStringLiteral("b"));
    QCOMPARE(b.row(), 0);
    QVERIFY(!a.isValid());
}

void TableFilterTest::nestedTableThroughTheFilter()
{
    JsonTableModel* model = modelOf(R"([{"n":2,"subs":[{"a":1}]},{"n":1,"subs":[{"a":2},{"a":3}]}])", this);
    TableFilter filter;
    filter.setSourceModel(model);
    filter.sort(model->modelColumn(QStringLiteral("n")));
    const QModelIndex first = filter.index(0, model->modelColumn(QStringLiteral("subs")));
    QCOMPARE(first.data().toString(), QStringLiteral("2 item(s)"));
    const JsonTable sub = model->nestedTable(first);
    QCOMPARE(sub.rowCount(), 2);
    QCOMPARE(QString::fromUtf8(sub.cellUtf8(1, 0)), QStringLiteral("3"));
    QCOMPARE(model->rowJson(first), QByteArray(R"({"n":1,"subs":[{"a":2},{"a":3}]})"));
    QCOMPARE(model->nestedTable(filter.index(0, model->modelColumn(QStringLiteral("n")))).rowCount(), 0);
}

void TableFilterTest::modelTester()
{
    JsonTableModel* model = modelOf(R"([{"a":1,"b":"x"},{"a":2}])", this);
    TableFilter filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(model);
    filter.sort(1, Qt::DescendingOrder);
    filter.setSearchText(QStringLiteral("x"));
    filter.setSearchText(QString());
    model->appendPage(R"([{"c":true}])");
    model->setVisibleColumns({QStringLiteral("c"), QStringLiteral("a")});
    model->moveColumns({}, 0, 1, {}, 2);
    model->resetColumns();
    model->clear();
}

QTEST_GUILESS_MAIN(TableFilterTest)
#include "TableFilterTest.moc"
