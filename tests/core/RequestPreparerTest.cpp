// Request preparation and the token safety rules 1, 2 and 6, each a test that
// fails if the rule breaks.
#include "http/RequestPreparer.h"

#include "providers/ProviderCatalog.h"
#include "vault/TokenRecord.h"

#include <QTest>

class RequestPreparerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolveUrl_data();
    void resolveUrl();
    void rule1_otherHost_isRefusedNamingBothHosts();
    void rule1_sendOnce_andAddedHosts();
    void rule1_explicitPortIsPartOfTheHost_data();
    void rule1_explicitPortIsPartOfTheHost();
    void rule2_plainHttp_onlyToLoopbackWithoutConfirmation_data();
    void rule2_plainHttp_onlyToLoopbackWithoutConfirmation();
    void rule6_writes_needPermission_data();
    void rule6_writes_needPermission();
    void noToken_noChecks();
    void credentialHeaders_areKnownBeforeTheSecretIsAttached();
    void body_typesSetContentType();
    void missingProviderValue_isRefused();

private:
    ProviderCatalog m_catalog;
    TokenRecord github() const
    {
        TokenRecord token = TokenRecord::create(QStringLiteral("GitHub (work)"), QStringLiteral("github"));
        return token;
    }
    RequestSpec spec(const QString& method, const QString& url, const QString& body = {}) const
    {
        RequestSpec s;
        s.method = method;
        s.url = url;
        s.body = body;
        return s;
    }
};

void RequestPreparerTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
}

void RequestPreparerTest::resolveUrl_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("path on a host base") << QStringLiteral("/user/repos") << QStringLiteral("https://api.github.com")
                                         << QStringLiteral("https://api.github.com/user/repos");
    QTest::newRow("path on a base with a path")
        << QStringLiteral("/projects?membership=true") << QStringLiteral("https://gitlab.com/api/v4")
        << QStringLiteral("https://gitlab.com/api/v4/projects?membership=true");
    QTest::newRow("base path typed again")
        << QStringLiteral("/api/v4/projects") << QStringLiteral("https://gitlab.com/api/v4/")
        << QStringLiteral("https://gitlab.com/api/v4/projects");
    QTest::newRow("full address") << QStringLiteral("https://example.com/a?b=c")
                                  << QStringLiteral("https://api.github.com")
                                  << QStringLiteral("https://example.com/a?b=c");
    QTest::newRow("no scheme") << QStringLiteral("api.example.com/items") << QString()
                               << QStringLiteral("https://api.example.com/items");
    QTest::newRow("spaces around") << QStringLiteral("  /user  ") << QStringLiteral("https://api.github.com")
                                   << QStringLiteral("https://api.github.com/user");
    QTest::newRow("path without base") << QStringLiteral("/user") << QString() << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/file") << QString() << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("https://api.github.com") << QString();
    QTest::newRow("garbage") << QStringLiteral("http://") << QString() << QString();
}

void RequestPreparerTest::resolveUrl()
{
    QFETCH(QString, typed);
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QString error;
    const QUrl url = RequestPreparer::resolveUrl(typed, base, &error);
    QCOMPARE(url.toString(), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void RequestPreparerTest::rule1_otherHost_isRefusedNamingBothHosts()
{
    const TokenRecord token = github();
    const Provider* provider = m_catalog.provider(QStringLiteral("github"));
    const auto result = RequestPreparer::check(spec(QStringLiteral("GET"), QStringLiteral("https://evil.example/user")),
                                               &token, provider);
    QCOMPARE(result.refusal, RequestPreparer::Refusal::OtherHost);
    QVERIFY(result.message.contains(QStringLiteral("api.github.com")));
    QVERIFY(result.message.contains(QStringLiteral("evil.example")));
    QVERIFY(result.canBeConfirmed());
    // Look-alike hosts are other hosts.
    for (const char* url :
         {"https://api.github.com.evil.example/", "https://evilapi.github.com/", "https://github.com/"}) {
        QCOMPARE(
            RequestPreparer::check(spec(QStringLiteral("GET"), QString::fromLatin1(url)), &token, provider).refusal,
            RequestPreparer::Refusal::OtherHost);
    }
    QVERIFY(RequestPreparer::check(spec(QStringLiteral("GET"), QStringLiteral("https://API.GitHub.com/user")), &token,
                                   provider)
                .ok());
}

void RequestPreparerTest::rule1_sendOnce_andAddedHosts()
{
    TokenRecord token = github();
    const Provider* provider = m_catalog.provider(QStringLiteral("github"));
    RequestPreparer::Allowances once;
    once.otherHost = true;
    QVERIFY(RequestPreparer::check(spec(QStringLiteral("GET"), QStringLiteral("https://uploads.github.com/x")), &token,
                                   provider, once)
                .ok());
    token.hosts = {QStringLiteral("uploads.github.com")};
    QVERIFY(RequestPreparer::check(spec(QStringLiteral("GET"), QStringLiteral("https://uploads.github.com/x")), &token,
                                   provider)
                .ok());
}

void RequestPreparerTest::rule1_explicitPortIsPartOfTheHost_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("same port") << QStringLiteral("http://127.0.0.1:8080/api")
                               << QStringLiteral("http://127.0.0.1:8080/x") << true;
    QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:8080/api")
                                << QStringLiteral("http://127.0.0.1:9090/x") << false;
    QTest::newRow("default port") << QStringLiteral("http://127.0.0.1:8080/api") << QStringLiteral("http://127.0.0.1/x")
                                  << false;
    QTest::newRow("ipv6 same port") << QStringLiteral("http://[::1]:8080/api") << QStringLiteral("http://[::1]:8080/x")
                                    << true;
    QTest::newRow("ipv6 other port") << QStringLiteral("http://[::1]:8080/api") << QStringLiteral("http://[::1]:8081/x")
                                     << false;
    QTest::newRow("no port: any port of the host") << QStringLiteral("https://git.example.org/api/v4")
                                                   << QStringLiteral("https://git.example.org:8443/api/v4/x") << true;
}

void RequestPreparerTest::rule1_explicitPortIsPartOfTheHost()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    TokenRecord token = TokenRecord::create(QStringLiteral("c"), QStringLiteral("custom"));
    token.baseUrl = baseUrl;
    const Provider& provider = m_catalog.providerOrCustom(QStringLiteral("custom"));
    const auto result = RequestPreparer::check(spec(QStringLiteral("GET"), url), &token, &provider);
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QCOMPARE(result.refusal, RequestPreparer::Refusal::OtherHost);
    }
}

void RequestPreparerTest::rule2_plainHttp_onlyToLoopbackWithoutConfirmation_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://api.example.com") << true;
    QTest::newRow("http to a remote host") << QStringLiteral("http://api.example.com") << false;
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http to 127.0.0.2") << QStringLiteral("http://127.0.0.2:8080") << true;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost:3000") << true;
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:3000") << true;
    QTest::newRow("http to a LAN address") << QStringLiteral("http://192.168.1.10") << false;
}

void RequestPreparerTest::rule2_plainHttp_onlyToLoopbackWithoutConfirmation()
{
    QFETCH(QString, baseUrl);
    QFETCH(bool, allowed);
    TokenRecord token = TokenRecord::create(QStringLiteral("c"), QStringLiteral("custom"));
    token.baseUrl = baseUrl;
    const Provider& provider = m_catalog.providerOrCustom(QStringLiteral("custom"));
    const auto result
        = RequestPreparer::check(spec(QStringLiteral("GET"), QStringLiteral("/items")), &token, &provider);
    QCOMPARE(result.ok(), allowed);
    if (!allowed) {
        QCOMPARE(result.refusal, RequestPreparer::Refusal::PlainHttp);
        QVERIFY(result.message.contains(QStringLiteral("unencrypted")));
        RequestPreparer::Allowances confirmed;
        confirmed.plainHttp = true;
        QVERIFY(
            RequestPreparer::check(spec(QStringLiteral("GET"), QStringLiteral("/items")), &token, &provider, confirmed)
                .ok());
    }
}

void RequestPreparerTest::rule6_writes_needPermission_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("isWrite");
    QTest::newRow("GET") << QStringLiteral("GET") << QStringLiteral("/user") << QString() << false;
    QTest::newRow("HEAD") << QStringLiteral("HEAD") << QStringLiteral("/user") << QString() << false;
    QTest::newRow("lower-case get") << QStringLiteral("get") << QStringLiteral("/user") << QString() << false;
    QTest::newRow("POST") << QStringLiteral("POST") << QStringLiteral("/user/repos") << QStringLiteral("{}") << true;
    QTest::newRow("PATCH") << QStringLiteral("PATCH") << QStringLiteral("/user") << QStringLiteral("{}") << true;
    QTest::newRow("DELETE") << QStringLiteral("DELETE") << QStringLiteral("/repos/a/b") << QString() << true;
    QTest::newRow("GraphQL query") << QStringLiteral("POST") << QStringLiteral("/graphql")
                                   << QStringLiteral(R"({"query": "{ viewer { login } }"})") << false;
    QTest::newRow("GraphQL mutation") << QStringLiteral("POST") << QStringLiteral("/graphql")
                                      << QStringLiteral(
                                             R"({"query": "mutation { addStar(input: {}) { clientMutationId } }"})")
                                      << true;
}

void RequestPreparerTest::rule6_writes_needPermission()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(bool, isWrite);
    TokenRecord token = github();
    const Provider* provider = m_catalog.provider(QStringLiteral("github"));
    const auto explore = RequestPreparer::check(spec(method, path, body), &token, provider);
    QCOMPARE(explore.refusal == RequestPreparer::Refusal::Write, isWrite);
    if (isWrite) {
        QVERIFY(explore.message.contains(QStringLiteral("explore mode")));
        RequestPreparer::Allowances once;
        once.write = true;
        QVERIFY(RequestPreparer::check(spec(method, path, body), &token, provider, once).ok());
        token.writesAllowed = true;
        QVERIFY(RequestPreparer::check(spec(method, path, body), &token, provider).ok());
    }
}

void RequestPreparerTest::noToken_noChecks()
{
    const auto result = RequestPreparer::check(spec(QStringLiteral("DELETE"), QStringLiteral("http://example.com/x")),
                                               nullptr, nullptr);
    QVERIFY(result.ok());
    QVERIFY(result.request.headers.contains("User-Agent"));
}

void RequestPreparerTest::credentialHeaders_areKnownBeforeTheSecretIsAttached()
{
    TokenRecord token = TokenRecord::create(QStringLiteral("g"), QStringLiteral("gitlab"));
    const Provider* provider = m_catalog.provider(QStringLiteral("gitlab"));
    RequestSpec typed = spec(QStringLiteral("GET"), QStringLiteral("/user"));
    typed.headers = {{QStringLiteral("Cookie"), QStringLiteral("a=b")}};
    auto result = RequestPreparer::check(typed, &token, provider);
    QVERIFY(result.ok());
    QVERIFY(result.request.credentialHeaders.contains("private-token"));
    QVERIFY(result.request.credentialHeaders.contains("cookie"));
    QVERIFY(result.request.credentialHeaders.contains("authorization"));
    QVERIFY(!result.request.headers.contains("PRIVATE-TOKEN"));
    QVERIFY(RequestPreparer::attachSecret(result, *provider, token, "glpat-x").isEmpty());
    QCOMPARE(result.request.headers.value("PRIVATE-TOKEN"), QByteArray("glpat-x"));
    QCOMPARE(result.request.displayHeaders().value("PRIVATE-TOKEN"), PreparedRequest::mask().toUtf8());
    QCOMPARE(result.request.displayHeaders().value("Cookie"), PreparedRequest::mask().toUtf8());
}

void RequestPreparerTest::body_typesSetContentType()
{
    RequestSpec json
        = spec(QStringLiteral("POST"), QStringLiteral("https://example.com/"), QStringLiteral("{\"a\": 1}"));
    json.bodyType = QStringLiteral("json");
    QCOMPARE(RequestPreparer::check(json, nullptr, nullptr).request.headers.value("Content-Type"),
             QByteArray("application/json"));

    RequestSpec form = spec(QStringLiteral("POST"), QStringLiteral("https://example.com/"));
    form.bodyType = QStringLiteral("form");
    form.formFields
        = {{QStringLiteral("name"), QStringLiteral("Ada Lovelace")}, {QStringLiteral("x&y"), QStringLiteral("1=2")}};
    const auto prepared = RequestPreparer::check(form, nullptr, nullptr);
    QCOMPARE(prepared.request.headers.value("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(prepared.request.body, QByteArray("name=Ada%20Lovelace&x%26y=1%3D2"));

    RequestSpec own = json;
    own.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/vnd.api+json")}};
    QCOMPARE(RequestPreparer::check(own, nullptr, nullptr).request.headers.values("Content-Type").size(), 1);
}

void RequestPreparerTest::missingProviderValue_isRefused()
{
    TokenRecord token = TokenRecord::create(QStringLiteral("h"), QStringLiteral("harvest"));
    const auto result = RequestPreparer::check(spec(QStringLiteral("GET"), QStringLiteral("/users/me")), &token,
                                               m_catalog.provider(QStringLiteral("harvest")));
    QCOMPARE(result.refusal, RequestPreparer::Refusal::MissingValue);
    QVERIFY(result.message.contains(QStringLiteral("accountId")));
}

QTEST_GUILESS_MAIN(RequestPreparerTest)
#include "RequestPreparerTest.moc"
