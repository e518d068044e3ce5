#pragma once

#include "Response.h"

#include <QCoreApplication>
#include <QString>

struct Provider;

// The answer in plain language, first: "200 OK — 30 items, 41 KB, 212 ms", or
// for failures what happened and what to do ("401: GitHub did not accept this
// token…", "429: too many requests; try again in 12 s").
struct ResponseSummary
{
    Q_DECLARE_TR_FUNCTIONS(ResponseSummary)

public:
    enum class Tone {
        Success,
        Warning,
        Error
    };

    Tone tone = Tone::Error;
    QString headline; // one line
    QString advice; // what it means / what to do; may be empty

    // `itemCount` is the number of items in a JSON list answer (-1 when not a list).
    static ResponseSummary of(const Response& response, const Provider* provider, qint64 itemCount = -1);
    // "HTTP/1.1 · first byte 120 ms · 4,987 of 5,000 requests left"
    static QString details(const Response& response, const Provider* provider);
    static QString statusText(int status, const QString& reason);
};
