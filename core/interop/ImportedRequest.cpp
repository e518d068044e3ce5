#include "ImportedRequest.h"

#include <QJsonArray>

QJsonObject ImportedRequest::toJson() const
{
    QJsonObject object {{QStringLiteral("name"), name}, {QStringLiteral("request"), spec.toJson()}};
    if (!folderPath.isEmpty()) {
        object.insert(QStringLiteral("folder"), QJsonArray::fromStringList(folderPath));
    }
    if (!description.isEmpty()) {
        object.insert(QStringLiteral("description"), description);
    }
    if (!auth.isEmpty()) {
        QJsonArray array;
        for (const RequestAuth& entry : auth) {
            array.append(entry.toJson());
        }
        object.insert(QStringLiteral("auth"), array);
    }
    if (!variables.isEmpty()) {
        QJsonObject values;
        for (const Variable& variable : variables) {
            values.insert(variable.first, variable.second);
        }
        object.insert(QStringLiteral("variables"), values);
    }
    if (!notes.isEmpty()) {
        object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    }
    if (!ignored.isEmpty()) {
        object.insert(QStringLiteral("ignored"), QJsonArray::fromStringList(ignored));
    }
    return object;
}
