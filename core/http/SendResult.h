#pragma once

#include "PreparedRequest.h"
#include "RequestPreparer.h"
#include "Response.h"

#include <QString>
#include <QStringList>

// How sending a request ended (see RequestSender).
struct SendResult
{
    enum class Stage {
        Answered, // `response` holds what came back (a response of any status, or a network failure)
        MissingVariables, // `missing` lists {{variables}} without a value
        Refused, // `check` says why: bad address, a safety rule, a missing provider value
        TokenMissing, // the request names a token that no longer exists
        Keychain, // the token's secret could not be read
    };

    Stage stage = Stage::Answered;
    QString message; // plain language, for anything but Answered
    QStringList missing; // MissingVariables
    RequestPreparer::Result check; // Refused (and the allowed check otherwise)
    Response response; // Answered
    QUrl shownUrl; // the URL as sent, credentials masked
    HttpHeaders shownHeaders; // the headers as sent, credentials masked
    QByteArray method;
    QString tokenId;

    bool answered() const { return stage == Stage::Answered; }
};
