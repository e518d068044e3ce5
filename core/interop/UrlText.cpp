#include "UrlText.h"

#include <QUrl>

namespace {

bool isSchemeChar(QChar c, bool first)
{
    if (c.unicode() < 128 && c.isLetter()) {
        return true;
    }
    return !first
        && ((c.unicode() < 128 && c.isDigit()) || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('.'));
}

} // namespace

UrlText UrlText::parse(const QString& url)
{
    UrlText parts;
    qsizetype i = 0;
    const qsizetype n = url.size();

    // scheme://
    qsizetype j = 0;
    while (j < n && isSchemeChar(url[j], j == 0)) {
        ++j;
    }
    if (j > 0 && url.mid(j, 3) == QStringLiteral("://")) {
        parts.scheme = url.left(j);
        i = j + 3;
        parts.hasAuthority = true;
    } else if (n > 0 && url[0] != QLatin1Char('/') && url[0] != QLatin1Char('?') && url[0] != QLatin1Char('#')) {
        parts.hasAuthority = true; // "api.example.com/items", "{{baseUrl}}/items"
    }

    if (parts.hasAuthority) {
        qsizetype end = i;
        while (end < n && url[end] != QLatin1Char('/') && url[end] != QLatin1Char('?')
               && url[end] != QLatin1Char('#')) {
            ++end;
        }
        QString authority = url.mid(i, end - i);
        const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            parts.hasUserInfo = true;
            parts.userInfo = authority.left(at);
            authority = authority.mid(at + 1);
        }
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        const qsizetype bracket = authority.lastIndexOf(QLatin1Char(']'));
        if (colon > bracket && colon >= 0) {
            parts.host = authority.left(colon);
            parts.port = authority.mid(colon + 1);
            parts.hasPort = true;
        } else {
            parts.host = authority;
        }
        i = end;
    }

    qsizetype end = i;
    while (end < n && url[end] != QLatin1Char('?') && url[end] != QLatin1Char('#')) {
        ++end;
    }
    parts.path = url.mid(i, end - i);
    i = end;
    if (i < n && url[i] == QLatin1Char('?')) {
        parts.hasQuery = true;
        ++i;
        end = i;
        while (end < n && url[end] != QLatin1Char('#')) {
            ++end;
        }
        const QString query = url.mid(i, end - i);
        if (!query.isEmpty()) {
            parts.queryPieces = query.split(QLatin1Char('&'));
        }
        i = end;
    }
    if (i < n && url[i] == QLatin1Char('#')) {
        parts.hasFragment = true;
        parts.fragment = url.mid(i + 1);
    }
    return parts;
}

QString UrlText::toString() const
{
    QString text;
    if (!scheme.isEmpty()) {
        text += scheme + QStringLiteral("://");
    }
    if (hasAuthority) {
        if (hasUserInfo) {
            text += userInfo + QLatin1Char('@');
        }
        text += host;
        if (hasPort || !port.isEmpty()) {
            text += QLatin1Char(':') + port;
        }
    }
    text += path;
    if (hasQuery) {
        text += QLatin1Char('?') + queryPieces.join(QLatin1Char('&'));
    }
    if (hasFragment) {
        text += QLatin1Char('#') + fragment;
    }
    return text;
}

QString UrlText::hostLower() const
{
    if (host.contains(QLatin1Char('{')) || host.contains(QLatin1Char('<')) || host.contains(QLatin1Char('$'))) {
        return {};
    }
    return host.toLower();
}

QString UrlText::decode(const QString& text)
{
    QString plus = text;
    plus.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(plus.toUtf8());
}

QPair<QString, QString> UrlText::decodePiece(const QString& piece)
{
    const qsizetype equals = piece.indexOf(QLatin1Char('='));
    if (equals < 0) {
        return {decode(piece), QString()};
    }
    return {decode(piece.left(equals)), decode(piece.mid(equals + 1))};
}
