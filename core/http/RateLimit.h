#pragma once

#include "HttpHeaders.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What a service says about its rate limit, from the headers its provider
// file names (X-RateLimit-Remaining, RateLimit-Reset, Retry-After, …).
struct RateLimit
{
    qint64 limit = -1;
    qint64 remaining = -1;
    QDateTime resetAt; // invalid when unknown
    qint64 retryAfterSeconds = -1;

    bool known() const { return remaining >= 0 || retryAfterSeconds >= 0; }
    // "4,987 of 5,000 requests left, resets at 17:00"
    QString text() const;
    // How long to wait before asking again (0 when nothing says to wait).
    qint64 waitSeconds(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // `spec` is the provider's "rateLimit" object (may be empty: common header names are tried).
    static RateLimit fromHeaders(const HttpHeaders& headers, const QJsonObject& spec = {},
                                 const QDateTime& now = QDateTime::currentDateTimeUtc());
};
