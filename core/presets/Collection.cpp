#include "Collection.h"

#include <QUuid>

Collection Collection::create(const QString& name)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), name.trimmed(), {}};
}

QJsonObject Collection::toJson() const
{
    QJsonObject object {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
    if (!description.isEmpty()) {
        object.insert(QStringLiteral("description"), description);
    }
    return object;
}

Collection Collection::fromJson(const QJsonObject& object)
{
    return {object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("name")).toString(),
            object.value(QStringLiteral("description")).toString()};
}
