#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// What came back: a response (any status), or why none did.
struct Response
{
    enum class Outcome {
        Received, // a response arrived (any status, 404 and 500 included)
        NetworkError, // DNS, refused, unreachable, closed
        Timeout,
        Cancelled,
        TlsError,
        TooLarge, // over the in-memory limit: save it to a file instead
        Decompression, // the compressed body expanded suspiciously (a "zip bomb") or was broken
        FileError, // saving to a file failed
    };

    struct Timings
    {
        qint64 connectStartMs = -1; // name resolved, connecting started
        qint64 tlsDoneMs = -1; // TLS handshake done
        qint64 requestSentMs = -1;
        qint64 firstByteMs = -1; // response headers arrived
        qint64 totalMs = 0;
    };

    Outcome outcome = Outcome::NetworkError;
    QString errorMessage; // plain language: what happened and what to do
    QString errorDetail; // Qt's own words, for the curious

    int status = 0;
    QString reason;
    QString httpVersion;
    HttpHeaders headers;
    QByteArray body; // when kept in memory
    QString bodyFile; // when saved to a file
    qint64 bodySize = 0; // bytes after decompression
    qint64 expectedSize = -1;

    QUrl url; // the URL asked for first (credentials masked)
    QUrl finalUrl; // after redirects (credentials masked)
    QList<QUrl> redirects;
    bool credentialsDroppedOnRedirect = false;
    Timings timings;
    QString certificateSummary; // TLS errors: who the certificate was issued to/by, and when it expires

    // Bodies up to this size are searched for an echoed credential (see maskEchoes).
    static constexpr qint64 maxEchoCheckBytes = 16LL * 1024 * 1024;

    bool received() const { return outcome == Outcome::Received; }
    // Replaces every occurrence of `secrets` in the headers and the body (kept in memory, up
    // to maxEchoCheckBytes) with the mask: some services (and test servers) echo the
    // request's credentials back, and the answer is shown, printed and kept.
    void maskEchoes(const QList<QByteArray>& secrets);
    bool echoesChecked = false; // maskEchoes() looked through the whole body
    bool isSuccess() const { return received() && status >= 200 && status < 300; }
    QByteArray contentType() const;
    bool looksLikeJson() const;
};
