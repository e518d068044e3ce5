#include "RequestAuth.h"

#include "providers/Placeholders.h"
#include "providers/Provider.h"
#include "vault/TokenRecord.h"

namespace {

const QString authorization = QStringLiteral("Authorization");

} // namespace

QJsonObject RequestAuth::toJson() const
{
    QJsonObject object {{QStringLiteral("kind"), DetectedCredential::kindName(kind)},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("reference"), reference}};
    if (!username.isEmpty()) {
        object.insert(QStringLiteral("username"), username);
    }
    return object;
}

RequestAuth RequestAuth::fromJson(const QJsonObject& object)
{
    RequestAuth auth;
    auth.kind = DetectedCredential::kindFromName(object.value(QStringLiteral("kind")).toString());
    auth.name = object.value(QStringLiteral("name")).toString();
    auth.username = object.value(QStringLiteral("username")).toString();
    auth.reference = object.value(QStringLiteral("reference")).toString(QStringLiteral("token"));
    return auth;
}

RequestAuth RequestAuth::bearer(const QString& reference)
{
    return {Kind::Bearer, authorization, {}, reference};
}

RequestAuth RequestAuth::header(const QString& name, const QString& reference)
{
    return {Kind::Header, name, {}, reference};
}

RequestAuth RequestAuth::query(const QString& name, const QString& reference)
{
    return {Kind::Query, name, {}, reference};
}

RequestAuth RequestAuth::basic(const QString& username, const QString& reference)
{
    return {Kind::Basic, authorization, username, reference};
}

QList<RequestAuth> RequestAuth::forProvider(const Provider& provider, const TokenRecord& token,
                                            const QString& reference)
{
    QString scheme = provider.auth.scheme;
    QString name = provider.auth.header;
    QList<QPair<QString, QString>> params = provider.auth.params;
    if (provider.isCustom()) {
        const QString kind = token.fields.value(QStringLiteral("authScheme")).toString();
        const QString custom = token.fields.value(QStringLiteral("authName")).toString();
        scheme = QStringLiteral("bearer");
        if ((kind == QStringLiteral("header") || kind == QStringLiteral("query")) && !custom.isEmpty()) {
            scheme = kind;
            name = custom;
            params = {{custom, QStringLiteral("{token}")}};
        } else if (kind == QStringLiteral("basic")) {
            return {basic(custom, reference)};
        } else if (kind == QStringLiteral("raw")) {
            scheme = kind;
        }
    }
    if (scheme == QStringLiteral("header") && !name.isEmpty()) {
        return {header(name, reference)};
    }
    if (scheme == QStringLiteral("raw")) {
        return {{Kind::Authorization, authorization, {}, reference}};
    }
    if (scheme == QStringLiteral("basic")) {
        return {basic(Placeholders::expand(provider.auth.username, provider.valuesFor(token)), reference)};
    }
    if (scheme == QStringLiteral("query")) {
        QList<RequestAuth> list;
        for (const auto& param : params) {
            if (param.second.contains(QStringLiteral("{token}"))) {
                list.append(query(param.first, reference));
            }
        }
        return list;
    }
    return {bearer(reference)};
}
