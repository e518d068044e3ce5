// Imported requests → tokens and presets (ImportPlan, ImportApplier), and
// presets → curl and Postman (PresetExport): with an in-memory keychain.
#include "InteropTestSupport.h"
#include "MemorySecretStore.h"
#include "TestDirs.h"
#include "interop/ImportApplier.h"
#include "interop/Importer.h"
#include "interop/PostmanCollection.h"
#include "interop/PresetExport.h"
#include "presets/PresetStore.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class ImportPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void secretBecomesToken_presetHoldsNoSecret();
    void placeholderUsesExistingToken();
    void keychainFailure_nothingImported();
    void postmanRoundTrip_sameRequests();

private:
    ImportApplier::Report apply(const ImportPlan& plan);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<PresetStore> m_store;
    ProviderCatalog m_catalog = ProviderCatalog::load();
};

void ImportPlanTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_vault
        = std::make_unique<TokenVault>(m_secrets.get(), QDir(m_dir->path()).filePath(QStringLiteral("tokens.json")));
    m_vault->load();
    m_store = std::make_unique<PresetStore>(QDir(m_dir->path()).filePath(QStringLiteral("presets.json")));
    m_store->load();
}

ImportApplier::Report ImportPlanTest::apply(const ImportPlan& plan)
{
    ImportApplier applier(*m_vault, *m_store, m_catalog);
    ImportApplier::Report report;
    bool done = false;
    connect(&applier, &ImportApplier::finished, this, [&](const ImportApplier::Report& r) {
        report = r;
        done = true;
    });
    applier.apply(plan);
    [&] { QTRY_VERIFY(done); }();
    return report;
}

void ImportPlanTest::secretBecomesToken_presetHoldsNoSecret()
{
    const QByteArray secret = "ghp_PlanTest0123456789abcdefghijklmnopqr";
    const ImportResult result = Importer::parse(
        "curl -H 'Authorization: Bearer " + secret + "' https://api.github.com/user/repos", &m_catalog);
    QVERIFY(result.ok());
    const ImportPlan plan = ImportPlan::propose(result, *m_vault, m_catalog);
    QCOMPARE(plan.choices.size(), 1);
    QCOMPARE(plan.choices.first().action, CredentialChoice::Action::NewToken);
    QCOMPARE(plan.choices.first().providerId, QStringLiteral("github"));
    const ImportApplier::Report report = apply(plan);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.newTokens, QStringList {QStringLiteral("GitHub")});
    const TokenRecord token = *m_vault->find(QStringLiteral("GitHub"));
    QCOMPARE(m_secrets->secrets.value(token.id), secret);
    QCOMPARE(m_store->presets().size(), 1);
    QCOMPARE(m_store->presets().first().request.tokenId, token.id);
    QCOMPARE(TestDirs::filesUnder(m_dir->path(), secret), QStringList());
    // Exported: a placeholder unless the secret is handed in.
    const QString curl = PresetExport::curl(m_store->presets(), *m_vault, m_catalog);
    QVERIFY(curl.contains(QStringLiteral("$LATCHKEY_TOKEN")));
    QVERIFY(!curl.contains(QString::fromUtf8(secret)));
    QVERIFY(PresetExport::curl(m_store->presets(), *m_vault, m_catalog, {{token.id, secret}})
                .contains(QString::fromUtf8(secret)));
}

void ImportPlanTest::placeholderUsesExistingToken()
{
    QString id;
    m_vault->addToken(TokenRecord::create(QStringLiteral("Mine"), QStringLiteral("github")),
                      QStringLiteral("ghp_Mine0123456789abcdefghijklmnopqrstuv"),
                      [&id](const TokenVault::Result& r) { id = r.tokenId; });
    QTRY_VERIFY(!id.isEmpty());
    const ImportResult result
        = Importer::parse(InteropTest::readFixture(QStringLiteral("curl/github-get-user.txt")), &m_catalog);
    const ImportPlan plan = ImportPlan::propose(result, *m_vault, m_catalog);
    QCOMPARE(plan.choices.first().action, CredentialChoice::Action::UseToken);
    QCOMPARE(plan.choices.first().tokenId, id);
    const ImportApplier::Report report = apply(plan);
    QVERIFY(report.ok);
    QCOMPARE(m_store->presets().first().request.tokenId, id);
    QCOMPARE(m_vault->tokens().size(), 1);
}

void ImportPlanTest::keychainFailure_nothingImported()
{
    m_secrets->failWith = SecretStore::Error::AccessDenied;
    const ImportResult result = Importer::parse(
        "curl -H 'Authorization: Bearer ghp_Denied0123456789abcdefghijklmnopq' https://api.github.com/user",
        &m_catalog);
    const ImportApplier::Report report = apply(ImportPlan::propose(result, *m_vault, m_catalog));
    QVERIFY(!report.ok);
    QCOMPARE(report.vaultError, TokenVault::Error::Keychain);
    QVERIFY(m_store->presets().isEmpty());
    QVERIFY(m_vault->tokens().isEmpty());
}

void ImportPlanTest::postmanRoundTrip_sameRequests()
{
    // Collection → presets → Postman → the same requests again.
    const ImportResult first = PostmanCollection::parse(
        InteropTest::readFixture(QStringLiteral("postman/latchkey-demo.postman_collection.json")), &m_catalog);
    QVERIFY(first.ok());
    ImportPlan plan = ImportPlan::propose(first, *m_vault, m_catalog);
    for (CredentialChoice& choice : plan.choices) {
        choice.action = CredentialChoice::Action::LeaveOut;
    }
    QVERIFY(apply(plan).ok);
    const QList<Preset> presets = m_store->presets();
    QCOMPARE(presets.size(), first.requests.size());
    const PresetExport::Postman exported = PresetExport::postman(first.name, presets, *m_vault, m_catalog);
    const ImportResult again = PostmanCollection::parse(exported.collection, &m_catalog);
    QVERIFY(again.ok());
    QCOMPARE(again.requests.size(), first.requests.size());
    for (qsizetype i = 0; i < first.requests.size(); ++i) {
        QCOMPARE(again.requests.at(i).name, first.requests.at(i).name);
        QCOMPARE(again.requests.at(i).folderPath, first.requests.at(i).folderPath);
        QCOMPARE(again.requests.at(i).spec.method, first.requests.at(i).spec.method);
        QCOMPARE(again.requests.at(i).spec.url, first.requests.at(i).spec.url);
        QCOMPARE(again.requests.at(i).spec.headers, first.requests.at(i).spec.headers);
        QCOMPARE(again.requests.at(i).spec.body, first.requests.at(i).spec.body);
        QCOMPARE(again.requests.at(i).spec.bodyType, first.requests.at(i).spec.bodyType);
    }
}

QTEST_GUILESS_MAIN(ImportPlanTest)
#include "ImportPlanTest.moc"
