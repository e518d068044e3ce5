#include "TokenRecord.h"

#include <QJsonArray>
#include <QUuid>

namespace {

QString toText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromText(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    }
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        list.append(item.toString());
    }
    return list;
}

} // namespace

TokenRecord TokenRecord::create(const QString& name, const QString& providerId)
{
    TokenRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.name = name;
    record.providerId = providerId.isEmpty() ? QStringLiteral("custom") : providerId;
    record.createdAt = QDateTime::currentDateTimeUtc();
    return record;
}

QJsonObject TokenRecord::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("provider"), providerId);
    if (!baseUrl.isEmpty()) {
        object.insert(QStringLiteral("baseUrl"), baseUrl);
    }
    if (!hosts.isEmpty()) {
        object.insert(QStringLiteral("hosts"), toArray(hosts));
    }
    if (!extraHeaders.isEmpty()) {
        QJsonArray headers;
        for (const Header& header : extraHeaders) {
            headers.append(
                QJsonObject {{QStringLiteral("name"), header.first}, {QStringLiteral("value"), header.second}});
        }
        object.insert(QStringLiteral("headers"), headers);
    }
    if (!fields.isEmpty()) {
        object.insert(QStringLiteral("fields"), fields);
    }
    object.insert(QStringLiteral("created"), toText(createdAt));
    if (lastUsedAt.isValid()) {
        object.insert(QStringLiteral("lastUsed"), toText(lastUsedAt));
    }
    if (expiresAt.isValid()) {
        object.insert(QStringLiteral("expires"), toText(expiresAt));
    }
    if (!account.isEmpty()) {
        object.insert(QStringLiteral("account"), account);
    }
    if (!scopes.isEmpty()) {
        object.insert(QStringLiteral("scopes"), toArray(scopes));
    }
    if (lastCheckedAt.isValid()) {
        object.insert(QStringLiteral("lastChecked"), toText(lastCheckedAt));
    }
    if (!rateLimit.isEmpty()) {
        object.insert(QStringLiteral("rateLimit"), rateLimit);
    }
    object.insert(QStringLiteral("writesAllowed"), writesAllowed);
    return object;
}

TokenRecord TokenRecord::fromJson(const QJsonObject& object)
{
    TokenRecord record;
    record.id = object.value(QStringLiteral("id")).toString();
    record.name = object.value(QStringLiteral("name")).toString();
    record.providerId = object.value(QStringLiteral("provider")).toString(QStringLiteral("custom"));
    record.baseUrl = object.value(QStringLiteral("baseUrl")).toString();
    record.hosts = toList(object.value(QStringLiteral("hosts")));
    const QJsonArray headers = object.value(QStringLiteral("headers")).toArray();
    for (const QJsonValue& header : headers) {
        const QJsonObject pair = header.toObject();
        record.extraHeaders.append(
            {pair.value(QStringLiteral("name")).toString(), pair.value(QStringLiteral("value")).toString()});
    }
    record.fields = object.value(QStringLiteral("fields")).toObject();
    record.createdAt = fromText(object.value(QStringLiteral("created")));
    record.lastUsedAt = fromText(object.value(QStringLiteral("lastUsed")));
    record.expiresAt = fromText(object.value(QStringLiteral("expires")));
    record.account = object.value(QStringLiteral("account")).toString();
    record.scopes = toList(object.value(QStringLiteral("scopes")));
    record.lastCheckedAt = fromText(object.value(QStringLiteral("lastChecked")));
    record.rateLimit = object.value(QStringLiteral("rateLimit")).toString();
    record.writesAllowed = object.value(QStringLiteral("writesAllowed")).toBool(false);
    return record;
}

bool TokenRecord::isExpired(const QDateTime& now) const
{
    return expiresAt.isValid() && expiresAt <= now;
}

bool TokenRecord::expiresSoon(const QDateTime& now, int days) const
{
    return expiresAt.isValid() && !isExpired(now) && expiresAt <= now.addDays(days);
}
