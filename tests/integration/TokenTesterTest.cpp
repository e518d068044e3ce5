// "Test token" against the provider-shaped local server, reached through each
// token's base-URL override — the same override self-hosted services use.
#include "providers/TokenTester.h"

#include "HttpTestSupport.h"
#include "MemorySecretStore.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QDir>
#include <QTemporaryDir>

using namespace HttpTest;

class TokenTesterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void github_accountScopesExpiryRateLimit();
    void gitlab_userThenTokenDetails();
    void revokedToken_isRejectedWithTheServicesHint();
    void harvest_needsAccountAndUserAgent();
    void typeformAndContentful_accounts();
    void tokenSentOnlyToItsHost();
    void unreachableService_isANetworkFailure();
    void parseDate_data();
    void parseDate();

private:
    QString add(const QString& provider, const QString& baseUrl, const QByteArray& secret,
                const QJsonObject& fields = {});
    TokenTester::Facts test(const QString& id);

    QTemporaryDir m_dir;
    MemorySecretStore m_store;
    std::unique_ptr<TokenVault> m_vault;
    ProviderCatalog m_catalog;
    RequestRunner m_runner;
};

void TokenTesterTest::initTestCase()
{
    QVERIFY2(!provider().isEmpty(), "run inside tests/fixtures/test-env.sh");
    m_catalog = ProviderCatalog::load();
}

void TokenTesterTest::init()
{
    m_vault = std::make_unique<TokenVault>(
        &m_store, QDir(m_dir.path()).filePath(QStringLiteral("tokens-%1.json").arg(QTest::currentTestFunction())));
    m_vault->load();
}

QString TokenTesterTest::add(const QString& providerId, const QString& baseUrl, const QByteArray& secret,
                             const QJsonObject& fields)
{
    TokenRecord record = TokenRecord::create(providerId + QString::number(m_vault->tokens().size()), providerId);
    record.baseUrl = baseUrl;
    record.fields = fields;
    QString id;
    m_vault->addToken(record, QString::fromUtf8(secret), [&id](const TokenVault::Result& r) { id = r.tokenId; });
    [&] { QTRY_VERIFY(!id.isEmpty()); }();
    return id;
}

TokenTester::Facts TokenTesterTest::test(const QString& id)
{
    TokenTester tester(*m_vault, m_catalog, m_runner);
    std::optional<TokenTester::Facts> facts;
    tester.test(id, [&facts](const TokenTester::Facts& f) { facts = f; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(facts.has_value(), 30000); }();
    return facts.value_or(TokenTester::Facts());
}

void TokenTesterTest::github_accountScopesExpiryRateLimit()
{
    const QString id = add(QStringLiteral("github"), provider() + QStringLiteral("/github"),
                           "ghp_LocalTest0123456789abcdefghijklmnop");
    const TokenTester::Facts facts = test(id);
    QVERIFY2(facts.accepted, qPrintable(facts.message));
    QCOMPARE(facts.account, QStringLiteral("octocat"));
    QCOMPARE(facts.accountId, QStringLiteral("583231"));
    QCOMPARE(facts.email, QStringLiteral("octocat@example.com"));
    QVERIFY(facts.scopesKnown);
    QCOMPARE(facts.scopes, (QStringList {QStringLiteral("repo"), QStringLiteral("read:user")}));
    QCOMPARE(facts.expires, QDateTime(QDate(2027, 1, 15), QTime(10, 0), Qt::UTC));
    QVERIFY2(facts.rateLimit.contains(QStringLiteral("4,987")), qPrintable(facts.rateLimit));
    QVERIFY(facts.message.contains(QStringLiteral("It belongs to octocat")));

    // The facts are remembered in the token's metadata.
    const TokenRecord record = *m_vault->token(id);
    QCOMPARE(record.account, QStringLiteral("octocat"));
    QCOMPARE(record.scopes, facts.scopes);
    QCOMPARE(record.expiresAt, facts.expires);
    QVERIFY(record.lastCheckedAt.isValid());
    QVERIFY(record.lastUsedAt.isValid());
    QCOMPARE(record.fields.value(QStringLiteral("me")).toString(), QStringLiteral("583231"));
}

void TokenTesterTest::gitlab_userThenTokenDetails()
{
    const QString id
        = add(QStringLiteral("gitlab"), provider() + QStringLiteral("/gitlab/api/v4"), "glpat-abcdefghij0123456789");
    const TokenTester::Facts facts = test(id);
    QVERIFY2(facts.accepted, qPrintable(facts.message));
    QCOMPARE(facts.account, QStringLiteral("tanuki"));
    QCOMPARE(facts.scopes, (QStringList {QStringLiteral("read_api"), QStringLiteral("read_user")}));
    QCOMPARE(facts.expires.date(), QDate(2027, 3, 1));
}

void TokenTesterTest::revokedToken_isRejectedWithTheServicesHint()
{
    const QString id = add(QStringLiteral("github"), provider() + QStringLiteral("/github"),
                           "ghp_revoked000000000000000000000000000");
    const TokenTester::Facts facts = test(id);
    QVERIFY(!facts.accepted);
    QCOMPARE(facts.failure, TokenTester::Failure::Rejected);
    QCOMPARE(facts.status, 401);
    QVERIFY2(facts.message.contains(QStringLiteral("GitHub did not accept this token")), qPrintable(facts.message));
    QVERIFY(!facts.message.contains(QStringLiteral("ghp_revoked")));
    QVERIFY(m_vault->token(id)->account.isEmpty());
    QVERIFY(!m_vault->token(id)->lastCheckedAt.isValid());
}

void TokenTesterTest::harvest_needsAccountAndUserAgent()
{
    const QString id = add(QStringLiteral("harvest"), provider() + QStringLiteral("/harvest/v2"), "harvest-local-token",
                           {{QStringLiteral("accountId"), QStringLiteral("123456")}});
    const TokenTester::Facts facts = test(id);
    QVERIFY2(facts.accepted, qPrintable(facts.message));
    QVERIFY(!facts.account.isEmpty());

    const QString noAccount
        = add(QStringLiteral("harvest"), provider() + QStringLiteral("/harvest/v2"), "harvest-local-token");
    const TokenTester::Facts refused = test(noAccount);
    QCOMPARE(refused.failure, TokenTester::Failure::Refused);
    QVERIFY(refused.message.contains(QStringLiteral("accountId")));
}

void TokenTesterTest::typeformAndContentful_accounts()
{
    const TokenTester::Facts typeform
        = test(add(QStringLiteral("typeform"), provider() + QStringLiteral("/typeform"), "tfp_localtest"));
    QVERIFY2(typeform.accepted, qPrintable(typeform.message));
    QVERIFY(!typeform.account.isEmpty());
    const TokenTester::Facts contentful
        = test(add(QStringLiteral("contentful"), provider() + QStringLiteral("/contentful"), "CFPAT-localtest"));
    QVERIFY2(contentful.accepted, qPrintable(contentful.message));
    QVERIFY(!contentful.account.isEmpty());
}

void TokenTesterTest::tokenSentOnlyToItsHost()
{
    // A GitHub Enterprise host the test cannot reach: the request goes there and nowhere else.
    const QString id
        = add(QStringLiteral("github"), QString(), "ghp_x", {{QStringLiteral("host"), QStringLiteral("ghe.invalid")}});
    const TokenTester::Facts facts = test(id);
    QCOMPARE(facts.failure, TokenTester::Failure::Network);
    QVERIFY2(facts.message.contains(QStringLiteral("ghe.invalid")), qPrintable(facts.message));
}

void TokenTesterTest::unreachableService_isANetworkFailure()
{
    const QString id
        = add(QStringLiteral("gitlab"), QStringLiteral("http://127.0.0.1:%1/api/v4").arg(closedPort()), "glpat-x");
    const TokenTester::Facts facts = test(id);
    QCOMPARE(facts.failure, TokenTester::Failure::Network);
    QVERIFY(facts.message.contains(QStringLiteral("refused the connection")));
}

void TokenTesterTest::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("github header") << QStringLiteral("2021-10-07 19:07:53 UTC")
                                   << QDateTime(QDate(2021, 10, 7), QTime(19, 7, 53), Qt::UTC);
    QTest::newRow("iso") << QStringLiteral("2027-02-01T00:00:00Z")
                         << QDateTime(QDate(2027, 2, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("iso with offset") << QStringLiteral("2027-02-01T02:00:00+02:00")
                                     << QDateTime(QDate(2027, 2, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("bare date: end of day")
        << QStringLiteral("2027-03-01") << QDateTime(QDate(2027, 3, 1), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("epoch") << QStringLiteral("1800000000") << QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    QTest::newRow("nonsense") << QStringLiteral("soon") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TokenTesterTest::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(TokenTester::parseDate(text), expected);
}

QTEST_GUILESS_MAIN(TokenTesterTest)
#include "TokenTesterTest.moc"
