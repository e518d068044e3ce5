#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A credential found in imported material: taken OUT of the request (which
// then holds no secret) and handed to the caller, who offers to keep it in
// the keychain as a token or to use an existing token for that host. When the
// material only refers to a credential ({{token}}, $ACCESS_TOKEN,
// <YOUR-TOKEN>), `secret` is empty and `reference` names it.
struct DetectedCredential
{
    Q_DECLARE_TR_FUNCTIONS(DetectedCredential)

public:
    enum class Kind {
        Bearer, // Authorization: Bearer …
        Token, // Authorization: token … (GitHub's older form)
        Basic, // Authorization: Basic …, curl -u, Postman basic auth (user name + password)
        Authorization, // Authorization: <value as is> (Linear; schemes Latchkey does not know)
        Header, // a token header of its own: PRIVATE-TOKEN, X-Figma-Token, X-Api-Key, …
        Query, // a parameter in the address: access_token, api_key, …
        Cookie, // a Cookie header (browser sessions)
        Variable, // a secret Postman variable used as {{name}} outside auth (a body, say)
    };

    Kind kind = Kind::Bearer;
    QString name; // header, query parameter or variable name
    QByteArray secret; // empty when only referred to
    QString username; // Basic only; not a secret
    QString reference; // what stands for it in requests: RequestAuth::reference, {{reference}}
    QString providerId; // guessed service (token shape first, then host); empty when unknown
    QString host; // lower-case host of the first request that carried it; empty when unknown
    QString source; // where it was found, in plain words ("the -H option", "the collection's auth")

    bool hasSecret() const { return !secret.isEmpty(); }
    QString kindName() const { return kindName(kind); }
    // A phrase for people: "a Bearer token in the Authorization header".
    QString describe() const;
    // For --dry-run --json and logs: the secret is never included, only whether there is one.
    QJsonObject toJson() const;

    // bearer | token | basic | authorization | header | query | cookie | variable
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name, bool* ok = nullptr);

    bool operator==(const DetectedCredential&) const = default;
};
