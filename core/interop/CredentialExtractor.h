#pragma once

#include "DetectedCredential.h"
#include "ImportedRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class ProviderCatalog;

// Takes credentials out of imported requests: the Authorization header
// (Bearer, token, Basic, a raw key), token headers (PRIVATE-TOKEN,
// X-Figma-Token, X-Shopify-Access-Token, X-Api-Key, … and every provider's own
// header), user:password in the address, token-looking query parameters
// (access_token, token, api_key, key, private_token, …) and cookies. Each one
// is removed from the RequestSpec and recorded twice: in the request's `auth`
// (how it is sent, under a reference name) and, once per distinct
// credential, in credentials() (the secret, the host, a guessed provider).
//
// A value that only refers to a credential is no secret: {{token}} (Postman,
// Latchkey), $TOKEN / ${TOKEN} / %TOKEN% / $env:TOKEN (shells), and the
// placeholders of documentation (<YOUR-TOKEN>, {access_token}, YOUR_API_KEY,
// ****). It becomes a credential with an empty secret whose reference is the
// variable's name ("token" for documentation placeholders).
//
// One extractor is used for one whole import, so the same secret used by many
// requests is one credential.
class CredentialExtractor
{
    Q_DECLARE_TR_FUNCTIONS(CredentialExtractor)

public:
    struct Reference
    {
        QString variable; // the {{name}} / $NAME referred to; empty for documentation placeholders
        bool isReference = false; // true: not a secret
    };

    explicit CredentialExtractor(const ProviderCatalog* catalog = nullptr);

    // Postman: values of variables, used to resolve {{host}} parts of addresses (plain values) and to give
    // a {{name}} reference its secret (secret values).
    void setPlainValues(const QHash<QString, QString>& values) { m_plainValues = values; }
    void setSecretValues(const QHash<QString, QString>& values) { m_secretValues = values; }

    // Removes every credential from request.spec (headers, user info and query of the address).
    void extract(ImportedRequest& request);
    // Records a credential that came from somewhere else (curl -u and --oauth2-bearer, Postman auth):
    // `value` is the secret or a reference to it.
    void add(ImportedRequest& request, DetectedCredential::Kind kind, const QString& name, const QString& value,
             const QString& username, const QString& source);
    // A credential that belongs to no request: an environment value, a secret collection variable.
    void addVariable(const QString& name, const QString& value, const QString& host, const QString& source);

    const QList<DetectedCredential>& credentials() const { return m_credentials; }
    // {{variables}} that requests use as credentials (their values are secrets).
    const QStringList& referencedVariables() const { return m_referenced; }

    // The guessed provider: from the secret's prefix first, then from the host.
    QString suggestProvider(const QByteArray& secret, const QString& host) const;

    static bool isCredentialHeader(const QString& name);
    static bool isCredentialParameter(const QString& name);
    // Variable names such as token, apiKey, client_secret, password (not tokenUrl, key_id, pageToken).
    static bool looksSecretName(const QString& name);
    static Reference referenceIn(const QString& value);

private:
    QString hostOf(const QString& url) const;
    void buildHostRules() const;
    QString referenceFor(const QString& value, const Reference& reference, const QString& stem);
    DetectedCredential* find(const QString& reference);

    const ProviderCatalog* m_catalog = nullptr;
    QStringList m_providerHeaders; // lower-case token headers of the catalog's providers
    struct HostRule
    {
        QString host;
        QString providerId;
        bool suffix = false;
    };
    mutable QList<HostRule> m_hostRules; // built on first use: most imports never need them
    mutable bool m_hostRulesBuilt = false;
    QHash<QString, QString> m_plainValues;
    QHash<QString, QString> m_secretValues;
    QList<DetectedCredential> m_credentials;
    QHash<QString, QString> m_referenceBySecret; // literal secret or placeholder text → reference
    QHash<QString, qsizetype> m_index; // reference → position in m_credentials
    QHash<QString, int> m_nextNumber; // "token" → the number to try next for token_N
    QStringList m_referenced;
    QSet<QString> m_referencedSet;
};
