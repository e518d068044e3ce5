// Each service gets its token exactly the way its documentation says: the
// headers are compared literally.
#include "http/AuthApplier.h"

#include "http/PreparedRequest.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenRecord.h"

#include <QTest>
#include <QUrlQuery>

class AuthApplierTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headers_data();
    void headers();
    void trello_keyAndTokenInTheQuery();
    void customApi_headerOrQuery_data();
    void customApi_headerOrQuery();
    void missingField_isNamed();

private:
    PreparedRequest apply(const QString& providerId, const QJsonObject& fields, const QByteArray& secret,
                          QString* problem = nullptr);
    ProviderCatalog m_catalog;
};

void AuthApplierTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
}

PreparedRequest AuthApplierTest::apply(const QString& providerId, const QJsonObject& fields, const QByteArray& secret,
                                       QString* problem)
{
    TokenRecord token = TokenRecord::create(QStringLiteral("t"), providerId);
    token.fields = fields;
    const Provider& provider = m_catalog.providerOrCustom(providerId);
    PreparedRequest request;
    request.url = QUrl(provider.baseUrlFor(token) + QStringLiteral("/x"));
    QString headerProblem = AuthApplier::applyHeaders(request, provider, token);
    QString secretProblem = AuthApplier::applySecret(request, provider, token, secret);
    if (problem) {
        *problem = headerProblem + secretProblem;
    }
    return request;
}

void AuthApplierTest::headers_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("github bearer") << QStringLiteral("github") << QJsonObject() << QByteArray("Authorization")
                                   << QByteArray("Bearer ghp_secret");
    QTest::newRow("github api version") << QStringLiteral("github") << QJsonObject()
                                        << QByteArray("X-GitHub-Api-Version") << QByteArray("2022-11-28");
    QTest::newRow("gitlab private-token")
        << QStringLiteral("gitlab") << QJsonObject() << QByteArray("PRIVATE-TOKEN") << QByteArray("ghp_secret");
    QTest::newRow("figma") << QStringLiteral("figma") << QJsonObject() << QByteArray("X-Figma-Token")
                           << QByteArray("ghp_secret");
    QTest::newRow("shopify") << QStringLiteral("shopify")
                             << QJsonObject {{QStringLiteral("host"), QStringLiteral("shop.myshopify.com")}}
                             << QByteArray("X-Shopify-Access-Token") << QByteArray("ghp_secret");
    QTest::newRow("linear raw") << QStringLiteral("linear") << QJsonObject() << QByteArray("Authorization")
                                << QByteArray("ghp_secret");
    QTest::newRow("jira basic email:token")
        << QStringLiteral("jira")
        << QJsonObject {{QStringLiteral("email"), QStringLiteral("ada@example.com")},
                        {QStringLiteral("host"), QStringLiteral("acme.atlassian.net")}}
        << QByteArray("Authorization") << QByteArray("Basic " + QByteArray("ada@example.com:ghp_secret").toBase64());
    QTest::newRow("zendesk basic email/token:token")
        << QStringLiteral("zendesk")
        << QJsonObject {{QStringLiteral("email"), QStringLiteral("ada@example.com")},
                        {QStringLiteral("host"), QStringLiteral("acme.zendesk.com")}}
        << QByteArray("Authorization")
        << QByteArray("Basic " + QByteArray("ada@example.com/token:ghp_secret").toBase64());
    QTest::newRow("harvest bearer") << QStringLiteral("harvest")
                                    << QJsonObject {{QStringLiteral("accountId"), QStringLiteral("123456")}}
                                    << QByteArray("Authorization") << QByteArray("Bearer ghp_secret");
    QTest::newRow("harvest account id") << QStringLiteral("harvest")
                                        << QJsonObject {{QStringLiteral("accountId"), QStringLiteral("123456")}}
                                        << QByteArray("Harvest-Account-Id") << QByteArray("123456");
    QTest::newRow("notion version") << QStringLiteral("notion") << QJsonObject() << QByteArray("Notion-Version")
                                    << QByteArray("2022-06-28");
    QTest::newRow("typeform bearer") << QStringLiteral("typeform") << QJsonObject() << QByteArray("Authorization")
                                     << QByteArray("Bearer ghp_secret");
    QTest::newRow("contentful bearer") << QStringLiteral("contentful") << QJsonObject() << QByteArray("Authorization")
                                       << QByteArray("Bearer ghp_secret");
}

void AuthApplierTest::headers()
{
    QFETCH(QString, provider);
    QFETCH(QJsonObject, fields);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QString problem;
    const PreparedRequest request = apply(provider, fields, "ghp_secret", &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(request.headers.value(header), value);
    QCOMPARE(request.headers.values(header).size(), 1);
    // The header that carries the secret is masked wherever the request is shown.
    const HttpHeaders shownHeaders = request.displayHeaders();
    QVERIFY(!shownHeaders.isEmpty());
    for (const HttpHeaders::Header& shown : shownHeaders.list()) {
        QVERIFY2(!shown.second.contains("ghp_secret"), shown.first.constData());
    }
}

void AuthApplierTest::trello_keyAndTokenInTheQuery()
{
    const PreparedRequest request
        = apply(QStringLiteral("trello"), {{QStringLiteral("apiKey"), QStringLiteral("public-key")}}, "ATTAsecret");
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(QStringLiteral("key")), QStringLiteral("public-key"));
    QCOMPARE(query.queryItemValue(QStringLiteral("token")), QStringLiteral("ATTAsecret"));
    QVERIFY(!request.headers.contains("Authorization"));
    QVERIFY(!request.displayUrl().toString().contains(QStringLiteral("ATTAsecret")));
}

void AuthApplierTest::customApi_headerOrQuery_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("query");
    QTest::newRow("bearer") << QStringLiteral("bearer") << QString() << QByteArray("Bearer s3cr3t") << QString();
    QTest::newRow("own header") << QStringLiteral("header") << QStringLiteral("X-API-Key") << QByteArray("s3cr3t")
                                << QString();
    QTest::newRow("query") << QStringLiteral("query") << QStringLiteral("api_key") << QByteArray()
                           << QStringLiteral("s3cr3t");
}

void AuthApplierTest::customApi_headerOrQuery()
{
    QFETCH(QString, scheme);
    QFETCH(QString, name);
    QFETCH(QByteArray, header);
    QFETCH(QString, query);
    TokenRecord token = TokenRecord::create(QStringLiteral("c"), QStringLiteral("custom"));
    token.baseUrl = QStringLiteral("https://api.example.com");
    token.fields = {{QStringLiteral("authScheme"), scheme}, {QStringLiteral("authName"), name}};
    const Provider& provider = m_catalog.providerOrCustom(QStringLiteral("custom"));
    PreparedRequest request;
    request.url = QUrl(QStringLiteral("https://api.example.com/items"));
    QVERIFY(AuthApplier::applySecret(request, provider, token, "s3cr3t").isEmpty());
    if (scheme == QStringLiteral("bearer")) {
        QCOMPARE(request.headers.value("Authorization"), header);
    } else if (scheme == QStringLiteral("header")) {
        QCOMPARE(request.headers.value(name.toLatin1()), header);
        QVERIFY(request.credentialHeaders.contains(name.toLatin1().toLower()));
    } else {
        QCOMPARE(QUrlQuery(request.url).queryItemValue(name), query);
        QVERIFY(request.credentialQueryItems.contains(name));
    }
}

void AuthApplierTest::missingField_isNamed()
{
    QString problem;
    apply(QStringLiteral("harvest"), {}, "x", &problem);
    QVERIFY2(problem.contains(QStringLiteral("accountId")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(AuthApplierTest)
#include "AuthApplierTest.moc"
