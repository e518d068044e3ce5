// Requests → curl commands: POSIX quoting that a shell reads back exactly,
// the token as $LATCHKEY_TOKEN unless explicitly included, and the round trip
// export → import giving the same request.
#include "interop/CurlExporter.h"

#include "InteropTestSupport.h"
#include "http/PreparedRequest.h"
#include "interop/CurlImporter.h"
#include "interop/ShellWords.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenRecord.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace InteropTest;

Q_DECLARE_METATYPE(QList<RequestAuth>)

class CurlExporterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void shellReadsWhatWeWrite_data();
    void shellReadsWhatWeWrite();
    void placeholders();
    void explicitSecret();
    void relativeAddress();
    void authForProviders();
    void preparedRequest();

private:
    ProviderCatalog m_catalog;
};

void CurlExporterTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
}

void CurlExporterTest::roundTrip_data()
{
    QTest::addColumn<RequestSpec>("original");
    QTest::addColumn<QList<RequestAuth>>("auth");

    const QList<RequestAuth> none;
    const QList<RequestAuth> bearer {RequestAuth::bearer()};
    const QString u = QStringLiteral("https://api.example.com/v1/items");

    QTest::newRow("GET") << spec("GET", u) << none;
    QTest::newRow("GET with headers and query")
        << spec("GET", u + "?per_page=100&sort=updated", {"Accept: application/vnd.github+json", "X-Empty:"}) << bearer;
    QTest::newRow("HEAD") << spec("HEAD", u) << none;
    QTest::newRow("DELETE") << spec("DELETE", u + "/42") << bearer;
    QTest::newRow("POST without a body") << spec("POST", u) << none;
    QTest::newRow("POST JSON") << spec("POST", u, {"Accept: application/json"}, "{\"title\":\"It's \\\"quoted\\\"\"}",
                                       "json")
                               << bearer;
    QTest::newRow("PUT JSON, many lines")
        << spec("PUT", u, {}, "{\n  \"a\": [1, 2],\n  \"b\": \"x\\ny\"\n}", "json") << none;
    QTest::newRow("PATCH JSON with own Content-Type")
        << spec("PATCH", u, {"Content-Type: application/merge-patch+json"}, "{\"done\":true}", "json") << bearer;
    QTest::newRow("GET with a JSON body") << spec("GET", u, {}, "{\"q\":1}", "json") << none;
    QTest::newRow("form") << spec("POST", u, {}, {}, "form", {"name=Ada Lovelace", "note=a&b=c", "empty=", "ünï=cödé"})
                          << none;
    QTest::newRow("raw text") << spec("POST", u, {}, "hello $USER `date` 'quoted' \"double\" \\", "raw") << none;
    QTest::newRow("raw with its own type") << spec("POST", u, {"Content-Type: text/csv"}, "a,b\n1,2\n", "raw") << none;
    QTest::newRow("control characters") << spec("POST", u, {}, "tab\there\r\nbell\x07", "raw") << none;
    QTest::newRow("unicode") << spec("POST", u + "/é", {"X-Name: Zoë 日本"}, "{\"emoji\":\"🎉\"}", "json") << none;
    QTest::newRow("variables and braces")
        << spec("GET", "https://{{host}}/repos/{{owner}}/[x]?q={{q}}", {"X-Account: {{account}}"}) << bearer;
    QTest::newRow("header value with quotes") << spec("GET", u, {"X-Json: {\"a\": \"b's\"}"}) << none;
    QTest::newRow("token header") << spec("GET", "https://gitlab.com/api/v4/user")
                                  << QList<RequestAuth> {RequestAuth::header(QStringLiteral("PRIVATE-TOKEN"))};
    QTest::newRow("token in the query") << spec("GET", "https://api.trello.com/1/members/me?fields=all")
                                        << QList<RequestAuth> {RequestAuth::query(QStringLiteral("token"))};
    QTest::newRow("token in the query, no query yet")
        << spec("GET", "https://api.trello.com/1/members/me")
        << QList<RequestAuth> {RequestAuth::query(QStringLiteral("token"))};
    QTest::newRow("basic") << spec("GET", "https://example.atlassian.net/rest/api/3/myself")
                           << QList<RequestAuth> {RequestAuth::basic(QStringLiteral("me@example.com"))};
    QTest::newRow("basic with an odd user")
        << spec("GET", u) << QList<RequestAuth> {RequestAuth::basic(QStringLiteral("a\"b$c"))};
    QTest::newRow("GitHub's token form") << spec("GET", "https://api.github.com/user")
                                         << QList<RequestAuth> {{DetectedCredential::Kind::Token,
                                                                 QStringLiteral("Authorization"),
                                                                 {},
                                                                 QStringLiteral("token")}};
    QTest::newRow("raw Authorization")
        << spec("POST", "https://api.linear.app/graphql", {}, "{\"query\":\"{ viewer { id } }\"}", "json")
        << QList<RequestAuth> {
               {DetectedCredential::Kind::Authorization, QStringLiteral("Authorization"), {}, QStringLiteral("token")}};
    QTest::newRow("two references") << spec("GET", u)
                                    << QList<RequestAuth> {
                                           RequestAuth::header(QStringLiteral("X-Api-Key"), QStringLiteral("key")),
                                           RequestAuth::query(QStringLiteral("token"), QStringLiteral("token"))};
}

void CurlExporterTest::roundTrip()
{
    QFETCH(RequestSpec, original);
    QFETCH(QList<RequestAuth>, auth);

    RequestSpec withToken = original;
    withToken.tokenId = QStringLiteral("0d7c1d0a-6e00-4a5b-9c1d-7e2f3a4b5c6d");
    for (const bool multiline : {true, false}) {
        CurlExporter::Options options;
        options.multiline = multiline;
        const QString command = CurlExporter::write(withToken, auth, options);
        QVERIFY2(!command.contains(withToken.tokenId), qPrintable(command));
        const ImportResult result = CurlImporter::parse(command, &m_catalog);
        QVERIFY2(result.ok(), qPrintable(result.error.toString() + QStringLiteral("\n") + command));
        const ImportedRequest& request = result.requests.first();
        QVERIFY2(request.spec == original,
                 qPrintable(QStringLiteral("\n%1\n got      %2\n expected %3")
                                .arg(command, describe(request.spec), describe(original))));
        QCOMPARE(request.auth, auth);
        for (const DetectedCredential& credential : result.credentials) {
            QVERIFY(!credential.hasSecret()); // a placeholder is no secret
        }
    }
}

void CurlExporterTest::shellReadsWhatWeWrite_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("plain") << QStringLiteral("abc-123_x.y/z:8080");
    QTest::newRow("spaces") << QStringLiteral("a b  c");
    QTest::newRow("single quote") << QStringLiteral("it's");
    QTest::newRow("shell characters") << QStringLiteral("$HOME `id` $(id) \"x\" \\ ! * ? ~ # & | ; < > ( ) { }");
    QTest::newRow("newlines") << QStringLiteral("a\nb\n");
    QTest::newRow("control") << QStringLiteral("a\tb\x01\x1b[0m");
    QTest::newRow("unicode") << QStringLiteral("Zoë 日本 🎉");
    QTest::newRow("empty") << QString();
}

void CurlExporterTest::shellReadsWhatWeWrite()
{
    QFETCH(QString, word);
    const QString quoted = ShellWords::quote(word);
    // Our own reader…
    const ShellWords::Result words = ShellWords::split(QStringLiteral("printf %s ") + quoted);
    QVERIFY(words.ok());
    QCOMPARE(words.words.size(), 3);
    QCOMPARE(words.words.at(2).text, word);
    // …and a real POSIX shell agree.
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (sh.isEmpty()) {
        QSKIP("no bash");
    }
    QProcess process;
    process.start(sh, {QStringLiteral("-c"), QStringLiteral("printf %s ") + quoted});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), word);
}

void CurlExporterTest::placeholders()
{
    const RequestSpec request = spec("GET", "https://api.github.com/user");
    const QString command = CurlExporter::write(request, {RequestAuth::bearer()});
    QCOMPARE(command,
             QStringLiteral("curl https://api.github.com/user \\\n  -H \"Authorization: Bearer $LATCHKEY_TOKEN\""));
    QCOMPARE(CurlExporter::placeholder(QStringLiteral("token")), QStringLiteral("$LATCHKEY_TOKEN"));
    QCOMPARE(CurlExporter::placeholder(QStringLiteral("gitlab-token")), QStringLiteral("$LATCHKEY_GITLAB_TOKEN"));

    // The placeholder works in a real shell: the variable's value is what is sent.
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (!sh.isEmpty()) {
        const QString echo = QString(command).replace(QStringLiteral("curl "), QStringLiteral("printf '%s|' "));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LATCHKEY_TOKEN"), QStringLiteral("s3cret"));
        process.setProcessEnvironment(environment);
        process.start(sh, {QStringLiteral("-c"), echo});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.readAllStandardOutput(),
                 QByteArray("https://api.github.com/user|-H|Authorization: Bearer s3cret|"));
    }
}

void CurlExporterTest::explicitSecret()
{
    const QByteArray secret = "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d";
    const RequestSpec request = spec("GET", "https://api.github.com/user");
    QVERIFY(!CurlExporter::write(request, {RequestAuth::bearer()}).toUtf8().contains(secret));

    CurlExporter::Options options;
    options.secrets.insert(QStringLiteral("token"), secret);
    const QString command = CurlExporter::write(request, {RequestAuth::bearer()}, options);
    QVERIFY(command.toUtf8().contains(secret));
    // Imported again, the secret is found and taken out once more.
    const ImportResult result = CurlImporter::parse(command, &m_catalog);
    QVERIFY(result.ok());
    QCOMPARE(result.credentials.first().secret, secret);
    QCOMPARE(result.credentials.first().providerId, QStringLiteral("github"));
    QCOMPARE(result.requests.first().spec, request);

    // Query and basic secrets are written in place too (percent-encoded in the address).
    options.secrets.insert(QStringLiteral("token"), QByteArray("a/b c"));
    const QString query = CurlExporter::write(spec("GET", "https://api.trello.com/1/members/me"),
                                              {RequestAuth::query(QStringLiteral("token"))}, options);
    QVERIFY2(query.contains(QStringLiteral("token=a%2Fb%20c")), qPrintable(query));
    const QString basic
        = CurlExporter::write(spec("GET", "https://x.example/"), {RequestAuth::basic(QStringLiteral("me"))}, options);
    QVERIFY2(basic.contains(QStringLiteral("-u 'me:a/b c'")), qPrintable(basic));
}

void CurlExporterTest::relativeAddress()
{
    CurlExporter::Options options;
    options.baseUrl = QStringLiteral("https://gitlab.example.com/api/v4/");
    options.multiline = false;
    const QString command = CurlExporter::write(spec("GET", "/projects?membership=true"), {}, options);
    QCOMPARE(command, QStringLiteral("curl 'https://gitlab.example.com/api/v4/projects?membership=true'"));
}

void CurlExporterTest::authForProviders()
{
    const TokenRecord token = TokenRecord::create(QStringLiteral("t"), QStringLiteral("x"));
    auto authOf = [&](const QString& id) -> QList<RequestAuth> {
        const Provider* provider = m_catalog.provider(id);
        return provider ? RequestAuth::forProvider(*provider, token) : QList<RequestAuth>();
    };
    QCOMPARE(authOf(QStringLiteral("github")), QList<RequestAuth> {RequestAuth::bearer()});
    QCOMPARE(authOf(QStringLiteral("gitlab")),
             QList<RequestAuth> {RequestAuth::header(QStringLiteral("PRIVATE-TOKEN"))});
    QCOMPARE(authOf(QStringLiteral("figma")),
             QList<RequestAuth> {RequestAuth::header(QStringLiteral("X-Figma-Token"))});
    QCOMPARE(authOf(QStringLiteral("trello")), QList<RequestAuth> {RequestAuth::query(QStringLiteral("token"))});
    QCOMPARE(authOf(QStringLiteral("linear")).first().kind, DetectedCredential::Kind::Authorization);
    TokenRecord jira = TokenRecord::create(QStringLiteral("j"), QStringLiteral("jira"));
    jira.fields.insert(QStringLiteral("email"), QStringLiteral("me@example.com"));
    QCOMPARE(RequestAuth::forProvider(*m_catalog.provider(QStringLiteral("jira")), jira),
             QList<RequestAuth> {RequestAuth::basic(QStringLiteral("me@example.com"))});
    TokenRecord custom = TokenRecord::create(QStringLiteral("c"), QStringLiteral("custom"));
    custom.fields.insert(QStringLiteral("authScheme"), QStringLiteral("header"));
    custom.fields.insert(QStringLiteral("authName"), QStringLiteral("X-Key"));
    QCOMPARE(RequestAuth::forProvider(m_catalog.providerOrCustom(QStringLiteral("custom")), custom),
             QList<RequestAuth> {RequestAuth::header(QStringLiteral("X-Key"))});
}

void CurlExporterTest::preparedRequest()
{
    PreparedRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("https://api.trello.com/1/cards?idList=abc&key=k123&token=SECRETQUERY"));
    request.headers.append("Authorization", "Bearer SECRETBEARER");
    request.headers.append("Cookie", "sid=SECRETCOOKIE");
    request.headers.append("PRIVATE-TOKEN", "SECRETHEADER");
    request.headers.append("Content-Type", "application/json");
    request.body = "{\"name\":\"x\"}";
    request.credentialHeaders = {"authorization", "cookie", "private-token"};
    request.credentialQueryItems = {QStringLiteral("token")};

    const QString masked = CurlExporter::write(request, false);
    QVERIFY2(!masked.contains(QStringLiteral("SECRET")), qPrintable(masked));
    QVERIFY(masked.contains(QStringLiteral("\"Authorization: Bearer $LATCHKEY_TOKEN\"")));
    QVERIFY(masked.contains(QStringLiteral("\"Cookie: $LATCHKEY_COOKIE\"")));
    QVERIFY(masked.contains(QStringLiteral("\"PRIVATE-TOKEN: $LATCHKEY_TOKEN\"")));
    QVERIFY(masked.contains(QStringLiteral("key=k123")));
    QVERIFY2(masked.contains(QStringLiteral("token='\"$LATCHKEY_TOKEN\"")), qPrintable(masked));

    const ImportResult back = CurlImporter::parse(masked, &m_catalog);
    QVERIFY2(back.ok(), qPrintable(back.error.toString()));
    // key= looks like a credential too (Trello's API key), so both parameters are taken out.
    QCOMPARE(back.requests.first().spec.url, QStringLiteral("https://api.trello.com/1/cards?idList=abc"));
    QCOMPARE(authStrings(back.requests.first()),
             (QStringList {"bearer Authorization token", "cookie Cookie cookie", "header PRIVATE-TOKEN token",
                           "query key token_2", "query token token"}));

    const QString revealed = CurlExporter::write(request, true);
    for (const char* secret : {"SECRETBEARER", "SECRETCOOKIE", "SECRETHEADER", "SECRETQUERY"}) {
        QVERIFY2(revealed.contains(QLatin1String(secret)), secret);
    }

    PreparedRequest basic;
    basic.url = QUrl(QStringLiteral("https://x.example/"));
    basic.headers.append("Authorization", "Basic " + QByteArray("me@example.com:SECRETPASS").toBase64());
    basic.credentialHeaders = {"authorization"};
    const QString basicCommand = CurlExporter::write(basic, false, false);
    QCOMPARE(basicCommand, QStringLiteral("curl https://x.example/ -u \"me@example.com:$LATCHKEY_TOKEN\""));

    PreparedRequest binary;
    binary.method = "PUT";
    binary.url = QUrl(QStringLiteral("https://x.example/blob"));
    binary.body = QByteArray("\x00\xff\x10'\\", 5);
    const QString binaryCommand = CurlExporter::write(binary, false, false);
    QCOMPARE(binaryCommand,
             QStringLiteral("curl -X PUT https://x.example/blob --data-binary $'\\x00\\xff\\x10\\'\\\\'"));
}

QTEST_GUILESS_MAIN(CurlExporterTest)
#include "CurlExporterTest.moc"
