// The rules for a token being added, shared by the dialog and the CLI.
#include "vault/TokenDraft.h"

#include "MemorySecretStore.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class TokenDraftTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();
    void suggestName_avoidsTakenNames();
    void toRecord_keepsFieldsTrimmed();

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_store;
    std::unique_ptr<TokenVault> m_vault;
    ProviderCatalog m_catalog;
};

void TokenDraftTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
    m_vault = std::make_unique<TokenVault>(&m_store, QDir(m_dir.path()).filePath(QStringLiteral("tokens.json")));
    m_vault->load();
    bool done = false;
    m_vault->addToken(TokenRecord::create(QStringLiteral("Taken"), QStringLiteral("github")), QStringLiteral("x"),
                      [&done](const TokenVault::Result&) { done = true; });
    QTRY_VERIFY(done);
}

void TokenDraftTest::check_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("problemField");
    QTest::addColumn<bool>("canAdd");

    const QString gh = QStringLiteral("ghp_0123456789abcdefghijklmnopqrstuvwxyz");
    QTest::newRow("fine") << QStringLiteral("github") << QStringLiteral("Mine") << gh << QJsonObject() << QString()
                          << QString() << true;
    QTest::newRow("taken name") << QStringLiteral("github") << QStringLiteral("taken") << gh << QJsonObject()
                                << QString() << QStringLiteral("name") << false;
    QTest::newRow("empty token") << QStringLiteral("github") << QStringLiteral("Mine") << QString() << QJsonObject()
                                 << QString() << QStringLiteral("token") << false;
    QTest::newRow("other service's token only warns") << QStringLiteral("gitlab") << QStringLiteral("Mine") << gh
                                                      << QJsonObject() << QString() << QStringLiteral("token") << true;
    QTest::newRow("bad host") << QStringLiteral("gitlab") << QStringLiteral("Mine") << QStringLiteral("glpat-x")
                              << QJsonObject {{QStringLiteral("host"), QStringLiteral("not a host!")}} << QString()
                              << QStringLiteral("host") << false;
    QTest::newRow("jira needs email") << QStringLiteral("jira") << QStringLiteral("Mine") << QStringLiteral("ATATT3xyz")
                                      << QJsonObject {{QStringLiteral("host"), QStringLiteral("acme.atlassian.net")}}
                                      << QString() << QStringLiteral("email") << false;
    QTest::newRow("custom needs an address")
        << QStringLiteral("custom") << QStringLiteral("Mine") << QStringLiteral("abc") << QJsonObject() << QString()
        << QStringLiteral("baseUrl") << false;
    QTest::newRow("custom with address") << QStringLiteral("custom") << QStringLiteral("Mine") << QStringLiteral("abc")
                                         << QJsonObject() << QStringLiteral("https://api.example.com") << QString()
                                         << true;
    QTest::newRow("bad base url") << QStringLiteral("github") << QStringLiteral("Mine") << gh << QJsonObject()
                                  << QStringLiteral("api.example.com") << QStringLiteral("baseUrl") << false;
    QTest::newRow("unknown region") << QStringLiteral("typeform") << QStringLiteral("Mine") << QStringLiteral("tfp_x")
                                    << QJsonObject {{QStringLiteral("region"), QStringLiteral("mars")}} << QString()
                                    << QStringLiteral("region") << false;
}

void TokenDraftTest::check()
{
    QFETCH(QString, provider);
    QFETCH(QString, name);
    QFETCH(QString, token);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, baseUrl);
    QFETCH(QString, problemField);
    QFETCH(bool, canAdd);
    TokenDraft draft;
    draft.providerId = provider;
    draft.name = name;
    draft.pasted = token;
    draft.fields = fields;
    draft.baseUrl = baseUrl;
    const QList<TokenDraft::Problem> problems = draft.check(m_catalog, *m_vault);
    QCOMPARE(draft.canAdd(m_catalog, *m_vault), canAdd);
    if (problemField.isEmpty()) {
        QVERIFY(problems.isEmpty());
    } else {
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().field, problemField);
        QVERIFY(!problems.first().message.isEmpty());
    }
}

void TokenDraftTest::suggestName_avoidsTakenNames()
{
    QCOMPARE(TokenDraft::suggestName(QStringLiteral("GitHub"), *m_vault), QStringLiteral("GitHub"));
    QCOMPARE(TokenDraft::suggestName(QStringLiteral("Taken"), *m_vault), QStringLiteral("Taken 2"));
}

void TokenDraftTest::toRecord_keepsFieldsTrimmed()
{
    TokenDraft draft;
    draft.providerId = QStringLiteral("gitlab");
    draft.name = QStringLiteral("  Work  ");
    draft.fields
        = {{QStringLiteral("host"), QStringLiteral(" git.example.org ")}, {QStringLiteral("empty"), QString()}};
    draft.baseUrl = QStringLiteral("https://git.example.org/api/v4/");
    draft.hosts = {QStringLiteral("Registry.Example.org")};
    const TokenRecord record = draft.toRecord();
    QCOMPARE(record.name, QStringLiteral("Work"));
    QCOMPARE(record.fields.value(QStringLiteral("host")).toString(), QStringLiteral("git.example.org"));
    QVERIFY(!record.fields.contains(QStringLiteral("empty")));
    QCOMPARE(record.baseUrl, QStringLiteral("https://git.example.org/api/v4"));
    QCOMPARE(record.hosts, QStringList {QStringLiteral("registry.example.org")});
}

QTEST_GUILESS_MAIN(TokenDraftTest)
#include "TokenDraftTest.moc"
