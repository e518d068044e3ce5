// Telling the formats apart (with a reason for what Latchkey cannot import),
// the Importer entry point, and the corpus of broken files: each gives an
// error with a position and imports nothing.
#include "interop/FormatDetector.h"

#include "InteropTestSupport.h"
#include "interop/Importer.h"
#include "providers/ProviderCatalog.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QTest>

using namespace InteropTest;

Q_DECLARE_METATYPE(ImportFormat)

class FormatDetectorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detect_data();
    void detect();
    void everyFixtureIsRecognised();
    void importerDispatches();
    void brokenFiles_data();
    void brokenFiles();

private:
    ProviderCatalog m_catalog;
};

void FormatDetectorTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
}

void FormatDetectorTest::detect_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("curl") << QByteArray("curl https://a.example") << ImportFormat::Curl << QString();
    QTest::newRow("curl after blank lines and comments")
        << QByteArray("\n\n# Get the user\n  curl -s https://a.example") << ImportFormat::Curl << QString();
    QTest::newRow("$ prompt") << QByteArray("$ curl https://a.example") << ImportFormat::Curl << QString();
    QTest::newRow("curl.exe, PowerShell prompt")
        << QByteArray("PS C:\\Users\\me> curl.exe https://a.example") << ImportFormat::Curl << QString();
    QTest::newRow("/usr/bin/curl") << QByteArray("/usr/bin/curl https://a.example") << ImportFormat::Curl << QString();
    QTest::newRow("env assignment") << QByteArray("TOKEN=x curl https://a.example") << ImportFormat::Curl << QString();
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "curl https://a.example")
                         << ImportFormat::Curl << QString();
    QTest::newRow("collection") << QByteArray(
        R"({"info": {"name": "x", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": []})")
                                << ImportFormat::PostmanCollection << QString();
    QTest::newRow("collection without schema")
        << QByteArray(R"({"info": {"name": "x"}, "item": []})") << ImportFormat::PostmanCollection << QString();
    QTest::newRow("v1 collection (refused later)")
        << QByteArray(R"({"id": "1", "name": "old", "order": [], "requests": []})") << ImportFormat::PostmanCollection
        << QString();
    QTest::newRow("environment") << QByteArray(
        R"({"name": "e", "values": [], "_postman_variable_scope": "environment"})")
                                 << ImportFormat::PostmanEnvironment << QString();
    QTest::newRow("globals") << QByteArray(R"({"values": [], "_postman_variable_scope": "globals"})")
                             << ImportFormat::PostmanEnvironment << QString();
    QTest::newRow("environment without marker")
        << QByteArray(R"({"name": "e", "values": [{"key": "a", "value": "b"}]})") << ImportFormat::PostmanEnvironment
        << QString();
    QTest::newRow("HAR") << QByteArray(R"({"log": {"version": "1.2", "creator": {"name": "x"}, "entries": []}})")
                         << ImportFormat::Har << QString();
    QTest::newRow("broken collection") << QByteArray(R"({"info": {"_postman_id": "x", "name": "x"}, "item": [)")
                                       << ImportFormat::PostmanCollection << QString();
    QTest::newRow("broken HAR") << QByteArray(R"({"log": {"creator": {}, "entries": [{)") << ImportFormat::Har
                                << QString();

    QTest::newRow("empty") << QByteArray(" \n\t") << ImportFormat::Unknown << QStringLiteral("empty");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << ImportFormat::Unknown
                            << QStringLiteral("not text");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                          "c\0u\0",
                                          6)
                            << ImportFormat::Unknown << QStringLiteral("UTF-16");
    QTest::newRow("OpenAPI") << QByteArray(R"({"openapi": "3.1.0", "paths": {}})") << ImportFormat::Unknown
                             << QStringLiteral("OpenAPI");
    QTest::newRow("Insomnia") << QByteArray(R"({"_type": "export", "resources": []})") << ImportFormat::Unknown
                              << QStringLiteral("Insomnia");
    QTest::newRow("other JSON") << QByteArray(R"({"hello": "world"})") << ImportFormat::Unknown
                                << QStringLiteral("not a Postman collection");
    QTest::newRow("JSON list") << QByteArray("[1, 2]") << ImportFormat::Unknown << QStringLiteral("list");
    QTest::newRow("broken JSON") << QByteArray("{\n  \"a\": 1,\n  \"b\": }") << ImportFormat::Unknown
                                 << QStringLiteral("line 3, column");
    QTest::newRow("an address") << QByteArray("https://api.github.com/user") << ImportFormat::Unknown
                                << QStringLiteral("web address");
    QTest::newRow("wget") << QByteArray("wget https://a.example") << ImportFormat::Unknown << QStringLiteral("curl");
    QTest::newRow("curl in prose") << QByteArray("Run this: curl https://a.example") << ImportFormat::Unknown
                                   << QStringLiteral("does not start");
    QTest::newRow("HTML") << QByteArray("<!doctype html><html>") << ImportFormat::Unknown << QStringLiteral("HTML");
    QTest::newRow("too big") << QByteArray(50 * 1024 * 1024 + 1, ' ') << ImportFormat::Unknown << QStringLiteral("MB");
}

void FormatDetectorTest::detect()
{
    QFETCH(QByteArray, data);
    QFETCH(ImportFormat, format);
    QFETCH(QString, reasonMentions);
    const FormatDetector::Result result = FormatDetector::detect(data);
    QCOMPARE(result.format, format);
    QVERIFY(!result.reason.isEmpty());
    QVERIFY2(result.reason.contains(reasonMentions), qPrintable(result.reason));
}

void FormatDetectorTest::everyFixtureIsRecognised()
{
    int count = 0;
    for (const QString& folder : {QStringLiteral("curl"), QStringLiteral("postman"), QStringLiteral("har")}) {
        QDirIterator it(fixturePath(folder), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray data = file.readAll();
            ImportFormat expected = ImportFormat::Curl;
            if (path.endsWith(QStringLiteral(".postman_collection.json"))) {
                expected = ImportFormat::PostmanCollection;
            } else if (path.endsWith(QStringLiteral(".postman_environment.json"))) {
                expected = ImportFormat::PostmanEnvironment;
            } else if (path.endsWith(QStringLiteral(".har"))) {
                expected = ImportFormat::Har;
            }
            QCOMPARE(FormatDetector::detect(data).format, expected);
            const ImportResult result = Importer::parse(data, &m_catalog);
            QVERIFY2(result.ok(), qPrintable(path + QStringLiteral(": ") + result.error.toString()));
            QCOMPARE(result.format, expected);
            ++count;
        }
    }
    QVERIFY(count >= 20);
}

void FormatDetectorTest::importerDispatches()
{
    ImportResult result = Importer::parse("curl -u a:b https://a.example", &m_catalog);
    QVERIFY(result.ok());
    QCOMPARE(result.format, ImportFormat::Curl);
    QCOMPARE(result.requests.size(), 1);

    result = Importer::parse(R"({"openapi": "3.0.0"})", &m_catalog);
    QVERIFY(!result.ok());
    QCOMPARE(result.format, ImportFormat::Unknown);
    QVERIFY(result.error.message.startsWith(QStringLiteral("Latchkey cannot import this.")));
    QVERIFY(result.error.message.contains(QStringLiteral("OpenAPI")));

    // The dry-run JSON of an error names it with its position.
    result = Importer::parse("curl 'https://a.example", &m_catalog);
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("curl"));
    QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("column")).toInt(), 6);
}

void FormatDetectorTest::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImportFormat>("format");
    QTest::addColumn<QString>("where"); // "line" or the JSON path

    QTest::newRow("truncated collection")
        << "truncated-collection.postman_collection.json" << ImportFormat::PostmanCollection << "line";
    QTest::newRow("truncated HAR") << "truncated-session.har" << ImportFormat::Har << "line";
    QTest::newRow("truncated environment")
        << "truncated.postman_environment.json" << ImportFormat::PostmanEnvironment << "line";
    QTest::newRow("unterminated quote") << "unterminated-quote.txt" << ImportFormat::Curl << "line";
    QTest::newRow("trailing garbage") << "trailing-garbage.postman_collection.json" << ImportFormat::PostmanCollection
                                      << "line";
    QTest::newRow("wrong shape deep inside") << "wrong-shape.postman_collection.json" << ImportFormat::PostmanCollection
                                             << "item[1].item[0].request.header[0].value";
    QTest::newRow("HAR entry without address") << "no-url.har" << ImportFormat::Har << "log.entries[3].request.url";
    QTest::newRow("an image") << "image.png" << ImportFormat::Unknown << "";
}

void FormatDetectorTest::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(ImportFormat, format);
    QFETCH(QString, where);

    const ImportResult result = Importer::parse(readFixture(QStringLiteral("malformed/") + file), &m_catalog);
    QVERIFY(!result.ok());
    QCOMPARE(result.format, format);
    QVERIFY(result.requests.isEmpty());
    QVERIFY(result.credentials.isEmpty());
    QVERIFY(result.variables.isEmpty());
    QVERIFY(result.entries.isEmpty());
    if (where == QStringLiteral("line")) {
        QVERIFY2(result.error.line > 0 && result.error.column > 0, qPrintable(result.error.toString()));
        QVERIFY(result.error.toString().startsWith(QStringLiteral("Line ")));
    } else if (!where.isEmpty()) {
        QCOMPARE(result.error.path, where);
        QVERIFY(result.error.toString().contains(where));
    }
}

QTEST_GUILESS_MAIN(FormatDetectorTest)
#include "FormatDetectorTest.moc"
