#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

// A request ready to go on the wire: absolute URL, every header (including
// the token's, when one is attached), the body. It knows which of its headers
// and query parameters are credentials, so they can be dropped on a redirect
// to another origin and masked wherever the request is shown.
struct PreparedRequest
{
    static constexpr qint64 defaultMaxBodyBytes = 512LL * 1024 * 1024;
    static constexpr int defaultTimeoutMs = 30000;
    static constexpr int defaultMaxRedirects = 10;

    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;

    QSet<QByteArray> credentialHeaders; // lower-case names
    QStringList credentialQueryItems; // query parameter names that carry the secret
    QString tokenId; // the token attached, if any

    int timeoutMs = defaultTimeoutMs; // no byte for this long: give up
    int maxRedirects = defaultMaxRedirects;
    qint64 maxBodyBytes = defaultMaxBodyBytes; // in memory; beyond it, saveTo a file
    QString saveTo; // write the body to this file instead of memory

    bool hasCredentials() const { return !credentialHeaders.isEmpty() || !credentialQueryItems.isEmpty(); }
    // The URL with credential query parameters masked: safe to show or log.
    QUrl displayUrl() const;
    // The headers with credential values masked: safe to show or log.
    HttpHeaders displayHeaders() const;
    // Removes every credential (headers and query items): used across origins.
    void stripCredentials();
    // The credential values as they go on the wire (whole header values, the part after a
    // scheme word, query values): what to look for when a service echoes them back.
    QList<QByteArray> credentialValues() const;

    static QString mask() { return QStringLiteral("••••••"); }
};
