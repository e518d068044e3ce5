// Taking credentials out of requests: which headers and parameters carry
// one, which values only refer to one, one credential per secret, and no
// secret byte left in the request or its JSON.
#include "interop/CredentialExtractor.h"

#include "InteropTestSupport.h"
#include "providers/ProviderCatalog.h"

#include <QTest>

using namespace InteropTest;

class CredentialExtractorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headerNames_data();
    void headerNames();
    void parameterNames_data();
    void parameterNames();
    void references_data();
    void references();
    void extractsEverywhere();
    void sameSecretOnce();
    void variablesGiveSecrets();
    void suggestsProviders_data();
    void suggestsProviders();
    void dryRunJsonHasNoSecret();

private:
    ProviderCatalog m_catalog;
};

void CredentialExtractorTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
}

void CredentialExtractorTest::headerNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("credential");
    for (const char* name : {"Authorization", "authorization", "Proxy-Authorization", "Cookie", "PRIVATE-TOKEN",
                             "X-Figma-Token", "X-Shopify-Access-Token", "X-Api-Key", "x-apikey", "X-Auth-Token",
                             "Ocp-Apim-Subscription-Key", "X-Vault-Token", "DD-API-KEY", "X-Client-Secret"}) {
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    }
    for (const char* name : {"Accept", "Content-Type", "User-Agent", "Harvest-Account-Id", "X-GitHub-Api-Version",
                             "Notion-Version", "X-CSRF-Token", "X-XSRF-TOKEN", "Idempotency-Key", "X-Request-Id"}) {
        QTest::newRow(name) << QString::fromLatin1(name) << false;
    }
}

void CredentialExtractorTest::headerNames()
{
    QFETCH(QString, name);
    QFETCH(bool, credential);
    QCOMPARE(CredentialExtractor::isCredentialHeader(name), credential);
}

void CredentialExtractorTest::parameterNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("credential");
    for (const char* name : {"access_token", "token", "api_key", "apiKey", "key", "private_token", "auth_token",
                             "client_secret", "password", "api-token"}) {
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    }
    for (const char* name : {"page", "per_page", "page_token", "pageToken", "sync_token", "next", "cursor",
                             "token_type", "keyword", "q"}) {
        QTest::newRow(name) << QString::fromLatin1(name) << false;
    }
}

void CredentialExtractorTest::parameterNames()
{
    QFETCH(QString, name);
    QFETCH(bool, credential);
    QCOMPARE(CredentialExtractor::isCredentialParameter(name), credential);
}

void CredentialExtractorTest::references_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("isReference");
    QTest::addColumn<QString>("variable");

    QTest::newRow("{{token}}") << "{{token}}" << true << "token";
    QTest::newRow("{{ spaced }}") << "{{ api.key }}" << true << "api.key";
    QTest::newRow("$TOKEN") << "$TOKEN" << true << "TOKEN";
    QTest::newRow("${TOKEN}") << "${TOKEN}" << true << "TOKEN";
    QTest::newRow("%TOKEN%") << "%TOKEN%" << true << "TOKEN";
    QTest::newRow("$env:TOKEN") << "$env:TOKEN" << true << "TOKEN";
    QTest::newRow("$LATCHKEY_TOKEN") << "$LATCHKEY_TOKEN" << true << "token";
    QTest::newRow("<YOUR-TOKEN>") << "<YOUR-TOKEN>" << true << "";
    QTest::newRow("<your_access_token>") << "<your_access_token>" << true << "";
    QTest::newRow("{your_access_token}") << "{your_access_token}" << true << "";
    QTest::newRow("[token]") << "[token]" << true << "";
    QTest::newRow("YOUR_API_KEY") << "YOUR_API_KEY" << true << "";
    QTest::newRow("your token here") << "your token here" << true << "";
    QTest::newRow("ACCESS_TOKEN word") << "ACCESS_TOKEN" << true << "";
    QTest::newRow("token word") << "token" << true << "";
    QTest::newRow("masked") << "••••••" << true << "";
    QTest::newRow("xxxx") << "xxxxxxxx" << true << "";
    QTest::newRow("empty") << "" << true << "";
    QTest::newRow("GitHub token") << "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d" << false << "";
    QTest::newRow("JWT") << "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig" << false << "";
    QTest::newRow("short secret") << "s3cr3t" << false << "";
    QTest::newRow("half a template") << "{{token" << false << "";
}

void CredentialExtractorTest::references()
{
    QFETCH(QString, value);
    QFETCH(bool, isReference);
    QFETCH(QString, variable);
    const CredentialExtractor::Reference reference = CredentialExtractor::referenceIn(value);
    QCOMPARE(reference.isReference, isReference);
    QCOMPARE(reference.variable, variable);
}

void CredentialExtractorTest::extractsEverywhere()
{
    CredentialExtractor extractor(&m_catalog);
    ImportedRequest request;
    request.spec = spec(
        "GET", "https://ada:pa55@api.example.com/v1/x?a=1&api_key=k3y&b=2#frag",
        {"Accept: */*", "Authorization: Bearer t0k3n", "Cookie: sid=c00k", "X-Api-Key: h3ad3r", "Authorization:   "});
    extractor.extract(request);
    QCOMPARE(request.spec.url, QStringLiteral("https://api.example.com/v1/x?a=1&b=2#frag"));
    QCOMPARE(request.spec.headers, fields({"Accept: */*", "Authorization:"}));
    QCOMPARE(authStrings(request),
             (QStringList {"bearer Authorization token", "cookie Cookie cookie", "header X-Api-Key token_2",
                           "basic Authorization token_3", "query api_key token_4"}));
    const QList<DetectedCredential>& found = extractor.credentials();
    QCOMPARE(found.size(), 5);
    QCOMPARE(found[3].username, QStringLiteral("ada"));
    QCOMPARE(found[3].secret, QByteArray("pa55"));
    for (const DetectedCredential& credential : found) {
        QCOMPARE(credential.host, QStringLiteral("api.example.com"));
        QVERIFY(!describe(request.spec).toUtf8().contains(credential.secret));
    }

    // An Authorization value that is no known scheme stays whole; a broken Basic too.
    ImportedRequest raw;
    raw.spec = spec("GET", "https://x.example/", {"Authorization: Basic not*base64", "Authorization: Digest a=b"});
    CredentialExtractor second;
    second.extract(raw);
    QCOMPARE(second.credentials().size(), 2);
    QCOMPARE(second.credentials()[0].secret, QByteArray("Basic not*base64"));
    QCOMPARE(second.credentials()[0].kind, DetectedCredential::Kind::Authorization);
    QCOMPARE(second.credentials()[1].secret, QByteArray("Digest a=b"));
}

void CredentialExtractorTest::sameSecretOnce()
{
    CredentialExtractor extractor(&m_catalog);
    ImportedRequest a;
    a.spec = spec("GET", "https://api.github.com/user",
                  {"Authorization: Bearer ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d"});
    ImportedRequest b;
    b.spec = spec("GET", "https://api.github.com/user/repos?access_token=ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d");
    ImportedRequest c;
    c.spec
        = spec("GET", "https://api.github.com/zen", {"Authorization: Bearer ghp_KLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFR"});
    extractor.extract(a);
    extractor.extract(b);
    extractor.extract(c);
    QCOMPARE(extractor.credentials().size(), 2);
    QCOMPARE(authStrings(a), QStringList {"bearer Authorization token"});
    QCOMPARE(authStrings(b), QStringList {"query access_token token"});
    QCOMPARE(authStrings(c), QStringList {"bearer Authorization token_2"});
}

void CredentialExtractorTest::variablesGiveSecrets()
{
    CredentialExtractor extractor(&m_catalog);
    extractor.setPlainValues({{QStringLiteral("host"), QStringLiteral("gitlab.example.com")}});
    extractor.setSecretValues({{QStringLiteral("gl"), QStringLiteral("glpat-2O76UMFxFkM_R5Kjp1vR")},
                               {QStringLiteral("other"), QStringLiteral("{{gl}}")}});
    ImportedRequest request;
    request.spec = spec("GET", "https://{{host}}/api/v4/user", {"PRIVATE-TOKEN: {{gl}}"});
    extractor.extract(request);
    QCOMPARE(extractor.credentials().size(), 1);
    const DetectedCredential& credential = extractor.credentials().first();
    QCOMPARE(credential.reference, QStringLiteral("gl"));
    QCOMPARE(credential.secret, QByteArray("glpat-2O76UMFxFkM_R5Kjp1vR"));
    QCOMPARE(credential.host, QStringLiteral("gitlab.example.com"));
    QCOMPARE(credential.providerId, QStringLiteral("gitlab"));
    QCOMPARE(extractor.referencedVariables(), QStringList {QStringLiteral("gl")});

    // A variable whose value is itself a reference gives no secret.
    ImportedRequest indirect;
    indirect.spec = spec("GET", "https://x.example/", {"X-Api-Key: {{other}}"});
    extractor.extract(indirect);
    QVERIFY(!extractor.credentials().last().hasSecret());
}

void CredentialExtractorTest::suggestsProviders_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("provider");

    QTest::newRow("prefix wins over host") << QByteArray("glpat-abc") << "api.github.com"
                                           << "gitlab";
    QTest::newRow("GitHub host") << QByteArray() << "api.github.com"
                                 << "github";
    QTest::newRow("GitHub web host") << QByteArray() << "github.com"
                                     << "github";
    QTest::newRow("GitLab.com") << QByteArray() << "gitlab.com"
                                << "gitlab";
    QTest::newRow("Harvest extra host") << QByteArray() << "id.getharvest.com"
                                        << "harvest";
    QTest::newRow("Typeform EU region") << QByteArray() << "api.eu.typeform.com"
                                        << "typeform";
    QTest::newRow("Contentful CDN") << QByteArray() << "cdn.contentful.com"
                                    << "contentful";
    QTest::newRow("Jira site") << QByteArray() << "acme.atlassian.net"
                               << "jira";
    QTest::newRow("Shopify shop") << QByteArray() << "acme.myshopify.com"
                                  << "shopify";
    QTest::newRow("unknown") << QByteArray("abc") << "api.example.com"
                             << "";
    QTest::newRow("lookalike host") << QByteArray() << "github.com.evil.example"
                                    << "";
}

void CredentialExtractorTest::suggestsProviders()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, host);
    QFETCH(QString, provider);
    const CredentialExtractor extractor(&m_catalog);
    QCOMPARE(extractor.suggestProvider(secret, host), provider);
    QCOMPARE(CredentialExtractor().suggestProvider(secret, host), QString()); // without a catalog: no guess
}

void CredentialExtractorTest::dryRunJsonHasNoSecret()
{
    DetectedCredential credential;
    credential.kind = DetectedCredential::Kind::Basic;
    credential.name = QStringLiteral("Authorization");
    credential.secret = "hunter2-very-secret";
    credential.username = QStringLiteral("ada");
    credential.reference = QStringLiteral("token");
    const QByteArray json = QJsonDocument(credential.toJson()).toJson();
    QVERIFY(!json.contains("hunter2"));
    QVERIFY(json.contains("\"hasSecret\": true"));
    QVERIFY(json.contains("ada"));
    QVERIFY(!credential.describe().contains(QStringLiteral("hunter2")));
}

QTEST_GUILESS_MAIN(CredentialExtractorTest)
#include "CredentialExtractorTest.moc"
