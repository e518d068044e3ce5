#include "RequestSpec.h"

#include <QJsonArray>

namespace {

QJsonArray fieldsToJson(const QList<RequestSpec::Field>& fields)
{
    QJsonArray array;
    for (const RequestSpec::Field& field : fields) {
        array.append(QJsonObject {{QStringLiteral("name"), field.first}, {QStringLiteral("value"), field.second}});
    }
    return array;
}

QList<RequestSpec::Field> fieldsFromJson(const QJsonValue& value)
{
    QList<RequestSpec::Field> fields;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        fields.append({item[QStringLiteral("name")].toString(), item[QStringLiteral("value")].toString()});
    }
    return fields;
}

} // namespace

QJsonObject RequestSpec::toJson() const
{
    QJsonObject object {{QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
    if (!headers.isEmpty()) {
        object.insert(QStringLiteral("headers"), fieldsToJson(headers));
    }
    if (!body.isEmpty()) {
        object.insert(QStringLiteral("body"), body);
    }
    if (!bodyType.isEmpty()) {
        object.insert(QStringLiteral("bodyType"), bodyType);
    }
    if (!formFields.isEmpty()) {
        object.insert(QStringLiteral("form"), fieldsToJson(formFields));
    }
    if (!tokenId.isEmpty()) {
        object.insert(QStringLiteral("token"), tokenId);
    }
    return object;
}

RequestSpec RequestSpec::fromJson(const QJsonObject& object)
{
    RequestSpec spec;
    spec.method = object.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
    spec.url = object.value(QStringLiteral("url")).toString();
    spec.headers = fieldsFromJson(object.value(QStringLiteral("headers")));
    spec.body = object.value(QStringLiteral("body")).toString();
    spec.bodyType = object.value(QStringLiteral("bodyType")).toString();
    spec.formFields = fieldsFromJson(object.value(QStringLiteral("form")));
    spec.tokenId = object.value(QStringLiteral("token")).toString();
    return spec;
}
