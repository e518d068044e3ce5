#include "JsonReader.h"

#include "ImportLimits.h"

#include <QCoreApplication>

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonReader::tr("nothing (null)");
    case QJsonValue::Bool:
        return JsonReader::tr("true or false");
    case QJsonValue::Double:
        return JsonReader::tr("a number");
    case QJsonValue::String:
        return JsonReader::tr("text");
    case QJsonValue::Array:
        return JsonReader::tr("a list");
    case QJsonValue::Object:
        return JsonReader::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonReader::tr("nothing");
}

} // namespace

bool JsonReader::parse(const QByteArray& data, QJsonDocument* document, ImportError* error, const QString& what)
{
    if (data.size() > ImportLimits::maxInputBytes) {
        *error = ImportError::plain(JsonReader::tr("%1 is %2 MB; Latchkey imports files up to %3 MB.")
                                        .arg(what)
                                        .arg(data.size() / (1024 * 1024))
                                        .arg(ImportLimits::maxInputBytes / (1024 * 1024)));
        return false;
    }
    const qsizetype bom = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray body = bom ? data.mid(bom) : data;
    if (body.trimmed().isEmpty()) {
        *error = ImportError::atByte(body, body.size(), JsonReader::tr("%1 is empty.").arg(what));
        return false;
    }
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ImportError::atByte(body, parseError.offset,
                                     JsonReader::tr("%1 is not valid JSON (%2); it may be cut short or damaged.")
                                         .arg(what, parseError.errorString()));
        return false;
    }
    if (!document->isObject()) {
        *error = ImportError::atByte(body, body.indexOf('['),
                                     JsonReader::tr("%1 should be a JSON object ({…}), but it is a list.").arg(what));
        return false;
    }
    return true;
}

void JsonReader::fail(const QString& path, const QString& message)
{
    throw Failure {ImportError::atPath(path.isEmpty() ? JsonReader::tr("the top level") : path, message)};
}

QString JsonReader::key(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::index(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QJsonObject JsonReader::object(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        fail(path, JsonReader::tr("expected an object ({…}) but found %1.").arg(typeName(value)));
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QJsonValue& value, const QString& path)
{
    if (!value.isArray()) {
        fail(path, JsonReader::tr("expected a list ([…]) but found %1.").arg(typeName(value)));
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonReader::optionalObject(const QJsonObject& parent, const QString& name,
                                                      const QString& path)
{
    const QJsonValue value = parent.value(name);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    return object(value, key(path, name));
}

std::optional<QJsonArray> JsonReader::optionalArray(const QJsonObject& parent, const QString& name, const QString& path)
{
    const QJsonValue value = parent.value(name);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    return array(value, key(path, name));
}

QString JsonReader::text(const QJsonObject& parent, const QString& name, const QString& path)
{
    const QJsonValue value = parent.value(name);
    if (value.isArray() || value.isObject()) {
        fail(key(path, name), JsonReader::tr("expected text but found %1.").arg(typeName(value)));
    }
    return scalarText(value);
}

QString JsonReader::scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (qAbs(number) < 9.0e15 && number == double(qint64(number))) {
            return QString::number(qint64(number));
        }
        return QString::number(number, 'g', 17);
    }
    default:
        return {};
    }
}
