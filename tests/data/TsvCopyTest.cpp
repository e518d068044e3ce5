#include "data/TsvCopy.h"

#include "data/JsonTable.h"
#include "data/JsonTableModel.h"
#include "data/TableFilter.h"

#include <QStringListModel>
#include <QTest>

class TsvCopyTest : public QObject
{
    Q_OBJECT

private slots:
    void rectangle();
    void holesStayEmpty();
    void tabsAndLineBreaksBecomeSpaces();
    void withHeader();
    void followsTheShownOrder();
    void fullTextNotTheDisplayCut();
    void otherModels();
    void nothingSelected();
};

static QModelIndexList cells(const QAbstractItemModel& model, std::initializer_list<std::pair<int, int>> positions)
{
    QModelIndexList list;
    for (const auto& [row, column] : positions) {
        list.append(model.index(row, column));
    }
    return list;
}

void TsvCopyTest::rectangle()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"a":1,"b":"x","c":true},{"a":2,"b":"y","c":false},{"a":3,"b":"z"}])"));
    // Given in any order.
    QCOMPARE(TsvCopy::fromIndexes(cells(model, {{1, 1}, {0, 0}, {1, 0}, {0, 1}})), QStringLiteral("1\tx\n2\ty"));
    QCOMPARE(TsvCopy::fromIndexes(cells(model, {{2, 2}, {2, 1}})), QStringLiteral("z\t"));
}

void TsvCopyTest::holesStayEmpty()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"a":1,"b":"x","c":"p"},{"a":2,"b":"y","c":"q"}])"));
    QCOMPARE(TsvCopy::fromIndexes(cells(model, {{0, 0}, {1, 2}})), QStringLiteral("1\t\n\tq"));
}

void TsvCopyTest::tabsAndLineBreaksBecomeSpaces()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"a":"one\ttwo\r\nthree\nfour\rfive","b":"ok"}])"));
    QCOMPARE(TsvCopy::fromIndexes(cells(model, {{0, 0}, {0, 1}})), QStringLiteral("one two  three four five\tok"));
}

void TsvCopyTest::withHeader()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"id":1,"owner":{"login":"o"}}])"));
    QCOMPARE(TsvCopy::fromIndexes(cells(model, {{0, 0}, {0, 1}}), true), QStringLiteral("id\towner.login\n1\to"));
}

void TsvCopyTest::followsTheShownOrder()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"v":"b"},{"v":"c"},{"v":"a"}])"));
    TableFilter filter;
    filter.setSourceModel(&model);
    filter.sort(0);
    QCOMPARE(TsvCopy::fromIndexes(cells(filter, {{0, 0}, {1, 0}, {2, 0}})), QStringLiteral("a\nb\nc"));
}

void TsvCopyTest::fullTextNotTheDisplayCut()
{
    const QByteArray longText(1000, 'x');
    JsonTableModel model;
    model.setTable(JsonTable::fromJson("[{\"s\":\"" + longText + "\",\"n\":[{},{}]}]"));
    model.setVisibleColumns({QStringLiteral("s"), QStringLiteral("n")});
    QCOMPARE(TsvCopy::fromIndexes(cells(model, {{0, 0}, {0, 1}})),
             QString::fromLatin1(longText) + QStringLiteral("\t2 item(s)"));
}

void TsvCopyTest::otherModels()
{
    QStringListModel model({QStringLiteral("a\tb"), QStringLiteral("c")});
    QCOMPARE(TsvCopy::fromIndexes(cells(model, {{0, 0}, {1, 0}})), QStringLiteral("a b\nc"));
}

void TsvCopyTest::nothingSelected()
{
    QCOMPARE(TsvCopy::fromIndexes({}), QString());
}

QTEST_GUILESS_MAIN(TsvCopyTest)
#include "TsvCopyTest.moc"
