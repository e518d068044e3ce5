#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// A request as a person composes it (and as presets store it): the address
// may be relative to the token's base URL and may hold {{variables}}. It
// never holds a secret: the token is referred to by id.
struct RequestSpec
{
    using Field = QPair<QString, QString>;

    QString method = QStringLiteral("GET");
    QString url; // "https://…" or "/user/repos" (relative to the token's base URL)
    QList<Field> headers; // the person's own headers
    QString body; // text as typed
    QString bodyType; // "" (none) | json | form | raw
    QString tokenId; // empty: no token
    QList<Field> formFields; // bodyType == form

    QJsonObject toJson() const;
    static RequestSpec fromJson(const QJsonObject& object);
    bool operator==(const RequestSpec&) const = default;
};
