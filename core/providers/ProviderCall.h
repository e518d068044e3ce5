#pragma once

#include "http/RequestPreparer.h"

#include <QJsonObject>

struct Provider;
struct TokenRecord;

// A request a provider file describes — who-am-I, the list behind a "choice"
// field — as {method, path | url, body}, made ready for the wire with a token.
// Goes through the same safety checks as any request.
class ProviderCall
{
public:
    // `incompleteHeaders`: leave out provider headers whose values are not known yet.
    static RequestPreparer::Result prepare(const QJsonObject& call, const Provider& provider, const TokenRecord& token,
                                           const QByteArray& secret, bool incompleteHeaders = false);
};
