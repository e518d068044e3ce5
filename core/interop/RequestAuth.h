#pragma once

#include "DetectedCredential.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct Provider;
struct TokenRecord;

// How a request authenticates, without the secret: which kind of credential,
// under which header or parameter name, and the reference of the credential
// it uses (a DetectedCredential::reference on import; the {{name}} or
// $LATCHKEY_NAME placeholder on export).
struct RequestAuth
{
    using Kind = DetectedCredential::Kind;

    Kind kind = Kind::Bearer;
    QString name; // "Authorization", the token header, the query parameter, "Cookie"
    QString username; // Basic only (may hold {{variables}})
    QString reference = QStringLiteral("token");

    QJsonObject toJson() const;
    static RequestAuth fromJson(const QJsonObject& object);

    static RequestAuth bearer(const QString& reference = QStringLiteral("token"));
    static RequestAuth header(const QString& name, const QString& reference = QStringLiteral("token"));
    static RequestAuth query(const QString& name, const QString& reference = QStringLiteral("token"));
    static RequestAuth basic(const QString& username, const QString& reference = QStringLiteral("token"));

    // How a token of `provider` is sent (the same rules as AuthApplier): what
    // the exporters need to write the right placeholder in the right place.
    // Query parameters that do not carry the token (Trello's key) are not auth.
    static QList<RequestAuth> forProvider(const Provider& provider, const TokenRecord& token,
                                          const QString& reference = QStringLiteral("token"));

    bool operator==(const RequestAuth&) const = default;
};
