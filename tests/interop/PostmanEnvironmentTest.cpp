// Postman environments: secret values become credentials (never variables),
// the rest variables; export leaves secret values empty unless asked.
#include "interop/PostmanEnvironment.h"

#include "InteropTestSupport.h"
#include "interop/CredentialExtractor.h"
#include "providers/ProviderCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace InteropTest;

class PostmanEnvironmentTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsValuesAndSecrets();
    void secretNames_data();
    void secretNames();
    void exportsWithoutSecrets();
    void exportsSecretsWhenAsked();
    void roundTrip();
    void malformed_data();
    void malformed();

private:
    ProviderCatalog m_catalog;
};

void PostmanEnvironmentTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
}

void PostmanEnvironmentTest::importsValuesAndSecrets()
{
    const ImportResult result
        = PostmanEnvironment::parse(readFixture(QStringLiteral("postman/github.postman_environment.json")), &m_catalog);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.format, ImportFormat::PostmanEnvironment);
    QCOMPARE(result.name, QStringLiteral("GitHub (production)"));
    QVERIFY(result.requests.isEmpty());
    QCOMPARE(result.variables,
             (QList<ImportResult::Variable> {
                 {QStringLiteral("baseUrl"), QStringLiteral("https://api.github.com")},
                 {QStringLiteral("org"), QStringLiteral("octo-org")},
                 {QStringLiteral("tokenUrl"), QStringLiteral("https://github.com/login/oauth/access_token")},
                 {QStringLiteral("per_page"), QStringLiteral("100")}}));
    QCOMPARE(result.credentials.size(), 3);
    const DetectedCredential* github = result.credential(QStringLiteral("github_token")); // type "secret"
    QVERIFY(github);
    QCOMPARE(github->kind, DetectedCredential::Kind::Variable);
    QCOMPARE(github->secret, QByteArray("ghp_KLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFR"));
    QCOMPARE(github->providerId, QStringLiteral("github"));
    QCOMPARE(github->host, QStringLiteral("api.github.com"));
    const DetectedCredential* apiKey = result.credential(QStringLiteral("apiKey")); // by its name
    QVERIFY(apiKey);
    QCOMPARE(apiKey->secret, QByteArray("k3y-8f14e45fceea167a5a36dedd4bea2543"));
    const DetectedCredential* notion = result.credential(QStringLiteral("notion")); // by its value
    QVERIFY(notion);
    QCOMPARE(notion->providerId, QStringLiteral("notion"));
    QVERIFY(!result.credential(QStringLiteral("old_token"))); // disabled
    QVERIFY(result.notes.join(QLatin1Char(' ')).contains(QStringLiteral("disabled")));
    const QByteArray stored = everythingStored(result);
    for (const DetectedCredential& credential : result.credentials) {
        QVERIFY(!stored.contains(credential.secret));
    }
}

void PostmanEnvironmentTest::secretNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    for (const char* name : {"token", "github_token", "accessToken", "APIKey", "api_key", "apikey", "client_secret",
                             "password", "db-password", "authToken", "bearer", "jwt", "sessionCookie", "PAT"}) {
        QTest::newRow(name) << QString::fromLatin1(name) << true;
    }
    for (const char* name : {"baseUrl", "tokenUrl", "key_id", "pageToken", "next_token", "token_type", "username",
                             "email", "org", "keyword", "monkey", "api_version", "author", "auth_url"}) {
        QTest::newRow(name) << QString::fromLatin1(name) << false;
    }
}

void PostmanEnvironmentTest::secretNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(CredentialExtractor::looksSecretName(name), secret);
}

void PostmanEnvironmentTest::exportsWithoutSecrets()
{
    const QByteArray secret = "ghp_KLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFR";
    const QByteArray json = PostmanEnvironment::write(
        QStringLiteral("GitHub"), {{QStringLiteral("baseUrl"), QStringLiteral("https://api.github.com")}},
        {{QStringLiteral("token"), secret}});
    QVERIFY(!json.contains(secret));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("name")).toString(), QStringLiteral("GitHub"));
    QCOMPARE(root.value(QStringLiteral("_postman_variable_scope")).toString(), QStringLiteral("environment"));
    QVERIFY(!root.value(QStringLiteral("id")).toString().isEmpty());
    const QJsonArray values = root.value(QStringLiteral("values")).toArray();
    QCOMPARE(values.size(), 2);
    const QJsonObject token = values.at(1).toObject();
    QCOMPARE(token.value(QStringLiteral("key")).toString(), QStringLiteral("token"));
    QCOMPARE(token.value(QStringLiteral("value")).toString(), QString());
    QCOMPARE(token.value(QStringLiteral("type")).toString(), QStringLiteral("secret"));
    QCOMPARE(token.value(QStringLiteral("enabled")).toBool(), true);
}

void PostmanEnvironmentTest::exportsSecretsWhenAsked()
{
    const QByteArray secret = "glpat-2O76UMFxFkM_R5Kjp1vR";
    const QByteArray json = PostmanEnvironment::write(QStringLiteral("GitLab"), {}, {{QStringLiteral("token"), secret}},
                                                      true, QStringLiteral("fixed-id"));
    QVERIFY(json.contains(secret));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("id")).toString(), QStringLiteral("fixed-id"));
}

void PostmanEnvironmentTest::roundTrip()
{
    const QList<PostmanEnvironment::Variable> variables {
        {QStringLiteral("baseUrl"), QStringLiteral("https://gitlab.com/api/v4")},
        {QStringLiteral("group"), QStringLiteral("my-group")}};
    const QByteArray secret = "glpat-2O76UMFxFkM_R5Kjp1vR";
    const ImportResult empty = PostmanEnvironment::parse(
        PostmanEnvironment::write(QStringLiteral("GitLab"), variables, {{QStringLiteral("gitlab_token"), secret}}),
        &m_catalog);
    QVERIFY(empty.ok());
    QCOMPARE(empty.variables, variables);
    QCOMPARE(empty.credentials.size(), 1);
    QCOMPARE(empty.credentials.first().reference, QStringLiteral("gitlab_token"));
    QVERIFY(!empty.credentials.first().hasSecret());

    const ImportResult full
        = PostmanEnvironment::parse(PostmanEnvironment::write(QStringLiteral("GitLab"), variables,
                                                              {{QStringLiteral("gitlab_token"), secret}}, true),
                                    &m_catalog);
    QVERIFY(full.ok());
    QCOMPARE(full.credentials.first().secret, secret);
    QCOMPARE(full.credentials.first().providerId, QStringLiteral("gitlab"));
    QCOMPARE(full.credentials.first().host, QStringLiteral("gitlab.com"));
}

void PostmanEnvironmentTest::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");

    QTest::newRow("truncated") << QByteArray("{\"name\": \"x\",\n \"values\": [\n {\"key\": \"a\", \"value\": \"b")
                               << QString() << 3;
    QTest::newRow("no values") << QByteArray(R"({"name": "x"})") << QStringLiteral("the top level") << 0;
    QTest::newRow("values not a list") << QByteArray(R"({"name": "x", "values": {}})") << QStringLiteral("values") << 0;
    QTest::newRow("value not an object") << QByteArray(R"({"name": "x", "values": [{"key": "a"}, 7]})")
                                         << QStringLiteral("values[1]") << 0;
    QTest::newRow("key a list") << QByteArray(R"({"name": "x", "values": [{"key": []}]})")
                                << QStringLiteral("values[0].key") << 0;
    QTest::newRow("name an object") << QByteArray(R"({"name": {}, "values": []})") << QStringLiteral("name") << 0;
}

void PostmanEnvironmentTest::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(int, line);
    const ImportResult result = PostmanEnvironment::parse(json, &m_catalog);
    QVERIFY(!result.ok());
    QVERIFY(result.variables.isEmpty());
    QVERIFY(result.credentials.isEmpty());
    QCOMPARE(result.error.path, path);
    QCOMPARE(result.error.line, line);
}

QTEST_GUILESS_MAIN(PostmanEnvironmentTest)
#include "PostmanEnvironmentTest.moc"
