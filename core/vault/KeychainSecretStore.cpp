#include "KeychainSecretStore.h"

#include "data/HumanFormat.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {

bool mentionsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("LATCHKEY_KEYCHAIN_TIMEOUT_MS", &ok);
    if (ok && fromEnv > 0) {
        m_timeoutMs = fromEnv;
    }
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("the Secret Service (GNOME Keyring or KWallet)");
#endif
}

SecretStore::Result KeychainSecretStore::resultFor(int keychainError, const QString& keychainMessage)
{
    Result result;
    const QString detail = keychainMessage.trimmed();
    const auto error = static_cast<QKeychain::Error>(keychainError);
    if (error == QKeychain::NoError) {
        return result;
    }
    if (error == QKeychain::EntryNotFound) {
        result.error = Error::NotFound;
        result.message = tr("The keychain holds no secret for this token. It may have been deleted outside "
                            "Latchkey: remove the token and add it again.");
        return result;
    }

    // The Secret Service reports a locked keyring as "access denied" or as an
    // "other" error; the words tell them apart.
    if (mentionsAny(detail, {"locked", "unlock"})) {
        result.error = Error::Locked;
    } else if (error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied
               || mentionsAny(detail, {"dismissed", "denied", "not allowed"})) {
        result.error = Error::AccessDenied;
    } else if (error == QKeychain::NoBackendAvailable
               || mentionsAny(detail,
                              {"d-bus", "dbus", "org.freedesktop.secrets", "ServiceUnknown", "not provided by any",
                               "no such secret collection", "kwallet", "no keychain service", "connect", "autolaunch",
                               "not activatable"})) {
        result.error = Error::Unavailable;
    } else {
        result.error = Error::Other;
        result.message = tr("The keychain reported a problem: %1").arg(detail);
        return result;
    }

    switch (result.error) {
    case Error::Locked:
        result.message = tr("The keychain is locked. Unlock it (in your keyring app, or by logging in again), "
                            "then try again.");
        break;
    case Error::AccessDenied:
        result.message = tr("Access to the keychain was refused. Allow Latchkey to use the keychain when your "
                            "system asks, then try again.");
        break;
    default:
        result.message = tr("No keychain service is available. Latchkey keeps tokens only in the system keychain "
                            "(GNOME Keyring or KWallet on Linux) and never in a plain file. Start your keyring "
                            "(or log in to a desktop session), then try again.");
        break;
    }
    if (!detail.isEmpty()) {
        result.message += QLatin1Char(' ') + tr("(The keychain said: %1)").arg(detail);
    }
    return result;
}

void KeychainSecretStore::run(QKeychain::Job* job, Kind kind, const QString& key, Callback done)
{
    // `done` runs exactly once: when the job finishes, or when the timeout fires
    // first. A job that finishes after its timeout is not reported; if it was a
    // write that succeeded, the secret is deleted again so nothing is left behind.
    auto pending = std::make_shared<Callback>(std::move(done));
    auto settle = [pending](const Result& result) {
        if (!*pending) {
            return false;
        }
        Callback callback = std::move(*pending);
        *pending = nullptr;
        callback(result);
        return true;
    };

    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeoutMs);
    connect(timer, &QTimer::timeout, this, [settle, timer, timeoutMs = m_timeoutMs] {
        timer->deleteLater();
        Result result;
        result.error = Error::Timeout;
        result.message = tr("The keychain did not answer within %1. It may be waiting for you to unlock "
                            "it in another window; otherwise restart your keyring and try again.")
                             .arg(HumanFormat::seconds(timeoutMs));
        settle(result);
    });

    connect(job, &QKeychain::Job::finished, this, [this, settle, timer, kind, key](QKeychain::Job* finished) {
        const bool timedOut = !timer->isActive();
        timer->stop();
        timer->deleteLater();
        Result result = resultFor(finished->error(), finished->errorString());
        if (timedOut) {
            if (result.ok() && kind == Kind::Write) {
                remove(key, [](const Result&) {});
            }
            return;
        }
        if (result.ok() && kind == Kind::Read) {
            if (auto* reader = qobject_cast<QKeychain::ReadPasswordJob*>(finished)) {
                result.secret = reader->textData().toUtf8();
            }
        }
        // Deliver from the event loop, never from inside start().
        QMetaObject::invokeMethod(
            this, [settle, result] { settle(result); }, Qt::QueuedConnection);
    });

    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    timer->start();
    job->start();
}

void KeychainSecretStore::confirmNotFound(const Result& notFound, Callback done)
{
    checkAvailable([notFound, done](const Result& probe) { done(probe.ok() ? notFound : probe); });
}

void KeychainSecretStore::read(const QString& key, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(QString::fromLatin1(serviceName), this);
    run(job, Kind::Read, key, [this, done](const Result& result) {
        if (result.error == Error::NotFound) {
            confirmNotFound(result, done);
            return;
        }
        done(result);
    });
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(QString::fromLatin1(serviceName), this);
    // Tokens are text; stored as text so the keychain's own tools show them as they are.
    job->setTextData(QString::fromUtf8(secret));
    run(job, Kind::Write, key, std::move(done));
}

void KeychainSecretStore::remove(const QString& key, Callback done)
{
    // A locked Secret Service "deletes" nothing and reports success, so make sure
    // it is usable first: otherwise the secret would silently stay behind.
    checkAvailable([this, key, done](const Result& available) {
        if (!available.ok()) {
            done(available);
            return;
        }
        auto* job = new QKeychain::DeletePasswordJob(QString::fromLatin1(serviceName), this);
        run(job, Kind::Remove, key, done);
    });
}

void KeychainSecretStore::checkAvailable(Callback done)
{
    const QString key = QString::fromLatin1(probeKey);
    auto* job = new QKeychain::WritePasswordJob(QString::fromLatin1(serviceName), this);
    job->setTextData(QStringLiteral("This entry is written and deleted again to check that the keychain works."));
    run(job, Kind::Write, key, [this, key, done](const Result& written) {
        if (!written.ok()) {
            done(written);
            return;
        }
        auto* removal = new QKeychain::DeletePasswordJob(QString::fromLatin1(serviceName), this);
        run(removal, Kind::Remove, key, [done](const Result&) { done({}); });
    });
}
