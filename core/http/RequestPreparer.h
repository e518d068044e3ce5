#pragma once

#include "PreparedRequest.h"
#include "RequestSpec.h"

#include <QCoreApplication>
#include <QStringList>

struct Provider;
struct TokenRecord;

// Turns what a person composed (a RequestSpec whose {{variables}} are already
// filled) into a request for the wire, and enforces the token safety rules
// before the secret is even read from the keychain:
//   1. the token goes only to its own hosts,
//   2. over plain http:// only to this computer unless confirmed,
//   6. a token in explore mode only reads (GET, HEAD, the service's read-only POSTs).
// check() decides; attachSecret() adds the token once check() allowed it.
class RequestPreparer
{
    Q_DECLARE_TR_FUNCTIONS(RequestPreparer)

public:
    struct Allowances
    {
        bool otherHost = false; // "send once" to a host outside the token's hosts
        bool plainHttp = false; // confirmed: send the token over plain http://
        bool write = false; // confirmed: a writing method with an explore-mode token
        // Not a safety rule: leave out the provider's headers whose values are not
        // known yet (listing Harvest's accounts, before one is chosen).
        bool incompleteHeaders = false;
    };

    enum class Refusal {
        None,
        BadUrl, // not a usable address
        NoAddress, // a relative path, but the token has no base URL
        OtherHost, // rule 1
        PlainHttp, // rule 2
        Write, // rule 6
        MissingValue, // the provider needs a value the token lacks
    };

    struct Result
    {
        PreparedRequest request;
        Refusal refusal = Refusal::None;
        QString message; // why it was refused, naming the hosts involved
        QString requestHost; // the host asked for
        QStringList allowedHosts; // the token's hosts
        bool ok() const { return refusal == Refusal::None; }
        // Refusals a person may override with a confirmation.
        bool canBeConfirmed() const
        {
            return refusal == Refusal::OtherHost || refusal == Refusal::PlainHttp || refusal == Refusal::Write;
        }
    };

    // `token` and `provider` are null for a request without a token.
    static Result check(const RequestSpec& spec, const TokenRecord* token, const Provider* provider,
                        const Allowances& allowances);
    static Result check(const RequestSpec& spec, const TokenRecord* token, const Provider* provider)
    {
        return check(spec, token, provider, Allowances());
    }
    // Adds the secret to a request check() allowed. Returns an error sentence or empty.
    static QString attachSecret(Result& checked, const Provider& provider, const TokenRecord& token,
                                const QByteArray& secret);

    // "/user/repos" + "https://api.github.com" → https://api.github.com/user/repos.
    static QUrl resolveUrl(const QString& text, const QString& baseUrl, QString* error);
    // True when `method` on `url` changes something (not GET/HEAD/OPTIONS, nor a known read-only POST).
    static bool isWrite(const QByteArray& method, const QUrl& url, const QByteArray& body, const Provider* provider);
    // The body bytes and Content-Type for a spec.
    static QByteArray encodeBody(const RequestSpec& spec, QByteArray* contentType);
};
