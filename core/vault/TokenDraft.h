#pragma once

#include "TokenRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class ProviderCatalog;
class TokenVault;

// A token being added, before it exists: what the Add-token dialog and
// `latchkey tokens add` fill in. It knows the rules (unique name, usable
// token, the service's required fields, a well-formed address) so neither the
// window nor the command line has to.
class TokenDraft
{
    Q_DECLARE_TR_FUNCTIONS(TokenDraft)

public:
    struct Problem
    {
        QString field; // "name", "token", "baseUrl", "provider", or a provider field id
        QString message; // a sentence a person can act on
        bool blocking = true; // false: a warning (e.g. the token looks like another service's)
    };

    QString providerId = QStringLiteral("custom");
    QString name;
    QString pasted; // the token as pasted; cleaned by TokenInput
    QJsonObject fields; // provider fields: host, region, email, accountId, …
    QString baseUrl; // optional override (self-hosted, custom APIs, test servers)
    QStringList hosts; // extra hosts the token may go to
    QList<TokenRecord::Header> extraHeaders;
    // Custom API only: how the token is sent.
    QString customAuthScheme; // bearer | header | query (empty = bearer)
    QString customAuthName; // header or query parameter name

    // Every problem, blocking ones first. Empty when the token can be added.
    QList<Problem> check(const ProviderCatalog& catalog, const TokenVault& vault) const;
    bool canAdd(const ProviderCatalog& catalog, const TokenVault& vault) const;

    // "GitHub", or "GitHub 2" when that name is taken.
    static QString suggestName(const QString& base, const TokenVault& vault);

    // The metadata to store (a new id, created now).
    TokenRecord toRecord() const;

    // Headers that carry secrets may not be stored as plain extra headers.
    static bool isCredentialHeader(const QString& name);
};
