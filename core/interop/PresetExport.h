#pragma once

#include "ImportedRequest.h"
#include "presets/Preset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class ProviderCatalog;
class TokenVault;

// Presets on their way out of Latchkey: as curl commands ("Copy as cURL",
// `latchkey export NAME --as curl`) and as a Postman v2.1 collection with an
// environment (`--as postman`, File → Export collection as Postman…).
//
// A token never appears unless the caller hands its secret in on the person's
// explicit choice: curl commands hold $LATCHKEY_TOKEN (see CurlExporter), the
// collection holds {{token}} and the environment declares it with an empty
// value. Each preset's address is made absolute with its token's base URL,
// and the headers the service needs (Harvest-Account-Id, an API version) are
// written out, so the command or collection runs as Latchkey would send it.
class PresetExport
{
    Q_DECLARE_TR_FUNCTIONS(PresetExport)

public:
    struct Postman
    {
        QByteArray collection;
        QByteArray environment;
        QStringList notes; // what the person should know (a token with its secret included, a missing token)
    };

    // The request as it goes out, without the secret; its auth refers to `reference`.
    static ImportedRequest toRequest(const Preset& preset, const TokenVault& vault, const ProviderCatalog& catalog,
                                     const QString& reference = QStringLiteral("token"));

    // The reference of each token the presets use: "token" when there is one, else "token", "token_2", ….
    static QHash<QString, QString> references(const QList<Preset>& presets);

    // One curl command per preset, separated by a blank line and a "# name" comment when there are several.
    // `secrets` (token id → secret) are written instead of placeholders: only on the person's explicit choice.
    static QString curl(const QList<Preset>& presets, const TokenVault& vault, const ProviderCatalog& catalog,
                        const QHash<QString, QByteArray>& secrets = {});

    // A v2.1 collection and its environment. `secrets` (token id → secret) fill the environment's values
    // only when given (the person's explicit choice); otherwise those values are empty.
    static Postman postman(const QString& name, const QList<Preset>& presets, const TokenVault& vault,
                           const ProviderCatalog& catalog, const QHash<QString, QByteArray>& secrets = {});
};
