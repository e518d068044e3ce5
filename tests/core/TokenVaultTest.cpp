#include "vault/TokenVault.h"

#include "MemorySecretStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

// Runs an asynchronous vault call and waits for its callback.
struct Outcome
{
    std::optional<TokenVault::Result> result;
    TokenVault::Callback callback()
    {
        return [this](const TokenVault::Result& r) { result = r; };
    }
};

} // namespace

class TokenVaultTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void add_storesSecretInStoreAndMetadataOnDisk();
    void add_trimsPastedTokenAndSaysSo();
    void add_rejectsDuplicateNameCaseInsensitively();
    void add_rejectsEmptyNameAndEmptyToken();
    void add_keychainFailure_addsNothing_data();
    void add_keychainFailure_addsNothing();
    void add_storageFailure_removesSecretAgain();
    void rename_andFindByNameOrId();
    void remove_deletesSecretAndMetadata();
    void remove_secretAlreadyGone_stillRemovesMetadata();
    void remove_keychainUnavailable_keepsToken();
    void readSecret_returnsStoredSecret();
    void load_corruptFile_keptAsideVaultStartsEmpty();
    void load_newerFile_isReadOnlyAndUntouched();
    void markUsed_andUpdate_persist();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    QString metadataPath() const { return QDir(m_dir->path()).filePath(QStringLiteral("tokens.json")); }
    std::unique_ptr<TokenVault> makeVault()
    {
        auto vault = std::make_unique<TokenVault>(m_store.get(), metadataPath());
        vault->load();
        return vault;
    }
    QString addToken(TokenVault& vault, const QString& name, const QString& secret)
    {
        Outcome outcome;
        vault.addToken(TokenRecord::create(name, QStringLiteral("github")), secret, outcome.callback());
        [&] { QTRY_VERIFY(outcome.result.has_value()); }();
        return outcome.result && outcome.result->ok() ? outcome.result->tokenId : QString();
    }
};

void TokenVaultTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<MemorySecretStore>();
}

void TokenVaultTest::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TokenVaultTest::add_storesSecretInStoreAndMetadataOnDisk()
{
    auto vault = makeVault();
    QSignalSpy added(vault.get(), &TokenVault::tokenAdded);
    const QString id = addToken(*vault, QStringLiteral("GitHub personal"), QStringLiteral("ghp_secretvalue123"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(added.count(), 1);
    QCOMPARE(m_store->secrets.value(id), QByteArray("ghp_secretvalue123"));

    QFile file(metadataPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("GitHub personal"));
    QVERIFY(json.contains(id.toUtf8()));
    QVERIFY(!json.contains("ghp_secretvalue123"));

    auto reopened = makeVault();
    QCOMPARE(reopened->tokens().size(), 1);
    QCOMPARE(reopened->tokens().first().name, QStringLiteral("GitHub personal"));
}

void TokenVaultTest::add_trimsPastedTokenAndSaysSo()
{
    auto vault = makeVault();
    Outcome outcome;
    vault->addToken(TokenRecord::create(QStringLiteral("t"), {}), QStringLiteral("  ghp_abc\n"), outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QVERIFY(outcome.result->ok());
    QCOMPARE(outcome.result->notes.size(), 1);
    QCOMPARE(m_store->secrets.value(outcome.result->tokenId), QByteArray("ghp_abc"));
}

void TokenVaultTest::add_rejectsDuplicateNameCaseInsensitively()
{
    auto vault = makeVault();
    QVERIFY(!addToken(*vault, QStringLiteral("Work"), QStringLiteral("a1")).isEmpty());
    Outcome outcome;
    vault->addToken(TokenRecord::create(QStringLiteral(" work "), {}), QStringLiteral("a2"), outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.result->error, TokenVault::Error::DuplicateName);
    QVERIFY(outcome.result->message.contains(QStringLiteral("already exists")));
    QCOMPARE(vault->tokens().size(), 1);
    QCOMPARE(m_store->secrets.size(), 1);
}

void TokenVaultTest::add_rejectsEmptyNameAndEmptyToken()
{
    auto vault = makeVault();
    Outcome noName;
    vault->addToken(TokenRecord::create(QStringLiteral("   "), {}), QStringLiteral("abc"), noName.callback());
    QTRY_VERIFY(noName.result.has_value());
    QCOMPARE(noName.result->error, TokenVault::Error::EmptyName);

    Outcome noToken;
    vault->addToken(TokenRecord::create(QStringLiteral("x"), {}), QStringLiteral(" \n"), noToken.callback());
    QTRY_VERIFY(noToken.result.has_value());
    QCOMPARE(noToken.result->error, TokenVault::Error::InvalidSecret);
    QVERIFY(vault->tokens().isEmpty());
    QCOMPARE(m_store->operations, 0);
}

void TokenVaultTest::add_keychainFailure_addsNothing_data()
{
    QTest::addColumn<SecretStore::Error>("error");
    QTest::newRow("unavailable") << SecretStore::Error::Unavailable;
    QTest::newRow("locked") << SecretStore::Error::Locked;
    QTest::newRow("denied") << SecretStore::Error::AccessDenied;
    QTest::newRow("timeout") << SecretStore::Error::Timeout;
}

void TokenVaultTest::add_keychainFailure_addsNothing()
{
    QFETCH(SecretStore::Error, error);
    auto vault = makeVault();
    m_store->failWith = error;
    Outcome outcome;
    vault->addToken(TokenRecord::create(QStringLiteral("x"), {}), QStringLiteral("secret-xyz"), outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.result->error, TokenVault::Error::Keychain);
    QCOMPARE(outcome.result->keychainError, error);
    QVERIFY(vault->tokens().isEmpty());
    QVERIFY(!QFile::exists(metadataPath()));
}

void TokenVaultTest::add_storageFailure_removesSecretAgain()
{
    // The metadata path's parent is a regular file: nothing can be written there.
    const QString blocker = QDir(m_dir->path()).filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    TokenVault vault(m_store.get(), QDir(blocker).filePath(QStringLiteral("tokens.json")));
    vault.load();
    Outcome outcome;
    vault.addToken(TokenRecord::create(QStringLiteral("x"), {}), QStringLiteral("secret-xyz"), outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.result->error, TokenVault::Error::Storage);
    QVERIFY(vault.tokens().isEmpty());
    QTRY_VERIFY(m_store->secrets.isEmpty());
}

void TokenVaultTest::rename_andFindByNameOrId()
{
    auto vault = makeVault();
    const QString id = addToken(*vault, QStringLiteral("Old name"), QStringLiteral("s1"));
    addToken(*vault, QStringLiteral("Other"), QStringLiteral("s2"));
    QSignalSpy changed(vault.get(), &TokenVault::tokenChanged);

    QCOMPARE(vault->renameToken(id, QStringLiteral("other")).error, TokenVault::Error::DuplicateName);
    QCOMPARE(vault->renameToken(id, QString()).error, TokenVault::Error::EmptyName);
    QCOMPARE(vault->renameToken(QStringLiteral("nope"), QStringLiteral("x")).error, TokenVault::Error::NotFound);
    QVERIFY(vault->renameToken(id, QStringLiteral("New name")).ok());
    QCOMPARE(changed.count(), 1);

    QCOMPARE(vault->find(QStringLiteral("new NAME"))->id, id);
    QCOMPARE(vault->find(id)->name, QStringLiteral("New name"));
    QVERIFY(!vault->find(QStringLiteral("Old name")));
    QCOMPARE(makeVault()->find(id)->name, QStringLiteral("New name"));
}

void TokenVaultTest::remove_deletesSecretAndMetadata()
{
    auto vault = makeVault();
    const QString id = addToken(*vault, QStringLiteral("Gone soon"), QStringLiteral("s1"));
    QSignalSpy removed(vault.get(), &TokenVault::tokenRemoved);
    Outcome outcome;
    vault->removeToken(id, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QVERIFY(outcome.result->ok());
    QCOMPARE(removed.count(), 1);
    QVERIFY(m_store->secrets.isEmpty());
    QVERIFY(vault->tokens().isEmpty());
    QVERIFY(makeVault()->tokens().isEmpty());
}

void TokenVaultTest::remove_secretAlreadyGone_stillRemovesMetadata()
{
    auto vault = makeVault();
    const QString id = addToken(*vault, QStringLiteral("Orphan"), QStringLiteral("s1"));
    m_store->secrets.clear();
    Outcome outcome;
    vault->removeToken(id, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QVERIFY(outcome.result->ok());
    QVERIFY(vault->tokens().isEmpty());
}

void TokenVaultTest::remove_keychainUnavailable_keepsToken()
{
    auto vault = makeVault();
    const QString id = addToken(*vault, QStringLiteral("Kept"), QStringLiteral("s1"));
    m_store->failWith = SecretStore::Error::Unavailable;
    Outcome outcome;
    vault->removeToken(id, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.result->error, TokenVault::Error::Keychain);
    QCOMPARE(vault->tokens().size(), 1);
}

void TokenVaultTest::readSecret_returnsStoredSecret()
{
    auto vault = makeVault();
    const QString id = addToken(*vault, QStringLiteral("R"), QStringLiteral("glpat-abcdefghijklmnopqrst"));
    Outcome outcome;
    vault->readSecret(id, outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QVERIFY(outcome.result->ok());
    QCOMPARE(outcome.result->secret, QByteArray("glpat-abcdefghijklmnopqrst"));

    Outcome missing;
    vault->readSecret(QStringLiteral("no-such-id"), missing.callback());
    QTRY_VERIFY(missing.result.has_value());
    QCOMPARE(missing.result->error, TokenVault::Error::NotFound);
}

void TokenVaultTest::load_corruptFile_keptAsideVaultStartsEmpty()
{
    {
        QFile file(metadataPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not json");
    }
    TokenVault vault(m_store.get(), metadataPath());
    const JsonFile::LoadResult loaded = vault.load();
    QCOMPARE(loaded.status, JsonFile::Status::Corrupt);
    QVERIFY(!vault.isReadOnly());
    QVERIFY(vault.tokens().isEmpty());
    QFile aside(loaded.movedAsidePath);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray("{ this is not json"));
    // The vault keeps working and writes a fresh file next to the kept one.
    QVERIFY(!addToken(vault, QStringLiteral("after"), QStringLiteral("s")).isEmpty());
    QVERIFY(QFile::exists(loaded.movedAsidePath));
}

void TokenVaultTest::load_newerFile_isReadOnlyAndUntouched()
{
    const QByteArray newer = R"({"kind": "latchkey.tokens", "schema": 99, "tokens": []})";
    {
        QFile file(metadataPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(newer);
    }
    TokenVault vault(m_store.get(), metadataPath());
    QCOMPARE(vault.load().status, JsonFile::Status::TooNew);
    QVERIFY(vault.isReadOnly());
    Outcome outcome;
    vault.addToken(TokenRecord::create(QStringLiteral("x"), {}), QStringLiteral("s"), outcome.callback());
    QTRY_VERIFY(outcome.result.has_value());
    QCOMPARE(outcome.result->error, TokenVault::Error::ReadOnly);
    QFile file(metadataPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), newer);
    QCOMPARE(m_store->operations, 0);
}

void TokenVaultTest::markUsed_andUpdate_persist()
{
    auto vault = makeVault();
    const QString id = addToken(*vault, QStringLiteral("U"), QStringLiteral("s"));
    const QDateTime when(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    vault->markUsed(id, when);
    TokenRecord record = *vault->token(id);
    record.account = QStringLiteral("octocat");
    record.scopes = {QStringLiteral("repo")};
    QVERIFY(vault->updateToken(record).ok());
    auto reopened = makeVault();
    QCOMPARE(reopened->token(id)->lastUsedAt, when);
    QCOMPARE(reopened->token(id)->account, QStringLiteral("octocat"));
    QCOMPARE(reopened->token(id)->scopes, QStringList {QStringLiteral("repo")});
}

QTEST_GUILESS_MAIN(TokenVaultTest)
#include "TokenVaultTest.moc"
