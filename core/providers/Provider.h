#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

struct TokenRecord;

// One service Latchkey knows, as described by resources/providers/<id>.json
// (see docs/provider-format.md). A value type: no behaviour beyond resolving
// where a given token's requests go.
struct Provider
{
    struct Field
    {
        QString id;
        QString label;
        QString kind; // text | email | choice
        QString help;
        QString placeholder;
        bool required = false;
        QJsonObject choices; // kind == choice: {method, url, items, value, label}
    };

    struct Region
    {
        QString id;
        QString label;
        QString baseUrl;
    };

    struct Instance
    {
        QString label;
        QString placeholder;
        QString defaultHost;
        QString baseUrlTemplate; // https://{host}/api/v4
        QString defaultBaseUrl; // when the host is the default one (GitHub: api.github.com)
    };

    struct Auth
    {
        QString scheme; // bearer | header | raw | basic | query
        QString header; // scheme == header
        QString value = QStringLiteral("{token}");
        QString username; // scheme == basic
        QString password = QStringLiteral("{token}");
        QList<QPair<QString, QString>> params; // scheme == query
    };

    QString id;
    QString name;
    QString color;
    bool advanced = false;
    QString tokenName;
    QString tokenPage;
    QString docs;
    QString help;

    QString baseUrl; // fixed base URL, or empty
    QList<Region> regions;
    std::optional<Instance> instance;
    QStringList extraHosts;

    QList<Field> fields;
    Auth auth;
    QList<QPair<QString, QString>> headers;

    QStringList prefixes;
    QRegularExpression pattern; // invalid/empty when none

    QJsonObject whoami;
    QJsonObject pagination;
    QJsonObject rateLimit;
    QJsonArray readOnlyPosts;
    QHash<int, QString> errors;
    QJsonArray recipes;

    bool isCustom() const { return id == QStringLiteral("custom"); }
    bool needsHost() const { return instance.has_value(); }

    // Reads a provider file's object. Unknown keys are ignored; validation is
    // ProviderValidator's job.
    static Provider fromJson(const QJsonObject& object);

    // Where requests with `token` go: its base-URL override, else the
    // instance/region/fixed base URL of the provider. Empty when unknown.
    QString baseUrlFor(const TokenRecord& token) const;
    // The hosts a token may be sent to (DESIGN rule 1), lower-case.
    QStringList hostsFor(const TokenRecord& token) const;
    // The values placeholders are filled from: fields, host, region.
    QHash<QString, QString> valuesFor(const TokenRecord& token) const;
    // The page where the token is created (for instance providers, on the token's host).
    QString tokenPageFor(const TokenRecord& token) const;
    // Rewrites an absolute URL on one of the provider's own hosts to the
    // token's base-URL override origin (self-hosted and test servers).
    QString mapAbsoluteUrl(const QString& url, const TokenRecord& token) const;
    QString errorHint(int status) const { return errors.value(status); }
};
