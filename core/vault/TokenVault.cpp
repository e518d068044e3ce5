#include "TokenVault.h"

#include "TokenInput.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

TokenVault::TokenVault(SecretStore* secrets, const QString& metadataPath, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_file(metadataPath, QStringLiteral("latchkey.tokens"), schemaVersion)
{ }

JsonFile::LoadResult TokenVault::load()
{
    JsonFile::LoadResult result = m_file.load();
    m_tokens.clear();
    m_writable = result.writable();
    m_readOnlyReason = m_writable ? QString() : result.message;
    if (result.status == JsonFile::Status::Ok) {
        const QJsonArray list = result.root.value(QStringLiteral("tokens")).toArray();
        for (const QJsonValue& value : list) {
            TokenRecord record = TokenRecord::fromJson(value.toObject());
            if (!record.id.isEmpty() && !record.name.isEmpty() && indexOf(record.id) < 0) {
                m_tokens.append(record);
            }
        }
    }
    emit reloaded();
    return result;
}

std::optional<TokenRecord> TokenVault::token(const QString& id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0) {
        return std::nullopt;
    }
    return m_tokens.at(index);
}

std::optional<TokenRecord> TokenVault::find(const QString& nameOrId) const
{
    for (const TokenRecord& record : m_tokens) {
        if (record.name.compare(nameOrId, Qt::CaseInsensitive) == 0) {
            return record;
        }
    }
    return token(nameOrId);
}

QString TokenVault::validateName(const QString& name, const QString& exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return tr("Give the token a name, for example \"GitHub (work)\".");
    }
    if (trimmed.size() > 100) {
        return tr("That name is too long; keep it under 100 characters.");
    }
    for (const TokenRecord& record : m_tokens) {
        if (record.id != exceptId && record.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
            return tr("A token named \"%1\" already exists. Choose another name.").arg(record.name);
        }
    }
    return {};
}

void TokenVault::addToken(TokenRecord record, const QString& pasted, Callback done)
{
    record.name = record.name.trimmed();
    if (!m_writable) {
        done(readOnlyResult());
        return;
    }
    if (const QString problem = validateName(record.name); !problem.isEmpty()) {
        Result result;
        result.error = record.name.isEmpty() ? Error::EmptyName : Error::DuplicateName;
        result.message = problem;
        done(result);
        return;
    }
    TokenInput::Result input = TokenInput::normalize(pasted);
    if (!input.ok()) {
        Result result;
        result.error = Error::InvalidSecret;
        result.message = input.error;
        done(result);
        return;
    }
    if (!m_secrets) {
        done(keychainFailure({SecretStore::Error::Unavailable, tr("No keychain is configured."), {}}, record.id));
        return;
    }

    const QStringList notes = input.notes;
    m_secrets->write(
        record.id, input.secret,
        [this, guard = QPointer<TokenVault>(this), record, notes, done](const SecretStore::Result& written) {
            if (!guard) {
                return;
            }
            if (!written.ok()) {
                done(keychainFailure(written, record.id));
                return;
            }
            // A name may have been taken while the keychain was busy.
            if (const QString problem = validateName(record.name); !problem.isEmpty()) {
                m_secrets->remove(record.id, [](const SecretStore::Result&) {});
                done({Error::DuplicateName, SecretStore::Error::None, problem, record.id, {}, {}});
                return;
            }
            m_tokens.append(record);
            Result saved = save();
            if (!saved.ok()) {
                m_tokens.removeLast();
                // Do not leave an orphan secret behind.
                m_secrets->remove(record.id, [](const SecretStore::Result&) {});
                done(saved);
                return;
            }
            emit tokenAdded(record.id);
            Result result;
            result.tokenId = record.id;
            result.notes = notes;
            done(result);
        });
    wipe(input.secret);
}

TokenVault::Result TokenVault::renameToken(const QString& id, const QString& newName)
{
    if (!m_writable) {
        return readOnlyResult();
    }
    const qsizetype index = indexOf(id);
    if (index < 0) {
        return {Error::NotFound, SecretStore::Error::None, tr("There is no such token."), id, {}, {}};
    }
    const QString trimmed = newName.trimmed();
    if (const QString problem = validateName(trimmed, id); !problem.isEmpty()) {
        return {
            trimmed.isEmpty() ? Error::EmptyName : Error::DuplicateName, SecretStore::Error::None, problem, id, {}, {}};
    }
    const QString oldName = m_tokens[index].name;
    m_tokens[index].name = trimmed;
    Result result = save();
    if (!result.ok()) {
        m_tokens[index].name = oldName;
        return result;
    }
    emit tokenChanged(id);
    result.tokenId = id;
    return result;
}

TokenVault::Result TokenVault::updateToken(const TokenRecord& record)
{
    if (!m_writable) {
        return readOnlyResult();
    }
    const qsizetype index = indexOf(record.id);
    if (index < 0) {
        return {Error::NotFound, SecretStore::Error::None, tr("There is no such token."), record.id, {}, {}};
    }
    if (const QString problem = validateName(record.name, record.id); !problem.isEmpty()) {
        return {Error::DuplicateName, SecretStore::Error::None, problem, record.id, {}, {}};
    }
    const TokenRecord previous = m_tokens.at(index);
    m_tokens[index] = record;
    Result result = save();
    if (!result.ok()) {
        m_tokens[index] = previous;
        return result;
    }
    emit tokenChanged(record.id);
    result.tokenId = record.id;
    return result;
}

void TokenVault::removeToken(const QString& id, Callback done)
{
    if (!m_writable) {
        done(readOnlyResult());
        return;
    }
    if (indexOf(id) < 0) {
        done({Error::NotFound, SecretStore::Error::None, tr("There is no such token."), id, {}, {}});
        return;
    }
    if (!m_secrets) {
        done(keychainFailure({SecretStore::Error::Unavailable, tr("No keychain is configured."), {}}, id));
        return;
    }
    m_secrets->remove(id, [this, guard = QPointer<TokenVault>(this), id, done](const SecretStore::Result& removed) {
        if (!guard) {
            return;
        }
        // A secret that is already gone is fine: the goal is that it is gone.
        if (!removed.ok() && removed.error != SecretStore::Error::NotFound) {
            done(keychainFailure(removed, id));
            return;
        }
        const qsizetype index = indexOf(id);
        if (index < 0) {
            done({Error::NotFound, SecretStore::Error::None, tr("There is no such token."), id, {}, {}});
            return;
        }
        const TokenRecord previous = m_tokens.takeAt(index);
        Result result = save();
        if (!result.ok()) {
            m_tokens.insert(index, previous);
            done(result);
            return;
        }
        emit tokenRemoved(id);
        result.tokenId = id;
        done(result);
    });
}

void TokenVault::readSecret(const QString& id, Callback done)
{
    if (indexOf(id) < 0) {
        done({Error::NotFound, SecretStore::Error::None, tr("There is no such token."), id, {}, {}});
        return;
    }
    if (!m_secrets) {
        done(keychainFailure({SecretStore::Error::Unavailable, tr("No keychain is configured."), {}}, id));
        return;
    }
    m_secrets->read(id, [id, done](const SecretStore::Result& read) {
        if (!read.ok()) {
            done(keychainFailure(read, id));
            return;
        }
        Result result;
        result.tokenId = id;
        result.secret = read.secret;
        done(result);
    });
}

void TokenVault::replaceSecret(const QString& id, const QString& pasted, Callback done)
{
    if (indexOf(id) < 0) {
        done({Error::NotFound, SecretStore::Error::None, tr("There is no such token."), id, {}, {}});
        return;
    }
    TokenInput::Result input = TokenInput::normalize(pasted);
    if (!input.ok()) {
        done({Error::InvalidSecret, SecretStore::Error::None, input.error, id, {}, {}});
        return;
    }
    if (!m_secrets) {
        done(keychainFailure({SecretStore::Error::Unavailable, tr("No keychain is configured."), {}}, id));
        return;
    }
    m_secrets->write(
        id, input.secret,
        [this, guard = QPointer<TokenVault>(this), id, notes = input.notes, done](const SecretStore::Result& written) {
            if (!guard) {
                return;
            }
            if (!written.ok()) {
                done(keychainFailure(written, id));
                return;
            }
            emit tokenChanged(id);
            Result result;
            result.tokenId = id;
            result.notes = notes;
            done(result);
        });
    wipe(input.secret);
}

void TokenVault::markUsed(const QString& id, const QDateTime& when)
{
    const qsizetype index = indexOf(id);
    if (index < 0 || !m_writable) {
        return;
    }
    m_tokens[index].lastUsedAt = when.toUTC();
    if (save().ok()) {
        emit tokenChanged(id);
    }
}

void TokenVault::checkKeychain(Callback done)
{
    if (!m_secrets) {
        done(keychainFailure({SecretStore::Error::Unavailable, tr("No keychain is configured."), {}}, {}));
        return;
    }
    m_secrets->checkAvailable(
        [done](const SecretStore::Result& result) { done(result.ok() ? Result {} : keychainFailure(result, {})); });
}

TokenVault::Result TokenVault::save()
{
    QJsonArray list;
    for (const TokenRecord& record : std::as_const(m_tokens)) {
        list.append(record.toJson());
    }
    QString error;
    if (!m_file.save(QJsonObject {{QStringLiteral("tokens"), list}}, &error)) {
        return {Error::Storage, SecretStore::Error::None, error, {}, {}, {}};
    }
    return {};
}

TokenVault::Result TokenVault::readOnlyResult() const
{
    return {Error::ReadOnly,
            SecretStore::Error::None,
            tr("Latchkey is not changing your tokens: %1").arg(m_readOnlyReason),
            {},
            {},
            {}};
}

TokenVault::Result TokenVault::keychainFailure(const SecretStore::Result& result, const QString& tokenId)
{
    Result failure;
    failure.error = result.error == SecretStore::Error::NotFound ? Error::NotFound : Error::Keychain;
    failure.keychainError = result.error;
    failure.message = result.message;
    failure.tokenId = tokenId;
    return failure;
}

qsizetype TokenVault::indexOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens.at(i).id == id) {
            return i;
        }
    }
    return -1;
}
