#include "ImportResult.h"

#include <QJsonArray>
#include <QSet>

const DetectedCredential* ImportResult::credential(const QString& reference) const
{
    for (const DetectedCredential& entry : credentials) {
        if (entry.reference == reference) {
            return &entry;
        }
    }
    return nullptr;
}

ImportResult ImportResult::selected(const QList<int>& indexes) const
{
    ImportResult result;
    result.format = format;
    result.name = name;
    result.description = description;
    result.variables = variables;
    result.notes = notes;
    result.error = error;
    QSet<QString> used;
    for (const int index : indexes) {
        if (index < 0 || index >= requests.size()) {
            continue;
        }
        result.requests.append(requests.at(index));
        if (index < entries.size()) {
            result.entries.append(entries.at(index));
        }
        for (const RequestAuth& auth : requests.at(index).auth) {
            used.insert(auth.reference);
        }
    }
    for (const DetectedCredential& entry : credentials) {
        if (used.contains(entry.reference) || entry.kind == DetectedCredential::Kind::Variable) {
            result.credentials.append(entry);
        }
    }
    return result;
}

QJsonObject ImportResult::toJson() const
{
    QJsonObject object {{QStringLiteral("format"), formatName(format)}};
    if (!ok()) {
        QJsonObject problem {{QStringLiteral("message"), error.message}};
        if (error.line > 0) {
            problem.insert(QStringLiteral("line"), error.line);
            problem.insert(QStringLiteral("column"), error.column);
        }
        if (error.offset >= 0) {
            problem.insert(QStringLiteral("offset"), error.offset);
        }
        if (!error.path.isEmpty()) {
            problem.insert(QStringLiteral("path"), error.path);
        }
        object.insert(QStringLiteral("error"), problem);
        return object;
    }
    if (!name.isEmpty()) {
        object.insert(QStringLiteral("name"), name);
    }
    if (!description.isEmpty()) {
        object.insert(QStringLiteral("description"), description);
    }
    QJsonArray requestArray;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QJsonObject request = requests.at(i).toJson();
        if (i < entries.size()) {
            request.insert(QStringLiteral("entry"), entries.at(i).toJson());
        }
        requestArray.append(request);
    }
    object.insert(QStringLiteral("requests"), requestArray);
    QJsonArray credentialArray;
    for (const DetectedCredential& entry : credentials) {
        credentialArray.append(entry.toJson());
    }
    object.insert(QStringLiteral("credentials"), credentialArray);
    QJsonObject values;
    for (const Variable& variable : variables) {
        values.insert(variable.first, variable.second);
    }
    object.insert(QStringLiteral("variables"), values);
    if (!notes.isEmpty()) {
        object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    }
    return object;
}

ImportResult ImportResult::failure(ImportFormat format, const ImportError& error)
{
    ImportResult result;
    result.format = format;
    result.error = error;
    return result;
}

QString ImportResult::formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Curl:
        return QStringLiteral("curl");
    case ImportFormat::PostmanCollection:
        return QStringLiteral("postman-collection");
    case ImportFormat::PostmanEnvironment:
        return QStringLiteral("postman-environment");
    case ImportFormat::Har:
        return QStringLiteral("har");
    case ImportFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
