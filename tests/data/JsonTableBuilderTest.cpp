#include "data/JsonTableBuilder.h"

#include "data/JsonTable.h"
#include "data/JsonTableModel.h"
#include "data/TableFilter.h"

#include <QSignalSpy>
#include <QTest>

class JsonTableBuilderTest : public QObject
{
    Q_OBJECT

private slots:
    void sameRowsAsReadingAtOnce();
    void fillsAModelInBatches();
    void showsRowsAtMostEveryInterval();
    void malformedKeepsRowsAndReportsTheError();
    void listInsideAnObject();
    void cancelAndRestart();
    void destroyedWhileReading();

private:
    static QByteArray bigList(int rows);
};

QByteArray JsonTableBuilderTest::bigList(int rows)
{
    QByteArray json = "[";
    for (int i = 0; i < rows; ++i) {
        json += (i ? "," : "") + QByteArray(R"({"id":)") + QByteArray::number(i) + R"(,"name":"row )"
            + QByteArray::number(i) + R"(","owner":{"login":"u)" + QByteArray::number(i % 7) + R"("}})";
    }
    json += "]";
    return json;
}

void JsonTableBuilderTest::sameRowsAsReadingAtOnce()
{
    const QByteArray json = bigList(5000);
    JsonTableBuilder builder;
    builder.setBatchSizes(10, 500);
    QSignalSpy added(&builder, &JsonTableBuilder::rowsAdded);
    QSignalSpy finished(&builder, &JsonTableBuilder::finished);
    builder.start(json);
    QVERIFY(builder.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    QVERIFY(!builder.isRunning());
    QVERIFY(added.count() > 3);
    QCOMPARE(added.first().at(0).toInt(), 10);
    QCOMPARE(added.last().at(0).toInt(), 5000);
    QCOMPARE(added.last().at(1).toLongLong(), json.size());
    QVERIFY(builder.msToFirstRows() >= 0);
    QVERIFY(builder.msTotal() >= builder.msToFirstRows());

    QString difference;
    QVERIFY2(builder.table().sameCells(JsonTable::fromJson(json), &difference), qPrintable(difference));
    QCOMPARE(builder.table().rowJson(4999), JsonTable::fromJson(json).rowJson(4999));
}

void JsonTableBuilderTest::fillsAModelInBatches()
{
    const QByteArray json = bigList(3000);
    JsonTableModel model;
    TableFilter filter;
    filter.setSourceModel(&model);
    filter.setSearchText(QStringLiteral("u3"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    JsonTableBuilder builder;
    builder.setTarget(&model);
    builder.setBatchSizes(100, 400);
    QSignalSpy finished(&builder, &JsonTableBuilder::finished);
    builder.start(json);
    QVERIFY(finished.wait(10000));
    QVERIFY(inserted.count() > 3);
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(model.visibleColumns(), QStringList({"id", "name", "owner.login"}));
    QCOMPARE(filter.shownCount(), 3000 / 7 + (3000 % 7 > 3 ? 1 : 0));
    QCOMPARE(builder.table().rowCount(), 0); // the rows went to the model
}

void JsonTableBuilderTest::showsRowsAtMostEveryInterval()
{
    const QByteArray json = bigList(3000);
    JsonTableModel model;
    TableFilter filter;
    filter.setSourceModel(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    JsonTableBuilder builder;
    builder.setTarget(&model);
    builder.setBatchSizes(100, 400);
    builder.setShowInterval(60000); // longer than the test: only the first batch and the end show
    QSignalSpy added(&builder, &JsonTableBuilder::rowsAdded);
    QSignalSpy finished(&builder, &JsonTableBuilder::finished);
    builder.start(json);
    QVERIFY(finished.wait(10000));
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.first().at(0).toInt(), 100);
    QCOMPARE(added.last().at(0).toInt(), 3000);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(model.pendingRows(), 0);
    QCOMPARE(filter.shownCount(), 3000);
    QString difference;
    QVERIFY2(model.table().sameCells(JsonTable::fromJson(json), &difference), qPrintable(difference));
}

void JsonTableBuilderTest::malformedKeepsRowsAndReportsTheError()
{
    QByteArray json = bigList(1000);
    json.chop(1);
    json += ",{\"id\":}]";
    JsonTableBuilder builder;
    builder.setBatchSizes(100, 100);
    QSignalSpy finished(&builder, &JsonTableBuilder::finished);
    builder.start(json);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(builder.error().isError());
    QCOMPARE(builder.error().offset, json.size() - 2);
    QCOMPARE(builder.table().rowCount(), 1000);
}

void JsonTableBuilderTest::listInsideAnObject()
{
    JsonTableBuilder builder;
    QSignalSpy finished(&builder, &JsonTableBuilder::finished);
    builder.start("{\"meta\":{},\"results\":" + bigList(50) + "}");
    QVERIFY(finished.wait(10000));
    QCOMPARE(builder.table().rowCount(), 50);
    QCOMPARE(builder.table().itemsPath(), QStringLiteral("results"));
    const JsonTable taken = builder.takeTable();
    QCOMPARE(taken.rowCount(), 50);
    QCOMPARE(builder.table().rowCount(), 0);
}

void JsonTableBuilderTest::cancelAndRestart()
{
    const QByteArray big = bigList(50000);
    JsonTableBuilder builder;
    builder.setBatchSizes(10, 10);
    QSignalSpy finished(&builder, &JsonTableBuilder::finished);
    builder.start(big);
    builder.cancel();
    QVERIFY(!builder.isRunning());
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);

    builder.start(big);
    builder.start(bigList(20)); // the first run is dropped
    QVERIFY(finished.wait(10000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(builder.table().rowCount(), 20);
}

void JsonTableBuilderTest::destroyedWhileReading()
{
    auto* builder = new JsonTableBuilder;
    builder->setBatchSizes(10, 10);
    builder->start(bigList(50000));
    QTest::qWait(5);
    delete builder; // waits for the worker; pending batches are dropped
    QTest::qWait(20);
}

QTEST_GUILESS_MAIN(JsonTableBuilderTest)
#include "JsonTableBuilderTest.moc"
