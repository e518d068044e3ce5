#include "data/JsonRowReader.h"

#include "TableTestSupport.h"
#include "data/JsonTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QTest>

// The tokenizer against QJsonDocument, and reading in batches against reading at once.
class JsonRowReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void sameTableAsQJsonDocument_data();
    void sameTableAsQJsonDocument();
    void batchesGiveTheSameTable();
    void rowJsonParsesToTheSameElement();
    void truncatedDocumentsNeverCrash();
    void mutatedDocumentsNeverCrash();
    void readerReportsProgress();
    void sameKeyTwice_lastWins_whetherTheListIsFoundOrNamed_data();
    void sameKeyTwice_lastWins_whetherTheListIsFoundOrNamed();
    void keyStartingWithByteOrderMark_isFoundByItsPath();
    void listUnderAKeyWithADot_isNotFound();
};

void JsonRowReaderTest::sameTableAsQJsonDocument_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QTest::addRow("seed %u", seed) << seed;
    }
}

void JsonRowReaderTest::sameTableAsQJsonDocument()
{
    QFETCH(quint32, seed);
    TableTestSupport::JsonGenerator generator(seed);
    const QByteArray json = generator.document();

    // Wrapped in a list, so top-level scalars (which QJsonDocument refuses) work too.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonValue root = document.array().at(0);

    JsonTable::Error error;
    const JsonTable fast = JsonTable::fromJson(json, QString(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    const JsonTable viaQt = JsonTable::fromJsonValue(root);
    QString difference;
    QVERIFY2(fast.sameCells(viaQt, &difference),
             qPrintable(difference + QStringLiteral("\n") + QString::fromUtf8(json)));
    QCOMPARE(fast.defaultColumnOrder().size(), viaQt.defaultColumnOrder().size());
}

void JsonRowReaderTest::batchesGiveTheSameTable()
{
    for (quint32 seed = 1000; seed < 1100; ++seed) {
        TableTestSupport::JsonGenerator generator(seed);
        const QByteArray json = generator.document();
        const JsonTable whole = JsonTable::fromJson(json);

        JsonRowReader reader(json);
        JsonTable merged;
        int batch = 1 + static_cast<int>(seed % 4);
        while (true) {
            JsonTable part;
            const int read = reader.read(part, batch);
            merged.append(std::move(part));
            if (read == 0) {
                break;
            }
            batch = batch % 3 + 1;
        }
        QVERIFY(!reader.hasError());
        QVERIFY(reader.atEnd());
        QString difference;
        QVERIFY2(merged.sameCells(whole, &difference), qPrintable(difference));
        for (int r = 0; r < whole.rowCount(); ++r) {
            QCOMPARE(merged.rowJson(r), whole.rowJson(r));
        }
    }
}

void JsonRowReaderTest::rowJsonParsesToTheSameElement()
{
    for (quint32 seed = 2000; seed < 2050; ++seed) {
        TableTestSupport::JsonGenerator generator(seed);
        const QByteArray json = generator.document();
        const JsonTable table = JsonTable::fromJson(json);
        if (!table.isList()) {
            continue;
        }
        const QJsonDocument document = QJsonDocument::fromJson(json);
        const QJsonArray list
            = document.isArray() ? document.array() : document.object().value(table.itemsPath()).toArray();
        QCOMPARE(table.rowCount(), list.size());
        for (int r = 0; r < table.rowCount(); ++r) {
            const QJsonValue element = QJsonDocument::fromJson("[" + table.rowJson(r) + "]").array().at(0);
            QCOMPARE(element, list.at(r));
        }
    }
}

void JsonRowReaderTest::truncatedDocumentsNeverCrash()
{
    // Every prefix of a document either reads cleanly or stops with an error at a sane offset.
    TableTestSupport::JsonGenerator generator(77);
    QByteArray json;
    while (json.size() < 400) {
        json = generator.document();
    }
    for (qsizetype length = 0; length < json.size(); ++length) {
        const QByteArray prefix = json.left(length);
        JsonTable::Error error;
        const JsonTable table = JsonTable::fromJson(prefix, QString(), &error);
        if (error.isError()) {
            QVERIFY(error.offset >= 0 && error.offset <= length);
            QVERIFY(!error.message.isEmpty());
        }
        for (int r = 0; r < table.rowCount(); ++r) {
            for (int c = 0; c < table.columnCount(); ++c) {
                table.text(r, c); // every stored cell is readable
            }
        }
    }
}

void JsonRowReaderTest::mutatedDocumentsNeverCrash()
{
    // A few bytes changed at random: the reader either reads a table or names an offset, and agrees
    // with QJsonDocument on whether the document is valid when the bytes stay ASCII.
    static const char replacements[] = "{}[]\",:\\0123456789eE+-.tfnrul xyz\x01\t\n";
    QRandomGenerator random(4242);
    int rejected = 0;
    for (quint32 seed = 3000; seed < 3400; ++seed) {
        TableTestSupport::JsonGenerator generator(seed);
        QByteArray json = generator.document();
        const int changes = 1 + static_cast<int>(random.bounded(3));
        for (int i = 0; i < changes && !json.isEmpty(); ++i) {
            json[static_cast<qsizetype>(random.bounded(json.size()))]
                = replacements[random.bounded(static_cast<int>(sizeof(replacements) - 1))];
        }
        JsonTable::Error error;
        const JsonTable table = JsonTable::fromJson(json, QString(), &error);
        for (int r = 0; r < table.rowCount(); ++r) {
            for (int c = 0; c < table.columnCount(); ++c) {
                table.text(r, c);
                table.value(r, c);
                table.nestedJson(r, c);
            }
            table.rowJson(r);
        }
        if (error.isError()) {
            ++rejected;
            QVERIFY(error.offset >= 0 && error.offset <= json.size());
        }
        // Where both have a say, they agree. Not compared: invalid UTF-8 (read as U+FFFD here,
        // refused by Qt), numbers too large for a double (kept as text here), top-level scalars
        // (which QJsonDocument does not read).
        const QByteArray trimmed = json.trimmed();
        const bool container = trimmed.startsWith('[') || trimmed.startsWith('{');
        if (!container || QString::fromUtf8(json).toUtf8() != json) {
            continue;
        }
        QJsonParseError qtError;
        QJsonDocument::fromJson(json, &qtError);
        if (qtError.error == QJsonParseError::IllegalNumber && !error.isError()) {
            continue;
        }
        const bool qtAccepts = qtError.error == QJsonParseError::NoError;
        QVERIFY2(qtAccepts != error.isError(),
                 qPrintable(QStringLiteral("Qt: %1, reader: %2, in %3")
                                .arg(qtError.errorString(), error.message, QString::fromUtf8(json))));
    }
    QVERIFY(rejected > 100);
}

void JsonRowReaderTest::readerReportsProgress()
{
    QByteArray json = "[";
    for (int i = 0; i < 1000; ++i) {
        json += (i ? "," : "") + QByteArray(R"({"i":)") + QByteArray::number(i) + "}";
    }
    json += "]";
    JsonRowReader reader(json);
    JsonTable table;
    QCOMPARE(reader.read(table, 100), 100);
    QVERIFY(reader.position() > 0 && reader.position() < reader.size());
    QVERIFY(!reader.atEnd());
    QCOMPARE(reader.read(table), 900);
    QVERIFY(reader.atEnd());
    QCOMPARE(reader.position(), reader.size());
    QCOMPARE(reader.read(table), 0);
    QCOMPARE(table.rowCount(), 1000);
    QCOMPARE(QString::fromUtf8(table.cellUtf8(999, 0)), QStringLiteral("999"));
}

void JsonRowReaderTest::sameKeyTwice_lastWins_whetherTheListIsFoundOrNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("rows");
    QTest::addRow("a list's usual name") << QByteArray(R"({"items":[{"a":1}],"items":[{"a":2},{"a":3}]})")
                                         << QStringLiteral("items") << 2;
    QTest::addRow("the largest list") << QByteArray(R"({"x":[{"a":1},{"a":2},{"a":3}],"x":[{"a":4}]})")
                                      << QStringLiteral("x") << 1;
    QTest::addRow("inside an object") << QByteArray(R"({"d":{"items":[{"a":1},{"a":2}]},"d":{"items":[{"a":3}]}})")
                                      << QStringLiteral("d.items") << 1;
    QTest::addRow("a list, then not a list")
        << QByteArray(R"({"items":[{"a":1}],"items":7,"other":[{"b":1}]})") << QStringLiteral("other") << 1;
}

void JsonRowReaderTest::sameKeyTwice_lastWins_whetherTheListIsFoundOrNamed()
{
    // As in QJsonDocument, the last of two same keys wins, also when the reader looks for the
    // list itself: otherwise a preset saved with the path it found would read other rows.
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(int, rows);
    JsonTable::Error error;
    const JsonTable found = JsonTable::fromJson(json, QString(), &error);
    QVERIFY(!error.isError());
    QCOMPARE(found.itemsPath(), path);
    QCOMPARE(found.rowCount(), rows);
    const JsonTable named = JsonTable::fromJson(json, path, &error);
    QVERIFY(!error.isError());
    QString difference;
    QVERIFY2(named.sameCells(found, &difference), qPrintable(difference));
    const JsonTable fromDocument = JsonTable::fromJsonValue(QJsonDocument::fromJson(json).object(), path);
    QVERIFY2(fromDocument.sameCells(found, &difference), qPrintable(difference));
}

void JsonRowReaderTest::keyStartingWithByteOrderMark_isFoundByItsPath()
{
    // QString::fromUtf8 drops a leading U+FEFF; the table keeps it, in paths, headers and texts.
    const QByteArray json = "[{\"\xEF\xBB\xBFid\":\"\xEF\xBB\xBFx\",\"n\":{\"\xEF\xBB\xBF\":1}}]";
    const JsonTable table = JsonTable::fromJson(json);
    QCOMPARE(table.columnCount(), 2);
    const QString bom(QChar(0xFEFF));
    QCOMPARE(table.columnPath(0), bom + QStringLiteral("id"));
    QCOMPARE(table.columnPath(1), QStringLiteral("n.") + bom);
    for (int c = 0; c < table.columnCount(); ++c) {
        QCOMPARE(table.columnIndex(table.columnPath(c)), c);
    }
    QCOMPARE(table.text(0, 0), bom + QStringLiteral("x"));
    QCOMPARE(table.value(0, 0).toString(), bom + QStringLiteral("x"));

    // A list found under such a key is named by a path that finds it again.
    const QByteArray wrapped = "{\"\xEF\xBB\xBFlist\":[{\"a\":1},{\"a\":2}]}";
    const JsonTable found = JsonTable::fromJson(wrapped);
    QCOMPARE(found.itemsPath(), bom + QStringLiteral("list"));
    QCOMPARE(JsonTable::fromJson(wrapped, found.itemsPath()).rowCount(), 2);
}

void JsonRowReaderTest::listUnderAKeyWithADot_isNotFound()
{
    // A path joins keys with dots, so "a.b" would name b inside a: such a list is not picked,
    // and the answer is one row, read the same through the document.
    const QByteArray json = R"({"a.b":[{"x":1},{"x":2}],"c":{"d.e":[{"y":1}]}})";
    const JsonTable table = JsonTable::fromJson(json);
    QVERIFY(!table.isList());
    QCOMPARE(table.rowCount(), 1);
    QString difference;
    const JsonTable fromDocument = JsonTable::fromJsonValue(QJsonDocument::fromJson(json).object());
    QVERIFY2(fromDocument.sameCells(table, &difference), qPrintable(difference));
    // A usual list name still wins, dots elsewhere or not.
    QCOMPARE(JsonTable::fromJson(R"({"a.b":[{"x":1},{"x":2}],"items":[{"x":3}]})").itemsPath(),
             QStringLiteral("items"));
}

QTEST_GUILESS_MAIN(JsonRowReaderTest)
#include "JsonRowReaderTest.moc"
