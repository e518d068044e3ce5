#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

// Secrets in the operating system's keychain through QtKeychain's asynchronous
// jobs: service "latchkey", key = the token's id. Never falls back to plain
// text. Each job has a timeout so a hung backend cannot leave the caller waiting.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr auto serviceName = "latchkey";
    // Long enough for a person to type their keyring password when the system asks.
    static constexpr int defaultTimeoutMs = 30000;
    // Written and deleted again to find out whether the keychain works (see checkAvailable).
    static constexpr auto probeKey = "latchkey-keychain-check";

    explicit KeychainSecretStore(QObject* parent = nullptr);

    // Timeout for one job; LATCHKEY_KEYCHAIN_TIMEOUT_MS overrides the default.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QByteArray& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;
    void checkAvailable(Callback done) override;
    QString backendName() const override;

    // Maps a QtKeychain error to ours, with a message a person can act on.
    static Result resultFor(int keychainError, const QString& keychainMessage);

private:
    enum class Kind {
        Read,
        Write,
        Remove
    };
    void run(QKeychain::Job* job, Kind kind, const QString& key, Callback done);
    // A locked Secret Service answers "not found" to reads. Before
    // reporting NotFound, a probe write tells a locked keychain from a missing entry.
    void confirmNotFound(const Result& notFound, Callback done);

    int m_timeoutMs = defaultTimeoutMs;
};
