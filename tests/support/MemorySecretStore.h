#pragma once

#include "vault/SecretStore.h"

#include <QHash>
#include <QMetaObject>

// An in-memory SecretStore for tests of parts that do not need the real
// keychain. Like the real one, it answers from the event loop. `failWith`
// makes every following operation fail with that error.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    QHash<QString, QByteArray> secrets;
    Error failWith = Error::None;
    int operations = 0;

    void read(const QString& key, Callback done) override
    {
        Result result = failure();
        if (result.ok()) {
            if (!secrets.contains(key)) {
                result = {Error::NotFound, QStringLiteral("not found"), {}};
            } else {
                result.secret = secrets.value(key);
            }
        }
        deliver(std::move(done), result);
    }

    void write(const QString& key, const QByteArray& secret, Callback done) override
    {
        Result result = failure();
        if (result.ok()) {
            secrets.insert(key, secret);
        }
        deliver(std::move(done), result);
    }

    void remove(const QString& key, Callback done) override
    {
        Result result = failure();
        if (result.ok() && secrets.remove(key) == 0) {
            result = {Error::NotFound, QStringLiteral("not found"), {}};
        }
        deliver(std::move(done), result);
    }

    void checkAvailable(Callback done) override { deliver(std::move(done), failure()); }

    QString backendName() const override { return QStringLiteral("memory"); }

private:
    Result failure() const
    {
        if (failWith == Error::None) {
            return {};
        }
        return {failWith, QStringLiteral("simulated keychain failure"), {}};
    }

    void deliver(Callback done, const Result& result)
    {
        ++operations;
        QMetaObject::invokeMethod(
            this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
    }
};
