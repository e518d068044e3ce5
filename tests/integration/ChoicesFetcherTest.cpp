// Harvest's account is chosen from a list fetched with the pasted token.
#include "providers/ChoicesFetcher.h"

#include "HttpTestSupport.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenRecord.h"

using namespace HttpTest;

class ChoicesFetcherTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void harvestAccounts_areListed();
    void badToken_saysSo();
    void parse_data();
    void parse();

private:
    ChoicesFetcher::Result fetch(const QByteArray& secret);
    ProviderCatalog m_catalog;
    RequestRunner m_runner;
};

void ChoicesFetcherTest::initTestCase()
{
    QVERIFY2(!provider().isEmpty(), "run inside tests/fixtures/test-env.sh");
    m_catalog = ProviderCatalog::load();
}

ChoicesFetcher::Result ChoicesFetcherTest::fetch(const QByteArray& secret)
{
    TokenRecord token = TokenRecord::create(QStringLiteral("Harvest"), QStringLiteral("harvest"));
    token.baseUrl = provider() + QStringLiteral("/harvest/v2"); // id.getharvest.com maps to the same local server
    ChoicesFetcher fetcher(m_runner);
    std::optional<ChoicesFetcher::Result> result;
    fetcher.fetch(*m_catalog.provider(QStringLiteral("harvest")), token, secret, QStringLiteral("accountId"),
                  [&result](const ChoicesFetcher::Result& r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
    return result.value_or(ChoicesFetcher::Result());
}

void ChoicesFetcherTest::harvestAccounts_areListed()
{
    const ChoicesFetcher::Result result = fetch("harvest-local-token");
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.choices.size(), 2);
    QCOMPARE(result.choices.at(0), (ChoicesFetcher::Choice {QStringLiteral("Acme Studio"), QStringLiteral("123456")}));
    QCOMPARE(result.choices.at(1).second, QStringLiteral("654321"));
}

void ChoicesFetcherTest::badToken_saysSo()
{
    const ChoicesFetcher::Result result = fetch("revoked-token");
    QVERIFY(result.choices.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("401")), qPrintable(result.error));
}

void ChoicesFetcherTest::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");
    QTest::newRow("accounts") << QByteArray(R"({"accounts": [{"id": 1, "name": "A"}, {"id": 2}]})") << 2;
    QTest::newRow("no list") << QByteArray(R"({"user": {}})") << 0;
    QTest::newRow("not json") << QByteArray("<html>") << 0;
    QTest::newRow("items without ids") << QByteArray(R"({"accounts": [{"name": "A"}]})") << 0;
}

void ChoicesFetcherTest::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);
    const QJsonObject spec {{QStringLiteral("items"), QStringLiteral("accounts")},
                            {QStringLiteral("value"), QStringLiteral("id")},
                            {QStringLiteral("label"), QStringLiteral("name")}};
    const auto choices = ChoicesFetcher::parse(spec, body);
    QCOMPARE(choices.size(), count);
    if (count == 2) {
        QCOMPARE(choices.at(1), (ChoicesFetcher::Choice {QStringLiteral("2"), QStringLiteral("2")}));
    }
}

QTEST_GUILESS_MAIN(ChoicesFetcherTest)
#include "ChoicesFetcherTest.moc"
