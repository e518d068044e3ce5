#pragma once

#include "SecretStore.h"
#include "TokenRecord.h"
#include "storage/JsonFile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

// Tokens as a whole: the metadata in tokens.json and the secrets in a
// SecretStore (the keychain), kept in step. The UI and the CLI both go
// through this class; it emits signals when the list changes.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    static constexpr int schemaVersion = 1;

    enum class Error {
        None,
        EmptyName,
        DuplicateName,
        InvalidSecret, // empty, broken, … (message says what)
        NotFound,
        Keychain, // see keychainError
        Storage, // tokens.json could not be written
        ReadOnly, // tokens.json is from a newer version or unreadable: nothing is changed
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        SecretStore::Error keychainError = SecretStore::Error::None;
        QString message; // human-readable, never contains a secret
        QString tokenId; // the token concerned
        QByteArray secret; // readSecret only; callers wipe it when done
        QStringList notes; // addToken: what was cleaned up in the pasted token
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result&)>;

    TokenVault(SecretStore* secrets, const QString& metadataPath, QObject* parent = nullptr);

    // Reads tokens.json. A corrupt file is moved aside (see JsonFile) and the
    // vault starts empty; the returned result says what happened.
    JsonFile::LoadResult load();
    bool isReadOnly() const { return !m_writable; }
    QString metadataPath() const { return m_file.path(); }
    SecretStore* secretStore() const { return m_secrets; }

    const QList<TokenRecord>& tokens() const { return m_tokens; }
    std::optional<TokenRecord> token(const QString& id) const;
    // By name (case-insensitive) or by id.
    std::optional<TokenRecord> find(const QString& nameOrId) const;

    // Empty when `name` can be used (for a new token, or for `exceptId` renamed).
    QString validateName(const QString& name, const QString& exceptId = {}) const;

    // Stores the secret in the keychain first, then the metadata. `record`
    // comes from TokenRecord::create(); `pasted` is cleaned by TokenInput.
    void addToken(TokenRecord record, const QString& pasted, Callback done);
    Result renameToken(const QString& id, const QString& newName);
    // Saves changed metadata (who-am-I facts, hosts, …). The id must exist.
    Result updateToken(const TokenRecord& record);
    // Deletes the secret from the keychain, then the metadata.
    void removeToken(const QString& id, Callback done);
    void readSecret(const QString& id, Callback done);
    // Replaces the secret of an existing token (keeps its name and settings).
    void replaceSecret(const QString& id, const QString& pasted, Callback done);
    void markUsed(const QString& id, const QDateTime& when = QDateTime::currentDateTimeUtc());
    // Finds out whether the keychain can store secrets right now.
    void checkKeychain(Callback done);

signals:
    void tokenAdded(const QString& id);
    void tokenChanged(const QString& id);
    void tokenRemoved(const QString& id);
    void reloaded();

private:
    Result save();
    Result readOnlyResult() const;
    static Result keychainFailure(const SecretStore::Result& result, const QString& tokenId);
    qsizetype indexOf(const QString& id) const;

    QPointer<SecretStore> m_secrets;
    JsonFile m_file;
    QList<TokenRecord> m_tokens;
    bool m_writable = true;
    QString m_readOnlyReason;
};
