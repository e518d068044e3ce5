// The provider catalog: every shipped file loads and validates, the required
// services are there, and a pasted token is recognised from its shape.
#include "providers/ProviderCatalog.h"

#include "vault/TokenRecord.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class ProviderCatalogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyShippedFile_loadsAndValidates();
    void requiredServices_arePresent();
    void advancedServices_areMarked();
    void everyService_hasHelpTokenPageAndErrorHints();
    void recipes_seedServicesHaveThree();
    void recognize_data();
    void recognize();
    void mismatch_warnsNeverRefuses();
    void baseUrlAndHosts_data();
    void baseUrlAndHosts();
    void userProviderFiles_addAndReplace();
    void brokenUserFile_isSkippedAndReported();

private:
    ProviderCatalog m_catalog;
};

void ProviderCatalogTest::initTestCase()
{
    m_catalog = ProviderCatalog::load();
}

void ProviderCatalogTest::everyShippedFile_loadsAndValidates()
{
    QVERIFY2(m_catalog.problems().isEmpty(), qPrintable(m_catalog.problems().join(QLatin1Char('\n'))));
    // The compiled-in resources and the source folder hold the same files.
    const QStringList files = QDir(QStringLiteral(LATCHKEY_SOURCE_DIR "/resources/providers"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(m_catalog.providers().size(), files.size());
    // Byte for byte: the window trusts the compiled-in files and does not validate them again.
    for (const QString& name : files) {
        QFile compiled(QStringLiteral(":/providers/") + name);
        QFile source(QStringLiteral(LATCHKEY_SOURCE_DIR "/resources/providers/") + name);
        QVERIFY2(compiled.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY2(compiled.readAll() == source.readAll(), qPrintable(name));
    }
    const ProviderCatalog fromSource
        = ProviderCatalog::loadDirectory(QStringLiteral(LATCHKEY_SOURCE_DIR "/resources/providers"));
    QVERIFY2(fromSource.problems().isEmpty(), qPrintable(fromSource.problems().join(QLatin1Char('\n'))));
}

void ProviderCatalogTest::requiredServices_arePresent()
{
    const QStringList required
        = {QStringLiteral("github"),     QStringLiteral("gitlab"),      QStringLiteral("harvest"),
           QStringLiteral("typeform"),   QStringLiteral("contentful"),  QStringLiteral("notion"),
           QStringLiteral("airtable"),   QStringLiteral("todoist"),     QStringLiteral("linear"),
           QStringLiteral("figma"),      QStringLiteral("huggingface"), QStringLiteral("digitalocean"),
           QStringLiteral("cloudflare"), QStringLiteral("netlify"),     QStringLiteral("vercel"),
           QStringLiteral("asana"),      QStringLiteral("jira"),        QStringLiteral("trello"),
           QStringLiteral("mastodon"),   QStringLiteral("stripe"),      QStringLiteral("custom")};
    for (const QString& id : required) {
        QVERIFY2(m_catalog.provider(id), qPrintable(id));
    }
    QVERIFY(m_catalog.providers().size() >= 21);
    QVERIFY(m_catalog.providers().last().isCustom());
}

void ProviderCatalogTest::advancedServices_areMarked()
{
    for (const char* id : {"slack", "shopify", "zendesk"}) {
        const Provider* provider = m_catalog.provider(QString::fromLatin1(id));
        QVERIFY2(provider && provider->advanced, id);
    }
    QVERIFY(!m_catalog.provider(QStringLiteral("github"))->advanced);
}

void ProviderCatalogTest::everyService_hasHelpTokenPageAndErrorHints()
{
    for (const Provider& provider : m_catalog.providers()) {
        QVERIFY2(!provider.help.isEmpty(), qPrintable(provider.id));
        if (provider.isCustom()) {
            continue;
        }
        QVERIFY2(provider.tokenPage.startsWith(QStringLiteral("https://")), qPrintable(provider.id));
        for (int status : {401, 403, 404, 429}) {
            QVERIFY2(!provider.errorHint(status).isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(provider.id).arg(status)));
        }
        QVERIFY2(!provider.whoami.isEmpty(), qPrintable(provider.id));
    }
}

void ProviderCatalogTest::recipes_seedServicesHaveThree()
{
    for (const char* id : {"github", "gitlab", "harvest", "typeform", "contentful"}) {
        QVERIFY2(m_catalog.provider(QString::fromLatin1(id))->recipes.size() >= 3, id);
    }
    for (const Provider& provider : m_catalog.providers()) {
        if (!provider.isCustom()) {
            QVERIFY2(!provider.recipes.isEmpty(), qPrintable(provider.id));
        }
    }
}

void ProviderCatalogTest::recognize_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("fullShape");

    QTest::newRow("github classic") << QStringLiteral("ghp_") + QString(36, QLatin1Char('a'))
                                    << QStringLiteral("github") << true;
    QTest::newRow("github classic, short") << QStringLiteral("ghp_abc123") << QStringLiteral("github") << false;
    QTest::newRow("github fine-grained") << QStringLiteral("github_pat_") + QString(82, QLatin1Char('B'))
                                         << QStringLiteral("github") << true;
    QTest::newRow("gitlab") << QStringLiteral("glpat-") + QString(20, QLatin1Char('x')) << QStringLiteral("gitlab")
                            << true;
    QTest::newRow("gitlab routable") << QStringLiteral("glpat-") + QString(27, QLatin1Char('x'))
            + QStringLiteral(".01abcdefg")
                                     << QStringLiteral("gitlab") << true;
    QTest::newRow("typeform") << QStringLiteral("tfp_") + QString(44, QLatin1Char('k')) << QStringLiteral("typeform")
                              << false;
    QTest::newRow("contentful") << QStringLiteral("CFPAT-") + QString(43, QLatin1Char('z'))
                                << QStringLiteral("contentful") << false;
    QTest::newRow("notion") << QStringLiteral("ntn_12345678901") + QString(35, QLatin1Char('A'))
                            << QStringLiteral("notion") << true;
    QTest::newRow("linear") << QStringLiteral("lin_api_") + QString(40, QLatin1Char('a')) << QStringLiteral("linear")
                            << true;
    QTest::newRow("hugging face") << QStringLiteral("hf_") + QString(34, QLatin1Char('Q'))
                                  << QStringLiteral("huggingface") << true;
    QTest::newRow("digitalocean") << QStringLiteral("dop_v1_") + QString(64, QLatin1Char('f'))
                                  << QStringLiteral("digitalocean") << true;
    QTest::newRow("stripe restricted") << QStringLiteral("rk_live_") + QString(24, QLatin1Char('9'))
                                       << QStringLiteral("stripe") << true;
    QTest::newRow("figma") << QStringLiteral("figd_") + QString(40, QLatin1Char('x')) << QStringLiteral("figma")
                           << false;
    QTest::newRow("jira") << QStringLiteral("ATATT3") + QString(186, QLatin1Char('x')) << QStringLiteral("jira")
                          << true;
    QTest::newRow("shopify") << QStringLiteral("shpat_") + QString(32, QLatin1Char('a')) << QStringLiteral("shopify")
                             << true;
    QTest::newRow("unknown") << QStringLiteral("0123456789abcdef0123456789abcdef01234567") << QString() << false;
    QTest::newRow("prefix only") << QStringLiteral("ghp_") << QString() << false;
}

void ProviderCatalogTest::recognize()
{
    QFETCH(QString, token);
    QFETCH(QString, provider);
    QFETCH(bool, fullShape);
    const ProviderCatalog::Recognition found = m_catalog.recognize(token.toUtf8());
    QCOMPARE(found.providerId, provider);
    QCOMPARE(found.shapeMatches, fullShape);
}

void ProviderCatalogTest::mismatch_warnsNeverRefuses()
{
    const QByteArray gitlab = "glpat-abcdefghij0123456789";
    const QString warning = m_catalog.mismatchWarning(QStringLiteral("github"), gitlab);
    QVERIFY(warning.contains(QStringLiteral("GitLab")));
    QVERIFY(warning.contains(QStringLiteral("GitHub")));
    QVERIFY(warning.contains(QStringLiteral("you can still add it")));
    QVERIFY(m_catalog.mismatchWarning(QStringLiteral("gitlab"), gitlab).isEmpty());
    QVERIFY(m_catalog.mismatchWarning(QStringLiteral("custom"), gitlab).isEmpty());
    QVERIFY(m_catalog.mismatchWarning(QStringLiteral("asana"), "1/1234:abcdef").isEmpty());
}

void ProviderCatalogTest::baseUrlAndHosts_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("expectedBase");
    QTest::addColumn<QStringList>("expectedHosts");

    QTest::newRow("github.com") << QStringLiteral("github") << QJsonObject() << QString()
                                << QStringLiteral("https://api.github.com")
                                << QStringList {QStringLiteral("api.github.com")};
    QTest::newRow("github enterprise") << QStringLiteral("github")
                                       << QJsonObject {{QStringLiteral("host"), QStringLiteral("GHE.example.com")}}
                                       << QString() << QStringLiteral("https://ghe.example.com/api/v3")
                                       << QStringList {QStringLiteral("ghe.example.com")};
    QTest::newRow("gitlab.com") << QStringLiteral("gitlab") << QJsonObject() << QString()
                                << QStringLiteral("https://gitlab.com/api/v4")
                                << QStringList {QStringLiteral("gitlab.com")};
    QTest::newRow("self-managed gitlab, typed as a URL")
        << QStringLiteral("gitlab")
        << QJsonObject {{QStringLiteral("host"), QStringLiteral("https://git.example.org/")}} << QString()
        << QStringLiteral("https://git.example.org/api/v4") << QStringList {QStringLiteral("git.example.org")};
    QTest::newRow("typeform eu") << QStringLiteral("typeform")
                                 << QJsonObject {{QStringLiteral("region"), QStringLiteral("eu")}} << QString()
                                 << QStringLiteral("https://api.eu.typeform.com")
                                 << QStringList {QStringLiteral("api.eu.typeform.com")};
    QTest::newRow("harvest: two hosts") << QStringLiteral("harvest") << QJsonObject() << QString()
                                        << QStringLiteral("https://api.harvestapp.com/v2")
                                        << QStringList {QStringLiteral("api.harvestapp.com"),
                                                        QStringLiteral("id.getharvest.com")};
    QTest::newRow("override pins to the override's host only")
        << QStringLiteral("harvest") << QJsonObject() << QStringLiteral("http://127.0.0.1:8080/harvest/v2")
        << QStringLiteral("http://127.0.0.1:8080/harvest/v2") << QStringList {QStringLiteral("127.0.0.1:8080")};
}

void ProviderCatalogTest::baseUrlAndHosts()
{
    QFETCH(QString, provider);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, baseUrl);
    QFETCH(QString, expectedBase);
    QFETCH(QStringList, expectedHosts);
    TokenRecord token = TokenRecord::create(QStringLiteral("t"), provider);
    token.fields = fields;
    token.baseUrl = baseUrl;
    const Provider* p = m_catalog.provider(provider);
    QVERIFY(p);
    QCOMPARE(p->baseUrlFor(token), expectedBase);
    QCOMPARE(p->hostsFor(token), expectedHosts);
}

void ProviderCatalogTest::userProviderFiles_addAndReplace()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("acme.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"schema": 1, "id": "acme", "name": "Acme", "help": "Acme's API.", "baseUrl": "https://api.acme.example",
                  "tokenPage": "https://acme.example/tokens", "auth": {"scheme": "header", "header": "X-Acme-Key"},
                  "whoami": {"path": "/me", "account": "name"}, "recognize": {"prefixes": ["acme_"]}})");
    file.close();
    const ProviderCatalog catalog = ProviderCatalog::load(dir.path());
    QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().join(QLatin1Char('\n'))));
    QVERIFY(catalog.provider(QStringLiteral("acme")));
    QCOMPARE(catalog.recognize("acme_123456").providerId, QStringLiteral("acme"));
    QCOMPARE(catalog.providers().size(), m_catalog.providers().size() + 1);
}

void ProviderCatalogTest::brokenUserFile_isSkippedAndReported()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"schema\": 1, \"id\": ");
    file.close();
    const ProviderCatalog catalog = ProviderCatalog::load(dir.path());
    QCOMPARE(catalog.problems().size(), 1);
    QVERIFY(catalog.problems().first().startsWith(QStringLiteral("broken.json: not valid JSON")));
    QCOMPARE(catalog.providers().size(), m_catalog.providers().size());
}

QTEST_GUILESS_MAIN(ProviderCatalogTest)
#include "ProviderCatalogTest.moc"
