#pragma once

#include "RequestAuth.h"
#include "http/RequestSpec.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

struct PreparedRequest;

// A request → a curl command for POSIX shells ("Copy as cURL").
//
// The token never appears unless the caller passes it explicitly: in its
// place the command holds the shell variable $LATCHKEY_TOKEN (for the
// reference "token"; $LATCHKEY_<REFERENCE> in general, $LATCHKEY_COOKIE for
// cookies), in double quotes so that
//     LATCHKEY_TOKEN=… sh -c "$(pbpaste)"   or   export LATCHKEY_TOKEN=…
// runs it as is. CurlImporter reads $LATCHKEY_TOKEN back as the reference
// "token", so export → import gives the same request (without its tokenId).
class CurlExporter
{
public:
    struct Options
    {
        bool multiline = true; // one option per line, continued with " \"
        QString baseUrl; // written before a relative address ("/user/repos")
        // reference → the real secret, written instead of the placeholder. Only on the person's explicit choice.
        QHash<QString, QByteArray> secrets;
    };

    // "$LATCHKEY_TOKEN" for "token".
    static QString placeholder(const QString& reference);
    static QString variableName(const QString& reference); // "LATCHKEY_TOKEN"

    // A request as composed, plus how its token is sent (RequestAuth::forProvider).
    static QString write(const RequestSpec& spec, const QList<RequestAuth>& auth, const Options& options);
    static QString write(const RequestSpec& spec, const QList<RequestAuth>& auth = {})
    {
        return write(spec, auth, Options());
    }
    // A request ready for the wire: every header, credentials known by name. Their values become
    // placeholders unless `includeSecrets` is true (the person's explicit choice).
    static QString write(const PreparedRequest& request, bool includeSecrets, bool multiline = true);
};
