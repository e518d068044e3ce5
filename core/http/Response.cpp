#include "Response.h"

QByteArray Response::contentType() const
{
    const QByteArray full = headers.value("Content-Type");
    const qsizetype semicolon = full.indexOf(';');
    return (semicolon < 0 ? full : full.left(semicolon)).trimmed().toLower();
}

bool Response::looksLikeJson() const
{
    const QByteArray type = contentType();
    if (type == "application/json" || type.endsWith("+json") || type == "text/json") {
        return true;
    }
    for (char c : body.left(64)) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            continue;
        }
        return c == '{' || c == '[';
    }
    return false;
}

void Response::maskEchoes(const QList<QByteArray>& secrets)
{
    if (secrets.isEmpty()) {
        echoesChecked = true;
        return;
    }
    const QByteArray masked = QStringLiteral("••••••").toUtf8();
    HttpHeaders cleaned;
    for (const HttpHeaders::Header& header : headers.list()) {
        QByteArray value = header.second;
        for (const QByteArray& secret : secrets) {
            value.replace(secret, masked);
        }
        cleaned.append(header.first, value);
    }
    headers = cleaned;
    if (body.size() > maxEchoCheckBytes) {
        echoesChecked = false;
        return;
    }
    bool changed = false;
    for (const QByteArray& secret : secrets) {
        if (body.contains(secret)) {
            body.replace(secret, masked);
            changed = true;
        }
    }
    if (changed) {
        bodySize = body.size();
    }
    echoesChecked = true;
}
