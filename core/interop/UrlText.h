#pragma once

#include <QPair>
#include <QString>
#include <QStringList>

// An address as text, split into its parts without decoding or re-encoding
// anything, because imported addresses hold {{variables}}, {placeholders} and
// other things QUrl would mangle. toString() gives back the same text when
// nothing was changed.
struct UrlText
{
    QString scheme; // "https", or empty when the text has none
    QString userInfo; // "user:password", without the '@'
    bool hasUserInfo = false;
    QString host; // as written (may be "{{baseUrl}}")
    QString port; // as written, without the ':'
    bool hasPort = false; // a ':' after the host, even with nothing after it
    bool hasAuthority = false; // false for "/path" and "?query"
    QString path; // "/a/b", as written
    QStringList queryPieces; // "name=value" pieces, as written (not decoded)
    bool hasQuery = false;
    QString fragment;
    bool hasFragment = false;

    static UrlText parse(const QString& url);
    QString toString() const;
    // The host in lower case, or empty when it is a {{variable}} or missing.
    QString hostLower() const;

    // A query piece split at its first '=', both halves decoded (%XX, '+' as a space).
    static QPair<QString, QString> decodePiece(const QString& piece);
    static QString decode(const QString& text);
};
