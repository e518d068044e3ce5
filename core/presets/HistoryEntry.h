#pragma once

#include "http/RequestSpec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct SendResult;

// One sent request in the history: when, what (the request as composed, with
// every secret-looking value masked), and how it went. Never holds a token.
struct HistoryEntry
{
    QString id;
    QDateTime when;
    QString method;
    QString url; // as sent, credentials masked
    int status = 0; // 0 when no answer arrived
    QString outcome; // "200 OK", or what went wrong
    qint64 durationMs = 0;
    qint64 size = 0;
    QString tokenId;
    QString presetId;
    RequestSpec request; // to send it again (secrets masked)

    static HistoryEntry fromResult(const SendResult& result, const RequestSpec& composed, const QString& presetId = {});
    // The request with credential headers and credential query parameters masked.
    static RequestSpec redacted(const RequestSpec& spec);

    QJsonObject toJson() const;
    static HistoryEntry fromJson(const QJsonObject& object);
    bool matches(const QString& search) const;
};
