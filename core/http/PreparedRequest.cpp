#include "PreparedRequest.h"

#include <QUrlQuery>

#include <algorithm>

QUrl PreparedRequest::displayUrl() const
{
    if (credentialQueryItems.isEmpty()) {
        return url;
    }
    QUrl shown = url;
    QUrlQuery query(shown);
    for (const QString& name : credentialQueryItems) {
        if (query.hasQueryItem(name)) {
            query.removeAllQueryItems(name);
            query.addQueryItem(name, mask());
        }
    }
    shown.setQuery(query);
    return shown;
}

HttpHeaders PreparedRequest::displayHeaders() const
{
    HttpHeaders shown;
    for (const HttpHeaders::Header& header : headers.list()) {
        if (!credentialHeaders.contains(header.first.toLower())) {
            shown.append(header.first, header.second);
            continue;
        }
        // Keep the scheme word ("Bearer ••••••"): it helps and reveals nothing.
        QByteArray scheme;
        for (const QByteArray& word :
             {QByteArrayLiteral("Bearer "), QByteArrayLiteral("Basic "), QByteArrayLiteral("token ")}) {
            if (header.second.startsWith(word)) {
                scheme = word;
            }
        }
        shown.append(header.first, scheme + mask().toUtf8());
    }
    return shown;
}

void PreparedRequest::stripCredentials()
{
    for (const QByteArray& name : std::as_const(credentialHeaders)) {
        headers.remove(name);
    }
    if (!credentialQueryItems.isEmpty()) {
        QUrlQuery query(url);
        for (const QString& name : std::as_const(credentialQueryItems)) {
            query.removeAllQueryItems(name);
        }
        url.setQuery(query);
    }
    credentialHeaders.clear();
    credentialQueryItems.clear();
    tokenId.clear();
}

QList<QByteArray> PreparedRequest::credentialValues() const
{
    QList<QByteArray> values;
    auto add = [&values](const QByteArray& value) {
        // Very short values would match everywhere and are not worth hiding.
        if (value.size() >= 8 && !values.contains(value)) {
            values.append(value);
        }
    };
    for (const HttpHeaders::Header& header : headers.list()) {
        if (credentialHeaders.contains(header.first.toLower())) {
            add(header.second);
            const qsizetype space = header.second.indexOf(' ');
            if (space > 0) {
                add(header.second.mid(space + 1).trimmed());
            }
        }
    }
    const QUrlQuery query(url);
    for (const QString& name : credentialQueryItems) {
        for (const QString& value : query.allQueryItemValues(name, QUrl::FullyDecoded)) {
            add(value.toUtf8());
        }
    }
    // Longest first, so a whole "Bearer x" is masked before its "x".
    std::sort(values.begin(), values.end(),
              [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    return values;
}
