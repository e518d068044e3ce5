#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Where token secrets live. The only implementation the app uses is
// KeychainSecretStore (the operating system's keychain); tests of other parts
// may use an in-memory store. Every operation is asynchronous: the callback is
// invoked later from the event loop, never from inside the call.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound, // no secret under that key
        Unavailable, // no keychain service running / reachable
        Locked, // the keychain exists but is locked and was not unlocked
        AccessDenied, // the user or the system refused access
        Timeout, // the keychain did not answer in time
        Other,
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString message; // human-readable, never contains the secret
        QByteArray secret;
        bool ok() const { return error == Error::None; }
    };

    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& key, Callback done) = 0;
    virtual void write(const QString& key, const QByteArray& secret, Callback done) = 0;
    virtual void remove(const QString& key, Callback done) = 0;
    // Succeeds when secrets can be stored right now; otherwise says why.
    virtual void checkAvailable(Callback done) = 0;

    // A short description of the backend, for error messages and diagnostics.
    virtual QString backendName() const = 0;
};
