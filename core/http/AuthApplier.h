#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct PreparedRequest;
struct Provider;
struct TokenRecord;

// Puts a token on a request exactly the way its service wants it: a Bearer
// header, a header of its own (PRIVATE-TOKEN, X-Figma-Token, …), a raw
// Authorization value (Linear), Basic with an email (Jira, Zendesk), or query
// parameters (Trello) — plus the service's required headers (Harvest's
// account id, Notion's version, a User-Agent). Records which headers and
// parameters carry the secret.
class AuthApplier
{
    Q_DECLARE_TR_FUNCTIONS(AuthApplier)

public:
    // Adds the provider's and the token's own headers (not the secret).
    // Returns a sentence naming a missing value, or an empty string.
    // With `skipIncomplete`, headers whose values are not known are left out instead.
    static QString applyHeaders(PreparedRequest& request, const Provider& provider, const TokenRecord& token,
                                bool skipIncomplete = false);
    // Adds the secret. Returns a sentence naming a missing value, or an empty string.
    static QString applySecret(PreparedRequest& request, const Provider& provider, const TokenRecord& token,
                               const QByteArray& secret);
    // The header that carries the token for this provider/token, lower-case (for masking).
    static QByteArray credentialHeaderName(const Provider& provider, const TokenRecord& token);

    static QByteArray defaultUserAgent();
};
