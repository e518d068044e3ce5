#include "data/CsvWriter.h"

#include "data/JsonTable.h"
#include "data/JsonTableModel.h"
#include "data/TableFilter.h"

#include <QBuffer>
#include <QStringListModel>
#include <QTest>

class CsvWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void wholeTable();
    void byteOrderMarkAndDelimiter();
    void filteredSortedVisibleColumns();
    void nestedCells();
    void formulaProtection();
    void otherModels();
    void writeFailure();
    void largeOutputIsStreamed();

private:
    static QByteArray csv(const QAbstractItemModel& model, const CsvWriter::Options& options = {});
};

QByteArray CsvWriterTest::csv(const QAbstractItemModel& model, const CsvWriter::Options& options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!CsvWriter::write(model, buffer, options, &error)) {
        qWarning() << error;
    }
    return buffer.data();
}

void CsvWriterTest::field_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QByteArray("\"") << QByteArray("\"\"\"\"");
    QTest::newRow("line feed") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("carriage return") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
    QTest::newRow("CRLF") << QByteArray("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("spaces kept, unquoted") << QByteArray(" a ") << QByteArray(" a ");
    QTest::newRow("semicolon needs no quotes") << QByteArray("a;b") << QByteArray("a;b");
    QTest::newRow("unicode") << QByteArray("Zoë 日本") << QByteArray("Zoë 日本");
}

void CsvWriterTest::field()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, written);
    QByteArray line;
    CsvWriter::appendField(line, field);
    QCOMPARE(line, written);
}

void CsvWriterTest::wholeTable()
{
    const JsonTable table = JsonTable::fromJson(
        R"([{"id":1,"name":"a, b","note":"say \"hi\"\nbye","big":12345678901234567890,"ok":true,"x":null},)"
        R"({"id":2,"name":"Zoë","tags":["x","y"]}])");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvWriter::write(table, buffer, {}));
    QCOMPARE(buffer.data(),
             QByteArray("id,name,note,big,ok,x,tags\r\n"
                        "1,\"a, b\",\"say \"\"hi\"\"\nbye\",12345678901234567890,true,,\r\n"
                        "2,Zoë,,,,,\"x, y\"\r\n"));
}

void CsvWriterTest::byteOrderMarkAndDelimiter()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"a":"1;2","b":"x,y"}])"));
    CsvWriter::Options options;
    options.byteOrderMark = true;
    options.delimiter = ';';
    QCOMPARE(csv(model, options),
             QByteArray("\xEF\xBB\xBF"
                        "a;b\r\n\"1;2\";x,y\r\n"));
    options.header = false;
    options.byteOrderMark = false;
    QCOMPARE(csv(model, options), QByteArray("\"1;2\";x,y\r\n"));
}

void CsvWriterTest::filteredSortedVisibleColumns()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"id":3,"name":"c","secret":"s3"},{"id":1,"name":"a","secret":"s1"},)"
                                       R"({"id":2,"name":"b","secret":"s2"},{"id":4,"name":"skip","secret":"s4"}])"));
    model.setVisibleColumns({QStringLiteral("name"), QStringLiteral("id")});
    TableFilter filter;
    filter.setSourceModel(&model);
    filter.setSearchText(QStringLiteral("s")); // "skip" only: names are searched, the hidden secrets are not
    QCOMPARE(csv(filter), QByteArray("name,id\r\nskip,4\r\n"));
    filter.setSearchText(QString());
    filter.sort(model.modelColumn(QStringLiteral("id")), Qt::DescendingOrder);
    QCOMPARE(csv(filter), QByteArray("name,id\r\nskip,4\r\nc,3\r\nb,2\r\na,1\r\n"));
    // The model itself: every row, in the order they came.
    QCOMPARE(csv(model), QByteArray("name,id\r\nc,3\r\na,1\r\nb,2\r\nskip,4\r\n"));
}

void CsvWriterTest::nestedCells()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"([{"id":1,"labels":[{"name":"bug"},{"name":"ui, ux"}]}])"));
    QCOMPARE(csv(model),
             QByteArray("id,labels\r\n1,\"[{\"\"name\"\":\"\"bug\"\"},{\"\"name\"\":\"\"ui, ux\"\"}]\"\r\n"));
    CsvWriter::Options options;
    options.nested = CsvWriter::NestedCells::Summary;
    QCOMPARE(csv(model, options), QByteArray("id,labels\r\n1,2 item(s)\r\n"));
}

void CsvWriterTest::formulaProtection()
{
    JsonTableModel model;
    model.setTable(JsonTable::fromJson(R"J([{"t":"=HYPERLINK(\"x\")","n":-5,"s":"@sum","p":"+1"}])J"));
    CsvWriter::Options options;
    QCOMPARE(csv(model, options), QByteArray("t,n,s,p\r\n\"=HYPERLINK(\"\"x\"\")\",-5,@sum,+1\r\n"));
    options.protectFormulas = true;
    QCOMPARE(csv(model, options), QByteArray("t,n,s,p\r\n\"'=HYPERLINK(\"\"x\"\")\",-5,'@sum,'+1\r\n"));
}

void CsvWriterTest::otherModels()
{
    // Any model works through DisplayRole (this one's header is the section number).
    QStringListModel model({QStringLiteral("plain"), QStringLiteral("x\"y"), QStringLiteral("a,b")});
    QCOMPARE(csv(model), QByteArray("1\r\nplain\r\n\"x\"\"y\"\r\n\"a,b\"\r\n"));
}

void CsvWriterTest::writeFailure()
{
    const JsonTable table = JsonTable::fromJson(R"([{"a":1}])");
    QBuffer closed;
    QString error;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QVERIFY(!CsvWriter::write(table, closed, {}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write")), qPrintable(error));
}

void CsvWriterTest::largeOutputIsStreamed()
{
    QByteArray json = "[";
    for (int i = 0; i < 20000; ++i) {
        json += (i ? "," : "") + QByteArray(R"({"i":)") + QByteArray::number(i) + R"(,"s":"text, with a comma"})";
    }
    json += "]";
    const JsonTable table = JsonTable::fromJson(json);

    // Counts the writes: more than one means the writer does not build the file in memory first.
    class CountingBuffer : public QBuffer
    {
    public:
        int writes = 0;

    protected:
        qint64 writeData(const char* data, qint64 length) override
        {
            ++writes;
            return QBuffer::writeData(data, length);
        }
    };
    CountingBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvWriter::write(table, buffer, {}));
    QVERIFY(buffer.writes > 5);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.size(), 20002);
    QCOMPARE(lines.at(20000), QByteArray("19999,\"text, with a comma\"\r"));
}

QTEST_GUILESS_MAIN(CsvWriterTest)
#include "CsvWriterTest.moc"
