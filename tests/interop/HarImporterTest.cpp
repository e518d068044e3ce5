// HAR files from browsers: entries to pick from, clean requests (no pseudo or
// hop-by-hop headers), bodies from postData, cookies and tokens taken out.
#include "interop/HarImporter.h"

#include "InteropTestSupport.h"
#include "providers/ProviderCatalog.h"

#include <QTest>

using namespace InteropTest;

class HarImporterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entriesToPickFrom();
    void requestsAreClean();
    void bodies();
    void credentialsAndCookies();
    void selection();
    void cookiesListWithoutHeader();
    void malformed_data();
    void malformed();

private:
    ProviderCatalog m_catalog;
    ImportResult m_session;
};

void HarImporterTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
    m_session = HarImporter::parse(readFixture(QStringLiteral("har/browser-session.har")), &m_catalog);
    QVERIFY2(m_session.ok(), qPrintable(m_session.error.toString()));
}

void HarImporterTest::entriesToPickFrom()
{
    QCOMPARE(m_session.format, ImportFormat::Har);
    QCOMPARE(m_session.requests.size(), 7); // the data: entry is left out
    QCOMPARE(m_session.entries.size(), 7);
    QVERIFY(m_session.notes.join(QLatin1Char(' ')).contains(QStringLiteral("not a web request")));

    const HarEntry& page = m_session.entries[0];
    QCOMPARE(page.index, 0);
    QCOMPARE(page.method, QStringLiteral("GET"));
    QCOMPARE(page.url, QStringLiteral("https://app.example.com/dashboard"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.mimeType, QStringLiteral("text/html"));
    QCOMPARE(page.size, 18234);
    QCOMPARE(page.startedDateTime, QStringLiteral("2024-05-02T09:20:01.100Z"));
    QCOMPARE(m_session.entries[2].status, 201);
    QCOMPARE(m_session.entries[4].index, 5); // after the skipped entry
    // An entry's address is shown without the token that was in it.
    QCOMPARE(m_session.entries[4].url, QStringLiteral("https://api.github.com/user/repos?per_page=5"));
    QCOMPARE(m_session.entries[6].status, 0); // aborted: no answer
    QCOMPARE(m_session.entries[6].timeMs, -1.0);
}

void HarImporterTest::requestsAreClean()
{
    const RequestSpec& me = m_session.requests[1].spec;
    QCOMPARE(me,
             spec("GET", "https://api.example.com/v1/me?include=teams",
                  {"accept: application/json", "origin: https://app.example.com", "x-request-id: 7c1d0a6e"}));
    for (const ImportedRequest& request : m_session.requests) {
        for (const RequestSpec::Field& header : request.spec.headers) {
            QVERIFY2(!header.first.startsWith(QLatin1Char(':')), qPrintable(header.first));
            for (const char* dropped : {"host", "connection", "content-length", "accept-encoding"}) {
                QVERIFY2(header.first.compare(QLatin1String(dropped), Qt::CaseInsensitive) != 0, dropped);
            }
        }
    }
    QCOMPARE(m_session.requests[0].name, QStringLiteral("GET app.example.com/dashboard"));
}

void HarImporterTest::bodies()
{
    QCOMPARE(m_session.requests[2].spec,
             spec("POST", "https://api.example.com/v1/items", {"Accept: application/json"},
                  "{\"name\":\"Groceries\",\"tags\":[\"home\"]}", "json"));
    QCOMPARE(m_session.requests[3].spec,
             spec("POST", "https://app.example.com/login",
                  {"Origin: https://app.example.com", "x-csrf-token: b9f4a1c2d3"}, {}, "form",
                  {"email=ada@example.com", "remember=on", "next=/dashboard"}));
    const ImportedRequest& upload = m_session.requests[5];
    QCOMPARE(upload.spec.bodyType, QStringLiteral("form"));
    QCOMPARE(upload.spec.formFields, fields({"title=Receipt"}, QLatin1Char('=')));
    QVERIFY(upload.spec.headers.isEmpty()); // multipart Content-Type dropped, X-Api-Key taken out
    QVERIFY(upload.notes.join(QLatin1Char(' ')).contains(QStringLiteral("files")));
}

void HarImporterTest::credentialsAndCookies()
{
    QCOMPARE(authStrings(m_session.requests[0]), QStringList {"cookie Cookie cookie"});
    QCOMPARE(authStrings(m_session.requests[1]), QStringList {"bearer Authorization token"});
    QCOMPARE(authStrings(m_session.requests[2]), QStringList {"bearer Authorization token"}); // the same JWT, once
    QCOMPARE(authStrings(m_session.requests[3]), QStringList());
    QCOMPARE(authStrings(m_session.requests[4]), QStringList {"query access_token token_2"});
    QCOMPARE(authStrings(m_session.requests[5]), QStringList {"header X-Api-Key token_3"});
    QCOMPARE(m_session.credentials.size(), 4);
    const DetectedCredential* cookie = m_session.credential(QStringLiteral("cookie"));
    QVERIFY(cookie);
    QCOMPARE(cookie->kind, DetectedCredential::Kind::Cookie);
    QCOMPARE(cookie->secret, QByteArray("session=s%3AQ2xpZW50U2Vzc2lvbg.abc123; theme=dark"));
    QCOMPARE(cookie->host, QStringLiteral("app.example.com"));
    QCOMPARE(m_session.credential(QStringLiteral("token_2"))->providerId, QStringLiteral("github"));
    const QByteArray stored = everythingStored(m_session);
    for (const DetectedCredential& credential : m_session.credentials) {
        QVERIFY2(!stored.contains(credential.secret), credential.secret.constData());
    }
    QVERIFY(!stored.contains("eyJhbGciOiJIUzI1NiIs"));
}

void HarImporterTest::selection()
{
    const ImportResult picked = m_session.selected({4, 2, 99});
    QCOMPARE(picked.requests.size(), 2);
    QCOMPARE(picked.entries.size(), 2);
    QCOMPARE(picked.entries[0].index, 5);
    QCOMPARE(picked.requests[1].spec.url, QStringLiteral("https://api.example.com/v1/items"));
    QStringList references;
    for (const DetectedCredential& credential : picked.credentials) {
        references.append(credential.reference);
    }
    QCOMPARE(references, (QStringList {"token", "token_2"}));
}

void HarImporterTest::cookiesListWithoutHeader()
{
    const QByteArray har = R"({"log": {"version": "1.2", "creator": {"name": "Firefox"}, "entries": [
        {"request": {"method": "GET", "url": "https://app.example.com/a", "headers": [],
                     "cookies": [{"name": "sid", "value": "xyz"}, {"name": "lang", "value": "en"}]},
         "response": {"status": 304, "content": {"mimeType": "text/css", "size": -1}, "bodySize": 120}}]}})";
    const ImportResult result = HarImporter::parse(har, &m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.credentials.first().secret, QByteArray("sid=xyz; lang=en"));
    QVERIFY(result.requests.first().spec.headers.isEmpty());
    QCOMPARE(result.entries.first().status, 304);
    QCOMPARE(result.entries.first().size, 120);
}

void HarImporterTest::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");

    QTest::newRow("truncated") << readFixture(QStringLiteral("har/browser-session.har")).left(5000) << QString() << 159;
    QTest::newRow("no log") << QByteArray(R"({"entries": []})") << QStringLiteral("log") << 0;
    QTest::newRow("no entries") << QByteArray(R"({"log": {"version": "1.2"}})") << QStringLiteral("log") << 0;
    QTest::newRow("entry not an object") << QByteArray(R"({"log": {"entries": [null]}})")
                                         << QStringLiteral("log.entries[0]") << 0;
    QTest::newRow("no request") << QByteArray(R"({"log": {"entries": [{"response": {}}]}})")
                                << QStringLiteral("log.entries[0].request") << 0;
    QTest::newRow("no url") << QByteArray(R"({"log": {"entries": [{"request": {"method": "GET"}}]}})")
                            << QStringLiteral("log.entries[0].request.url") << 0;
    QTest::newRow("headers not a list") << QByteArray(
        R"({"log": {"entries": [{"request": {"url": "https://a", "headers": {"a": "b"}}}]}})")
                                        << QStringLiteral("log.entries[0].request.headers") << 0;
    QTest::newRow("bad second entry") << QByteArray(
        R"({"log": {"entries": [{"request": {"url": "https://a"}}, {"request": {"url": "https://b", "postData": {"params": [1]}}}]}})")
                                      << QStringLiteral("log.entries[1].request.postData.params[0]") << 0;
}

void HarImporterTest::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(int, line);
    const ImportResult result = HarImporter::parse(json, &m_catalog);
    QVERIFY(!result.ok());
    QVERIFY(result.requests.isEmpty());
    QVERIFY(result.entries.isEmpty());
    QVERIFY(result.credentials.isEmpty());
    QCOMPARE(result.error.path, path);
    if (line > 0) {
        QVERIFY(result.error.line > 1);
    } else {
        QCOMPARE(result.error.line, 0);
    }
}

QTEST_GUILESS_MAIN(HarImporterTest)
#include "HarImporterTest.moc"
