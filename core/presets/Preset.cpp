#include "Preset.h"

#include "Template.h"

#include <QJsonArray>
#include <QUuid>

namespace {

QString stamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime unstamp(const QJsonValue& value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Preset Preset::create(const QString& name, const RequestSpec& request)
{
    Preset preset;
    preset.id = newId();
    preset.name = name.trimmed();
    preset.request = request;
    preset.createdAt = QDateTime::currentDateTimeUtc();
    preset.updatedAt = preset.createdAt;
    for (const QString& variable : preset.usedVariables()) {
        preset.variables.append({variable, QString()});
    }
    return preset;
}

QJsonObject Preset::toJson() const
{
    QJsonObject object {{QStringLiteral("id"), id},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("request"), request.toJson()},
                        {QStringLiteral("created"), stamp(createdAt)},
                        {QStringLiteral("updated"), stamp(updatedAt)}};
    if (!description.isEmpty()) {
        object.insert(QStringLiteral("description"), description);
    }
    if (!collectionId.isEmpty()) {
        object.insert(QStringLiteral("collection"), collectionId);
    }
    if (!folder.isEmpty()) {
        object.insert(QStringLiteral("folder"), folder);
    }
    if (!variables.isEmpty()) {
        QJsonArray list;
        for (const Variable& variable : variables) {
            list.append(
                QJsonObject {{QStringLiteral("name"), variable.first}, {QStringLiteral("default"), variable.second}});
        }
        object.insert(QStringLiteral("variables"), list);
    }
    if (!tableLayout.isEmpty()) {
        object.insert(QStringLiteral("table"), tableLayout);
    }
    if (!recipe.isEmpty()) {
        object.insert(QStringLiteral("recipe"), recipe);
    }
    return object;
}

Preset Preset::fromJson(const QJsonObject& object)
{
    Preset preset;
    preset.id = object.value(QStringLiteral("id")).toString();
    preset.name = object.value(QStringLiteral("name")).toString();
    preset.description = object.value(QStringLiteral("description")).toString();
    preset.collectionId = object.value(QStringLiteral("collection")).toString();
    preset.folder = object.value(QStringLiteral("folder")).toString();
    preset.request = RequestSpec::fromJson(object.value(QStringLiteral("request")).toObject());
    for (const QJsonValue& value : object.value(QStringLiteral("variables")).toArray()) {
        preset.variables.append(
            {value[QStringLiteral("name")].toString(), value[QStringLiteral("default")].toString()});
    }
    preset.tableLayout = object.value(QStringLiteral("table")).toObject();
    preset.createdAt = unstamp(object.value(QStringLiteral("created")));
    preset.updatedAt = unstamp(object.value(QStringLiteral("updated")));
    preset.recipe = object.value(QStringLiteral("recipe")).toString();
    return preset;
}

QHash<QString, QString> Preset::defaults() const
{
    QHash<QString, QString> values;
    for (const Variable& variable : variables) {
        if (!variable.second.isEmpty()) {
            values.insert(variable.first, variable.second);
        }
    }
    return values;
}

QStringList Preset::usedVariables() const
{
    QStringList names;
    auto collect = [&names](const QString& text) {
        for (const QString& variable : Template::variables(text)) {
            if (!Template::isBuiltIn(variable) && !names.contains(variable)) {
                names.append(variable);
            }
        }
    };
    collect(request.url);
    for (const RequestSpec::Field& header : request.headers) {
        collect(header.first);
        collect(header.second);
    }
    for (const RequestSpec::Field& field : request.formFields) {
        collect(field.first);
        collect(field.second);
    }
    collect(request.body);
    return names;
}
