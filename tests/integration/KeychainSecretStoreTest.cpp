// The keychain store against the real Secret Service (gnome-keyring in the
// test environment's private D-Bus session).
#include "vault/KeychainSecretStore.h"

#include "CliRunner.h"
#include "TestDirs.h"
#include "vault/TokenVault.h"

#include <QProcess>
#include <QTest>

#include <optional>

namespace {

template <typename Result> struct Waiter
{
    std::optional<Result> result;
    auto callback()
    {
        return [this](const Result& r) { result = r; };
    }
};

// What libsecret's own tool finds for a token id: the stored secret, or nothing.
QByteArray secretToolLookup(const QString& id)
{
    QProcess tool;
    tool.start(
        QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("latchkey"), QStringLiteral("user"), id});
    tool.waitForFinished(10000);
    return tool.exitCode() == 0 ? tool.readAllStandardOutput() : QByteArray();
}

} // namespace

class KeychainSecretStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemove_roundTripsThroughTheRealKeychain();
    void read_missingEntry_isNotFound();
    void checkAvailable_succeedsOnUnlockedKeychain();
    void vault_addListReadRenameRemove_secretOnlyInKeychain();
    void secretIsReadableFromASecondProcess();

private:
    std::unique_ptr<TestDirs> m_dirs;
};

void KeychainSecretStoreTest::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("LATCHKEY_TEST_ENV") == QStringLiteral("1"),
             "run inside tests/fixtures/test-env.sh: it provides a private keychain");
    m_dirs = std::make_unique<TestDirs>();
}

void KeychainSecretStoreTest::writeReadRemove_roundTripsThroughTheRealKeychain()
{
    KeychainSecretStore store;
    const QString key = QStringLiteral("test-roundtrip-key");
    const QByteArray secret = "glpat-Abc_def-1234567890xyz";

    Waiter<SecretStore::Result> written;
    store.write(key, secret, written.callback());
    QTRY_VERIFY_WITH_TIMEOUT(written.result.has_value(), 20000);
    QVERIFY2(written.result->ok(), qPrintable(written.result->message));
    QCOMPARE(secretToolLookup(key), secret);

    Waiter<SecretStore::Result> read;
    store.read(key, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.result.has_value(), 20000);
    QVERIFY2(read.result->ok(), qPrintable(read.result->message));
    QCOMPARE(read.result->secret, secret);

    Waiter<SecretStore::Result> removed;
    store.remove(key, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.result.has_value(), 20000);
    QVERIFY2(removed.result->ok(), qPrintable(removed.result->message));
    QVERIFY(secretToolLookup(key).isEmpty());
}

void KeychainSecretStoreTest::read_missingEntry_isNotFound()
{
    KeychainSecretStore store;
    Waiter<SecretStore::Result> read;
    store.read(QStringLiteral("no-such-key-anywhere"), read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.result.has_value(), 20000);
    QCOMPARE(read.result->error, SecretStore::Error::NotFound);
    QVERIFY(!read.result->message.isEmpty());
}

void KeychainSecretStoreTest::checkAvailable_succeedsOnUnlockedKeychain()
{
    KeychainSecretStore store;
    Waiter<SecretStore::Result> check;
    store.checkAvailable(check.callback());
    QTRY_VERIFY_WITH_TIMEOUT(check.result.has_value(), 20000);
    QVERIFY2(check.result->ok(), qPrintable(check.result->message));
    QVERIFY(secretToolLookup(QString::fromLatin1(KeychainSecretStore::probeKey)).isEmpty());
}

void KeychainSecretStoreTest::vault_addListReadRenameRemove_secretOnlyInKeychain()
{
    KeychainSecretStore store;
    TokenVault vault(&store, QDir(m_dirs->appDataDir()).filePath(QStringLiteral("tokens.json")));
    vault.load();
    const QByteArray secret = "ghp_R3alKeychainTestSecret0123456789abcd";

    Waiter<TokenVault::Result> added;
    vault.addToken(TokenRecord::create(QStringLiteral("Real keychain"), QStringLiteral("github")),
                   QString::fromUtf8(secret), added.callback());
    QTRY_VERIFY_WITH_TIMEOUT(added.result.has_value(), 20000);
    QVERIFY2(added.result->ok(), qPrintable(added.result->message));
    const QString id = added.result->tokenId;

    QCOMPARE(vault.tokens().size(), 1);
    QCOMPARE(secretToolLookup(id), secret);

    Waiter<TokenVault::Result> read;
    vault.readSecret(id, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.result.has_value(), 20000);
    QCOMPARE(read.result->secret, secret);

    QVERIFY(vault.renameToken(id, QStringLiteral("Renamed")).ok());
    QCOMPARE(vault.find(QStringLiteral("renamed"))->id, id);

    // The secret is in no file under the XDG directories of this test, nor
    // anywhere under the test run's root (which holds the keyring's own files).
    QCOMPARE(m_dirs->filesContaining(secret), QStringList());
    QCOMPARE(TestDirs::filesUnder(qEnvironmentVariable("LATCHKEY_TEST_ROOT"), secret), QStringList());

    Waiter<TokenVault::Result> removed;
    vault.removeToken(id, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.result.has_value(), 20000);
    QVERIFY2(removed.result->ok(), qPrintable(removed.result->message));
    QVERIFY(secretToolLookup(id).isEmpty());
    QVERIFY(vault.tokens().isEmpty());
}

void KeychainSecretStoreTest::secretIsReadableFromASecondProcess()
{
    // Written by this process, read back by another one (libsecret's tool): it
    // lives in the keychain service, not in this process's memory.
    KeychainSecretStore store;
    Waiter<SecretStore::Result> written;
    store.write(QStringLiteral("second-process-key"), "tfp_second_process_secret", written.callback());
    QTRY_VERIFY_WITH_TIMEOUT(written.result.has_value(), 20000);
    QVERIFY(written.result->ok());
    QCOMPARE(secretToolLookup(QStringLiteral("second-process-key")), QByteArray("tfp_second_process_secret"));
    Waiter<SecretStore::Result> removed;
    store.remove(QStringLiteral("second-process-key"), removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.result.has_value(), 20000);
}

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "KeychainSecretStoreTest.moc"
