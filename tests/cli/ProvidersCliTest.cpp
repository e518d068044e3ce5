// `latchkey providers` and `latchkey tokens test`, run as a person would.
#include "CliRunner.h"
#include "TestDirs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class ProvidersCliTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void providers_listsEveryService();
    void providersJson_isMachineReadable();
    void providersShow_saysWhereAndWhat();
    void providersShow_unknown_isNotFound();
    void tokensTest_githubShaped();
    void tokensTestJson_gitlabShaped();
    void tokensTest_revoked_exitsOne();
    void tokensTest_unknownToken_exitsFive();
    void tokensAdd_seedServicesAndSelfHostedGitLab_data();
    void tokensAdd_seedServicesAndSelfHostedGitLab();

private:
    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) { return m_cli->run(arguments, input); }
    std::unique_ptr<TestDirs> m_dirs;
    std::unique_ptr<CliRunner> m_cli;
    QString m_server = qEnvironmentVariable("LATCHKEY_TEST_PROVIDER");
};

void ProvidersCliTest::init()
{
    m_dirs = std::make_unique<TestDirs>();
    m_cli = std::make_unique<CliRunner>(m_dirs->environment());
}

void ProvidersCliTest::cleanup()
{
    const QJsonArray list
        = QJsonDocument::fromJson(cli({QStringLiteral("tokens"), QStringLiteral("--json")}).out).array();
    for (const QJsonValue& token : list) {
        cli({QStringLiteral("tokens"), QStringLiteral("remove"), token[QStringLiteral("id")].toString(),
             QStringLiteral("--yes")});
    }
}

void ProvidersCliTest::providers_listsEveryService()
{
    const CliRun run = cli({QStringLiteral("providers")});
    QCOMPARE(run.exitCode, 0);
    for (const char* name :
         {"GitHub", "GitLab", "Harvest", "Typeform", "Contentful", "Slack (advanced)", "Custom API"}) {
        QVERIFY2(run.outText().contains(QString::fromLatin1(name)), name);
    }
    QVERIFY(run.outText().contains(QStringLiteral("PRIVATE-TOKEN header")));
}

void ProvidersCliTest::providersJson_isMachineReadable()
{
    const CliRun run = cli({QStringLiteral("providers"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    QVERIFY(list.size() >= 21);
    bool sawHarvest = false;
    for (const QJsonValue& provider : list) {
        if (provider[QStringLiteral("id")].toString() == QStringLiteral("harvest")) {
            sawHarvest = true;
            QCOMPARE(provider[QStringLiteral("fields")].toArray().first()[QStringLiteral("id")].toString(),
                     QStringLiteral("accountId"));
        }
    }
    QVERIFY(sawHarvest);
}

void ProvidersCliTest::providersShow_saysWhereAndWhat()
{
    const CliRun run = cli({QStringLiteral("providers"), QStringLiteral("show"), QStringLiteral("gitlab")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().contains(QStringLiteral("read_api")));
    QVERIFY(run.outText().contains(QStringLiteral("--field host=")));
    QVERIFY(run.outText().contains(
        QStringLiteral("Create a token at: https://gitlab.com/-/user_settings/personal_access_tokens")));
}

void ProvidersCliTest::providersShow_unknown_isNotFound()
{
    QCOMPARE(cli({QStringLiteral("providers"), QStringLiteral("show"), QStringLiteral("nosuch")}).exitCode, 5);
}

void ProvidersCliTest::tokensTest_githubShaped()
{
    QCOMPARE(cli({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("GH"), QStringLiteral("--base-url"),
                  m_server + QStringLiteral("/github")},
                 "ghp_CliTest0123456789abcdefghijklmnopqr")
                 .exitCode,
             0);
    const CliRun run = cli({QStringLiteral("tokens"), QStringLiteral("test"), QStringLiteral("GH")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outText().contains(QStringLiteral("It belongs to octocat")), run.out.constData());
    QVERIFY(run.outText().contains(QStringLiteral("repo, read:user")));
    QVERIFY(run.outText().contains(QStringLiteral("2027-01-15")));
    QVERIFY(run.outText().contains(QStringLiteral("4,987 of 5,000")));
    QVERIFY(!run.out.contains("ghp_CliTest"));
    // Remembered: the list now shows the account and the expiry.
    const CliRun list = cli({QStringLiteral("tokens")});
    QVERIFY(list.outText().contains(QStringLiteral("octocat")));
    QVERIFY(list.outText().contains(QStringLiteral("2027-01-15")));
}

void ProvidersCliTest::tokensTestJson_gitlabShaped()
{
    QCOMPARE(cli({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("GL"), QStringLiteral("--base-url"),
                  m_server + QStringLiteral("/gitlab/api/v4")},
                 "glpat-abcdefghij0123456789")
                 .exitCode,
             0);
    const CliRun run
        = cli({QStringLiteral("tokens"), QStringLiteral("test"), QStringLiteral("GL"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject facts = QJsonDocument::fromJson(run.out).object();
    QVERIFY(facts[QStringLiteral("accepted")].toBool());
    QCOMPARE(facts[QStringLiteral("account")].toString(), QStringLiteral("tanuki"));
    QCOMPARE(facts[QStringLiteral("scopes")].toArray().size(), 2);
    QVERIFY(facts[QStringLiteral("expires")].toString().startsWith(QStringLiteral("2027-03-01")));
}

void ProvidersCliTest::tokensTest_revoked_exitsOne()
{
    QCOMPARE(cli({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("Old"), QStringLiteral("--base-url"),
                  m_server + QStringLiteral("/github")},
                 "ghp_revoked0000000000000000000000000000")
                 .exitCode,
             0);
    const CliRun run = cli({QStringLiteral("tokens"), QStringLiteral("test"), QStringLiteral("Old")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.outText().contains(QStringLiteral("GitHub did not accept this token")));
}

void ProvidersCliTest::tokensTest_unknownToken_exitsFive()
{
    QCOMPARE(cli({QStringLiteral("tokens"), QStringLiteral("test"), QStringLiteral("ghost")}).exitCode, 5);
}

void ProvidersCliTest::tokensAdd_seedServicesAndSelfHostedGitLab_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("provider");
    QTest::newRow("github, recognised") << QStringList() << QByteArray("ghp_abcdefghijklmnopqrstuvwxyz0123456789")
                                        << QStringLiteral("github");
    QTest::newRow("gitlab, recognised") << QStringList() << QByteArray("glpat-abcdefghij0123456789")
                                        << QStringLiteral("gitlab");
    QTest::newRow("self-managed gitlab") << QStringList {QStringLiteral("--field"),
                                                         QStringLiteral("host=gitlab.example.com")}
                                         << QByteArray("glpat-abcdefghij0123456789") << QStringLiteral("gitlab");
    QTest::newRow("harvest") << QStringList {QStringLiteral("--provider"), QStringLiteral("harvest"),
                                             QStringLiteral("--field"), QStringLiteral("accountId=123456")}
                             << QByteArray("1234567.pt.abcdefghijklmnopqrstuvwxyz") << QStringLiteral("harvest");
    QTest::newRow("typeform, eu") << QStringList {QStringLiteral("--field"), QStringLiteral("region=eu")}
                                  << QByteArray("tfp_abcdefghijklmnopqrstuvwxyz0123456789abcdef")
                                  << QStringLiteral("typeform");
    QTest::newRow("contentful") << QStringList() << QByteArray("CFPAT-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")
                                << QStringLiteral("contentful");
}

void ProvidersCliTest::tokensAdd_seedServicesAndSelfHostedGitLab()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, token);
    QFETCH(QString, provider);
    const CliRun run
        = cli(QStringList {QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("Mine")} + extra, token);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject added = QJsonDocument::fromJson(cli({QStringLiteral("tokens"), QStringLiteral("--json")}).out)
                                  .array()
                                  .first()
                                  .toObject();
    QCOMPARE(added[QStringLiteral("provider")].toString(), provider);
    if (extra.contains(QStringLiteral("host=gitlab.example.com"))) {
        QCOMPARE(added[QStringLiteral("fields")][QStringLiteral("host")].toString(),
                 QStringLiteral("gitlab.example.com"));
    }
}

QTEST_GUILESS_MAIN(ProvidersCliTest)
#include "ProvidersCliTest.moc"
