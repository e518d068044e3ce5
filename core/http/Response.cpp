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
