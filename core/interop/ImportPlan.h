#pragma once

#include "ImportResult.h"
#include "presets/Preset.h"
#include "vault/TokenRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class PresetStore;
class ProviderCatalog;
class TokenVault;

// What becomes of one detected credential when an import is saved.
struct CredentialChoice
{
    enum class Action {
        NewToken, // keep the secret in the keychain as a new token
        UseToken, // bind the requests to a token the person already has
        LeaveOut, // send the requests without it
    };

    QString reference; // DetectedCredential::reference
    Action action = Action::LeaveOut;
    QString tokenId; // UseToken
    QString tokenName; // NewToken
    QString providerId; // NewToken: the service, "custom" when none fits

    bool operator==(const CredentialChoice&) const = default;
};

// The decisions of one import, made before anything is written: what each
// credential becomes (a new token, an existing token, nothing) and which
// collection the requests go to. It turns imported requests into presets that
// refer to tokens by id, so no secret ever reaches presets.json.
//
// The business rules live here so that `latchkey import` and the window's
// import preview decide the same way:
// - a credential with a secret becomes a new token (provider guessed from the
//   token's shape, then the host; a custom API token otherwise), unless the
//   person picks an existing one;
// - a credential that is only referred to ({{token}}, $TOKEN, <YOUR-TOKEN>)
//   uses an existing token for that host or service when there is one;
// - cookies are left out (Latchkey calls APIs with tokens, not browser sessions).
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)

public:
    ImportResult result; // what is imported (for HAR: only the picked entries)
    QList<CredentialChoice> choices; // one per credential of `result`, in the same order
    QString collectionName;

    // A plan with the default choices above; the collection is named after the import.
    static ImportPlan propose(const ImportResult& result, const TokenVault& vault, const ProviderCatalog& catalog);

    // Tokens that may be sent to `url` (DESIGN rule 1), or of `providerId` when the address is relative.
    static QList<TokenRecord> tokensFor(const QString& url, const QString& providerId, const TokenVault& vault,
                                        const ProviderCatalog& catalog);

    // Whether `credential` can be kept as a token at all (cookies and values with spaces cannot).
    static bool canBecomeToken(const DetectedCredential& credential);

    const CredentialChoice* choice(const QString& reference) const;
    CredentialChoice* choice(const QString& reference);

    // A sentence for each problem that blocks saving (a missing or duplicate token name, an unknown token).
    QStringList problems(const TokenVault& vault, const ProviderCatalog& catalog) const;

    // The metadata of the new token for `credential` (a new id; the secret is not part of it).
    // `notes` receives what the person should still do (a required field that was not in the request).
    TokenRecord newToken(const DetectedCredential& credential, const CredentialChoice& choice,
                         const ProviderCatalog& catalog, QStringList* notes = nullptr) const;

    // The presets, bound to the tokens in `tokenIds` (reference → token id), in `collectionId`, with
    // names that are free in `store`. `notes` receives what the person should know (unbound credentials).
    QList<Preset> presets(const QHash<QString, QString>& tokenIds, const QString& collectionId,
                          const PresetStore& store, const TokenVault& vault, const ProviderCatalog& catalog,
                          QStringList* notes = nullptr) const;

    // A collection name for an import: the collection's or environment's own name, else "Imported".
    static QString suggestCollectionName(const ImportResult& result);
};
