// Keychain round trip through the project's own KeychainSecretStore: write a
// secret, read it back. Run inside tests/fixtures/test-env.sh (bench/run.sh
// does), which provides a private D-Bus session with an unlocked gnome-keyring,
// so no real keychain is touched. The store is asynchronous; each operation is
// awaited with a local QEventLoop, which is fine in a benchmark.
#include "vault/KeychainSecretStore.h"

#include <QEventLoop>
#include <QObject>
#include <QTest>
#include <QUuid>

class KeychainBench : public QObject
{
    Q_OBJECT

private:
    SecretStore::Result wait(const std::function<void(SecretStore::Callback)>& start)
    {
        SecretStore::Result out;
        bool finished = false;
        QEventLoop loop;
        start([&](const SecretStore::Result& result) {
            out = result;
            finished = true;
            loop.quit();
        });
        if (!finished) {
            loop.exec();
        }
        return out;
    }

    SecretStore::Result write(const QString& key, const QByteArray& secret)
    {
        return wait([&](SecretStore::Callback done) { m_store.write(key, secret, std::move(done)); });
    }

    SecretStore::Result read(const QString& key)
    {
        return wait([&](SecretStore::Callback done) { m_store.read(key, std::move(done)); });
    }

    KeychainSecretStore m_store;
    // Shaped like a real token: GitHub fine-grained tokens are 93 characters.
    const QByteArray m_secret = QByteArray("github_pat_") + QByteArray(82, 'x');
    QStringList m_keys;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariable("LATCHKEY_TEST_ENV") != QStringLiteral("1")) {
            QSKIP("Run inside tests/fixtures/test-env.sh (bench/run.sh does), never against your own keychain.");
        }
        const SecretStore::Result available
            = wait([&](SecretStore::Callback done) { m_store.checkAvailable(std::move(done)); });
        QVERIFY2(available.ok(), qPrintable(available.message));
    }

    // The row bench/run.sh reports: one write followed by one read of the same key.
    void writeReadRoundTrip()
    {
        const QString key = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_keys.append(key);
        QBENCHMARK
        {
            const SecretStore::Result written = write(key, m_secret);
            QVERIFY2(written.ok(), qPrintable(written.message));
            const SecretStore::Result got = read(key);
            QVERIFY2(got.ok(), qPrintable(got.message));
            QCOMPARE(got.secret, m_secret);
        }
    }

    void writeOnly()
    {
        const QString key = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_keys.append(key);
        QBENCHMARK
        {
            const SecretStore::Result written = write(key, m_secret);
            QVERIFY2(written.ok(), qPrintable(written.message));
        }
    }

    void readOnly()
    {
        const QString key = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_keys.append(key);
        const SecretStore::Result written = write(key, m_secret);
        QVERIFY2(written.ok(), qPrintable(written.message));
        QBENCHMARK
        {
            const SecretStore::Result got = read(key);
            QVERIFY2(got.ok(), qPrintable(got.message));
        }
    }

    void cleanupTestCase()
    {
        for (const QString& key : std::as_const(m_keys)) {
            wait([&](SecretStore::Callback done) { m_store.remove(key, std::move(done)); });
        }
    }
};

QTEST_GUILESS_MAIN(KeychainBench)
#include "KeychainBench.moc"
