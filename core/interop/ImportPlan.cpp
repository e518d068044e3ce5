#include "ImportPlan.h"

#include "FormatDetector.h"
#include "http/HostGuard.h"
#include "presets/PresetStore.h"
#include "presets/Template.h"
#include "providers/Provider.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenDraft.h"
#include "vault/TokenVault.h"

#include <QSet>
#include <QUrl>

namespace {

using Kind = DetectedCredential::Kind;
using Action = CredentialChoice::Action;

// The first absolute address of a request that uses `reference`.
QString firstUrlUsing(const ImportResult& result, const QString& reference)
{
    for (const ImportedRequest& request : result.requests) {
        for (const RequestAuth& auth : request.auth) {
            if (auth.reference == reference && request.spec.url.contains(QStringLiteral("://"))) {
                return request.spec.url;
            }
        }
    }
    return {};
}

// The first value of header `name` among the requests that use `reference`.
QString headerValue(const ImportResult& result, const QString& reference, const QString& name)
{
    for (const ImportedRequest& request : result.requests) {
        const bool uses = std::any_of(request.auth.begin(), request.auth.end(),
                                      [&reference](const RequestAuth& auth) { return auth.reference == reference; });
        if (!uses) {
            continue;
        }
        for (const RequestSpec::Field& header : request.spec.headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                return header.second;
            }
        }
    }
    return {};
}

QString originOf(const QString& url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        return {};
    }
    return parsed.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::StripTrailingSlash);
}

// "{accountId}" → "accountId"; anything else → empty.
QString soleField(const QString& value)
{
    if (value.size() > 2 && value.startsWith(QLatin1Char('{')) && value.endsWith(QLatin1Char('}'))
        && !value.mid(1, value.size() - 2).contains(QLatin1Char('{'))) {
        return value.mid(1, value.size() - 2);
    }
    return {};
}

bool isOnlyVariable(const QString& value)
{
    const QString trimmed = value.trimmed();
    const QStringList names = Template::variables(trimmed);
    return names.size() == 1 && trimmed == QStringLiteral("{{%1}}").arg(names.first());
}

} // namespace

QString ImportPlan::suggestCollectionName(const ImportResult& result)
{
    if (!result.name.trimmed().isEmpty()) {
        return result.name.trimmed().left(120);
    }
    switch (result.format) {
    case ImportFormat::Curl:
        return tr("Imported from cURL");
    case ImportFormat::Har:
        return tr("Imported from the browser");
    default:
        return tr("Imported");
    }
}

bool ImportPlan::canBecomeToken(const DetectedCredential& credential)
{
    if (!credential.hasSecret() || credential.kind == Kind::Cookie) {
        return false;
    }
    for (const char c : credential.secret) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
    }
    return true;
}

QList<TokenRecord> ImportPlan::tokensFor(const QString& url, const QString& providerId, const TokenVault& vault,
                                         const ProviderCatalog& catalog)
{
    QList<TokenRecord> found;
    const QUrl parsed(url);
    for (const TokenRecord& token : vault.tokens()) {
        const Provider& provider = catalog.providerOrCustom(token.providerId);
        if (!parsed.host().isEmpty()) {
            if (HostGuard::isAllowedHost(parsed, provider.hostsFor(token))) {
                found.append(token);
            }
        } else if (!providerId.isEmpty() && token.providerId == providerId) {
            found.append(token);
        }
    }
    return found;
}

ImportPlan ImportPlan::propose(const ImportResult& result, const TokenVault& vault, const ProviderCatalog& catalog)
{
    ImportPlan plan;
    plan.result = result;
    plan.collectionName = suggestCollectionName(result);
    QSet<QString> takenNames;
    for (const DetectedCredential& credential : result.credentials) {
        CredentialChoice choice;
        choice.reference = credential.reference;
        const QString url = firstUrlUsing(result, credential.reference);
        if (canBecomeToken(credential)) {
            choice.action = Action::NewToken;
            choice.providerId
                = catalog.provider(credential.providerId) ? credential.providerId : QStringLiteral("custom");
            QString base = catalog.providerOrCustom(choice.providerId).name;
            if (choice.providerId == QStringLiteral("custom")) {
                const QString host = QUrl(url).host();
                base = host.isEmpty() ? credential.reference : host;
            }
            QString name = TokenDraft::suggestName(base, vault);
            for (int n = 2; takenNames.contains(name.toLower()) && n < 1000; ++n) {
                name = TokenDraft::suggestName(QStringLiteral("%1 %2").arg(base).arg(n), vault);
            }
            takenNames.insert(name.toLower());
            choice.tokenName = name;
        } else if (credential.kind != Kind::Cookie) {
            const QList<TokenRecord> tokens = tokensFor(url, credential.providerId, vault, catalog);
            if (!tokens.isEmpty()) {
                choice.action = Action::UseToken;
                choice.tokenId = tokens.first().id;
            }
        }
        plan.choices.append(choice);
    }
    return plan;
}

const CredentialChoice* ImportPlan::choice(const QString& reference) const
{
    for (const CredentialChoice& entry : choices) {
        if (entry.reference == reference) {
            return &entry;
        }
    }
    return nullptr;
}

CredentialChoice* ImportPlan::choice(const QString& reference)
{
    for (CredentialChoice& entry : choices) {
        if (entry.reference == reference) {
            return &entry;
        }
    }
    return nullptr;
}

QStringList ImportPlan::problems(const TokenVault& vault, const ProviderCatalog& catalog) const
{
    QStringList list;
    if (!result.ok()) {
        list.append(result.error.toString());
        return list;
    }
    if (!result.requests.isEmpty() && collectionName.trimmed().isEmpty()) {
        list.append(tr("Give the collection a name."));
    }
    QSet<QString> names;
    for (const CredentialChoice& entry : choices) {
        const DetectedCredential* credential = result.credential(entry.reference);
        if (!credential) {
            continue;
        }
        if (entry.action == Action::NewToken) {
            if (!canBecomeToken(*credential)) {
                list.append(tr("%1 cannot be kept as a token.").arg(credential->describe()));
                continue;
            }
            if (const QString problem = vault.validateName(entry.tokenName); !problem.isEmpty()) {
                list.append(problem);
            } else if (names.contains(entry.tokenName.trimmed().toLower())) {
                list.append(tr("Two new tokens are both called \"%1\"; give them different names.")
                                .arg(entry.tokenName.trimmed()));
            }
            names.insert(entry.tokenName.trimmed().toLower());
            if (!catalog.provider(entry.providerId) && entry.providerId != QStringLiteral("custom")) {
                list.append(tr("Latchkey knows no service \"%1\".").arg(entry.providerId));
            }
        } else if (entry.action == Action::UseToken && !vault.token(entry.tokenId)) {
            list.append(tr("The token chosen for %1 no longer exists.").arg(credential->describe()));
        }
    }
    return list;
}

TokenRecord ImportPlan::newToken(const DetectedCredential& credential, const CredentialChoice& chosen,
                                 const ProviderCatalog& catalog, QStringList* notes) const
{
    const Provider& provider = catalog.providerOrCustom(chosen.providerId);
    const QString url = firstUrlUsing(result, credential.reference);
    TokenDraft draft;
    draft.providerId = provider.id;
    draft.name = chosen.tokenName.trimmed();
    if (provider.isCustom()) {
        draft.baseUrl = originOf(url);
        switch (credential.kind) {
        case Kind::Header:
            draft.customAuthScheme = QStringLiteral("header");
            draft.customAuthName = credential.name;
            break;
        case Kind::Query:
        case Kind::Variable:
            draft.customAuthScheme = credential.kind == Kind::Query ? QStringLiteral("query") : QString();
            draft.customAuthName = credential.kind == Kind::Query ? credential.name : QString();
            break;
        case Kind::Basic:
            draft.customAuthScheme = QStringLiteral("basic");
            draft.customAuthName = credential.username;
            break;
        case Kind::Authorization:
            draft.customAuthScheme = QStringLiteral("raw");
            break;
        case Kind::Bearer:
        case Kind::Token:
        case Kind::Cookie:
            break;
        }
    } else {
        // Values the service needs that the request itself carried (Harvest-Account-Id: 12345).
        for (const auto& header : provider.headers) {
            const QString field = soleField(header.second);
            const QString value = headerValue(result, credential.reference, header.first).trimmed();
            if (!field.isEmpty() && !value.isEmpty() && Template::variables(value).isEmpty()) {
                draft.fields.insert(field, value);
            }
        }
        if (credential.kind == Kind::Basic && !credential.username.isEmpty()) {
            for (const Provider::Field& field : provider.fields) {
                if (field.id == QStringLiteral("email") || field.id == QStringLiteral("username")) {
                    draft.fields.insert(field.id, credential.username);
                }
            }
        }
        // A self-hosted instance (GitLab on gitlab.example.com), or another host the token was sent to.
        const QUrl parsed(url);
        if (!parsed.host().isEmpty()) {
            if (provider.instance && parsed.host().compare(provider.instance->defaultHost, Qt::CaseInsensitive) != 0
                && !draft.fields.contains(QStringLiteral("host"))) {
                draft.fields.insert(QStringLiteral("host"), parsed.host().toLower());
            }
            TokenRecord probe = draft.toRecord();
            if (!HostGuard::isAllowedHost(parsed, provider.hostsFor(probe))) {
                draft.hosts.append(parsed.port() > 0 ? QStringLiteral("%1:%2").arg(parsed.host()).arg(parsed.port())
                                                     : parsed.host());
            }
        }
        if (notes) {
            for (const Provider::Field& field : provider.fields) {
                if (field.required && !draft.fields.contains(field.id)) {
                    notes->append(tr("The new token \"%1\" still needs \"%2\": set it in the token's details.")
                                      .arg(draft.name, field.label));
                }
            }
        }
    }
    return draft.toRecord();
}

QList<Preset> ImportPlan::presets(const QHash<QString, QString>& tokenIds, const QString& collectionId,
                                  const PresetStore& store, const TokenVault& vault, const ProviderCatalog& catalog,
                                  QStringList* notes) const
{
    QList<Preset> list;
    QSet<QString> taken;
    QSet<QString> unboundNoted;
    QHash<QString, QString> sharedValues;
    for (const ImportResult::Variable& variable : result.variables) {
        sharedValues.insert(variable.first, variable.second);
    }
    for (const ImportedRequest& request : result.requests) {
        RequestSpec spec = request.spec;
        spec.tokenId.clear();
        for (const RequestAuth& auth : request.auth) {
            const QString tokenId = tokenIds.value(auth.reference);
            if (!tokenId.isEmpty()) {
                spec.tokenId = tokenId;
                break;
            }
            if (notes && !unboundNoted.contains(auth.reference)) {
                unboundNoted.insert(auth.reference);
                const DetectedCredential* credential = result.credential(auth.reference);
                notes->append(tr("No token is bound for %1: pick a token for the preset before sending it.")
                                  .arg(credential ? credential->describe() : auth.reference));
            }
        }
        if (const auto token = vault.token(spec.tokenId)) {
            // Headers the service sets itself from the token's details are not kept as {{variables}}.
            const Provider& provider = catalog.providerOrCustom(token->providerId);
            spec.headers.erase(std::remove_if(spec.headers.begin(), spec.headers.end(),
                                              [&provider](const RequestSpec::Field& header) {
                                                  return isOnlyVariable(header.second)
                                                      && std::any_of(provider.headers.begin(), provider.headers.end(),
                                                                     [&header](const auto& own) {
                                                                         return own.first.compare(header.first,
                                                                                                  Qt::CaseInsensitive)
                                                                             == 0;
                                                                     });
                                              }),
                               spec.headers.end());
        }

        QString name = request.name.trimmed().left(120);
        if (name.isEmpty()) {
            name = QStringLiteral("%1 %2").arg(spec.method, spec.url).left(120);
        }
        QString unique = store.uniqueName(name);
        for (int n = 2; taken.contains(unique.toLower()) && n < 10000; ++n) {
            unique = store.uniqueName(QStringLiteral("%1 %2").arg(name).arg(n));
        }
        taken.insert(unique.toLower());

        Preset preset = Preset::create(unique, spec);
        preset.description = request.description;
        preset.collectionId = collectionId;
        preset.folder = request.folderPath.join(QLatin1Char('/'));
        QHash<QString, QString> values = sharedValues;
        for (const ImportedRequest::Variable& variable : request.variables) {
            values.insert(variable.first, variable.second);
        }
        for (Preset::Variable& variable : preset.variables) {
            variable.second = values.value(variable.first);
        }
        list.append(preset);
    }
    return list;
}
