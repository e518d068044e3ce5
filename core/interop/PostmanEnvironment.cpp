#include "PostmanEnvironment.h"

#include "CredentialExtractor.h"
#include "JsonReader.h"
#include "providers/ProviderCatalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace {

using J = JsonReader;

QJsonObject unwrap(const QJsonObject& root)
{
    if (!root.contains(QStringLiteral("values")) && root.value(QStringLiteral("environment")).isObject()) {
        return root.value(QStringLiteral("environment")).toObject(); // the Postman API's wrapper
    }
    return root;
}

bool isUrl(const QString& value)
{
    return value.startsWith(QStringLiteral("https://")) || value.startsWith(QStringLiteral("http://"));
}

ImportResult read(const QJsonObject& document, const ProviderCatalog* catalog)
{
    const QJsonObject root = unwrap(document);
    ImportResult result;
    result.format = ImportFormat::PostmanEnvironment;
    result.name = J::text(root, QStringLiteral("name"), {}).trimmed();
    const QJsonValue valuesValue = root.value(QStringLiteral("values"));
    if (valuesValue.isUndefined()) {
        J::fail({}, PostmanEnvironment::tr("the environment has no \"values\" list."));
    }
    const QJsonArray values = J::array(valuesValue, QStringLiteral("values"));

    struct Entry
    {
        QString key;
        QString value;
        QString type;
    };
    QList<Entry> entries;
    int disabled = 0;
    QString host;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString path = J::index(QStringLiteral("values"), i);
        const QJsonObject entry = J::object(values.at(i), path);
        if (entry.value(QStringLiteral("enabled")).isBool() && !entry.value(QStringLiteral("enabled")).toBool()) {
            ++disabled;
            continue;
        }
        const QString key = J::text(entry, QStringLiteral("key"), path).trimmed();
        if (key.isEmpty()) {
            continue;
        }
        const QJsonValue value = entry.value(QStringLiteral("value"));
        const QString text = value.isObject()
            ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
            : value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                              : J::scalarText(value);
        entries.append({key, text, J::text(entry, QStringLiteral("type"), path)});
        if (host.isEmpty() && isUrl(text.trimmed())) {
            host = QUrl(text.trimmed()).host().toLower();
        }
    }

    CredentialExtractor extractor(catalog);
    for (const Entry& entry : std::as_const(entries)) {
        const QString value = entry.value.trimmed();
        const bool url = isUrl(value);
        const bool secretValue = !url
            && ((catalog && !value.isEmpty() && catalog->recognize(value.toUtf8()).ok())
                || value.startsWith(QStringLiteral("Bearer "), Qt::CaseInsensitive));
        if (entry.type == QStringLiteral("secret") || (!url && CredentialExtractor::looksSecretName(entry.key))
            || secretValue) {
            extractor.addVariable(entry.key, value, host,
                                  PostmanEnvironment::tr("the environment value \"%1\"").arg(entry.key));
        } else {
            result.variables.append({entry.key, entry.value});
        }
    }
    result.credentials = extractor.credentials();
    if (disabled > 0) {
        result.notes.append(disabled == 1 ? PostmanEnvironment::tr("One disabled value was left out.")
                                          : PostmanEnvironment::tr("%1 disabled values were left out.").arg(disabled));
    }
    return result;
}

} // namespace

ImportResult PostmanEnvironment::parse(const QByteArray& data, const ProviderCatalog* catalog)
{
    QJsonDocument document;
    ImportError error;
    if (!JsonReader::parse(data, &document, &error, PostmanEnvironment::tr("This Postman environment"))) {
        return ImportResult::failure(ImportFormat::PostmanEnvironment, error);
    }
    try {
        return read(document.object(), catalog);
    } catch (const JsonReader::Failure& failure) {
        return ImportResult::failure(ImportFormat::PostmanEnvironment, failure.error);
    }
}

QByteArray PostmanEnvironment::write(const QString& name, const QList<Variable>& variables,
                                     const QList<Secret>& secrets, bool includeSecretValues, const QString& id)
{
    QJsonArray values;
    for (const Variable& variable : variables) {
        values.append(QJsonObject {{QStringLiteral("key"), variable.first},
                                   {QStringLiteral("value"), variable.second},
                                   {QStringLiteral("type"), QStringLiteral("default")},
                                   {QStringLiteral("enabled"), true}});
    }
    for (const Secret& secret : secrets) {
        values.append(
            QJsonObject {{QStringLiteral("key"), secret.first},
                         {QStringLiteral("value"), includeSecretValues ? QString::fromUtf8(secret.second) : QString()},
                         {QStringLiteral("type"), QStringLiteral("secret")},
                         {QStringLiteral("enabled"), true}});
    }
    const QJsonObject environment {
        {QStringLiteral("id"), id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id},
        {QStringLiteral("name"), name.isEmpty() ? PostmanEnvironment::tr("Latchkey export") : name},
        {QStringLiteral("values"), values},
        {QStringLiteral("_postman_variable_scope"), QStringLiteral("environment")},
        {QStringLiteral("_postman_exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("_postman_exported_using"), QStringLiteral("Latchkey/" LATCHKEY_VERSION)},
    };
    return QJsonDocument(environment).toJson(QJsonDocument::Indented);
}

bool PostmanEnvironment::looksLikeEnvironment(const QJsonObject& document)
{
    const QJsonObject root = unwrap(document);
    if (!root.value(QStringLiteral("values")).isArray()) {
        return false;
    }
    const QString scope = root.value(QStringLiteral("_postman_variable_scope")).toString();
    if (scope == QStringLiteral("environment") || scope == QStringLiteral("globals")) {
        return true;
    }
    // Without the scope marker: a name and values that are {key, value} objects.
    const QJsonArray values = root.value(QStringLiteral("values")).toArray();
    return root.contains(QStringLiteral("name"))
        && (values.isEmpty()
            || (values.first().isObject() && values.first().toObject().contains(QStringLiteral("key"))));
}
