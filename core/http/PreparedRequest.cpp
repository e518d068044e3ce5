#include "PreparedRequest.h"

#include <QUrlQuery>

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
        const bool secret = credentialHeaders.contains(header.first.toLower());
        shown.append(header.first, secret ? mask().toUtf8() : header.second);
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
