#pragma once

#include "RequestAuth.h"
#include "http/RequestSpec.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One request brought in from a curl command, a Postman collection or a HAR
// file. `spec` holds no secret: every credential was taken out and is
// described by `auth` (the secrets themselves are in ImportResult::credentials,
// found by RequestAuth::reference). To make a preset, bind a token to the
// request (spec.tokenId) that is sent the way `auth` says.
struct ImportedRequest
{
    using Variable = QPair<QString, QString>;

    QString name;
    QStringList folderPath; // Postman folders, outermost first; empty at the top level
    QString description; // from the collection; plain text or Markdown
    RequestSpec spec;
    QList<RequestAuth> auth; // usually zero or one entry
    QList<Variable> variables; // {{name}} values that belong to this request (Postman path variables)
    QStringList notes; // what was changed, left out or not supported, in plain words
    QStringList ignored; // options that do not apply (curl: -s, --compressed, …), as written

    // For `latchkey import --dry-run --json`: contains no secret.
    QJsonObject toJson() const;

    bool operator==(const ImportedRequest&) const = default;
};
