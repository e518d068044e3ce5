#include "JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

QJsonValue JsonPath::value(const QJsonValue& root, const QString& path)
{
    if (path.isEmpty()) {
        return root;
    }
    QJsonValue current = root;
    for (const QStringView step : QStringView(path).split(QLatin1Char('.'))) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto found = object.constFind(step);
            if (found == object.constEnd()) {
                return QJsonValue(QJsonValue::Undefined);
            }
            current = *found;
        } else if (current.isArray()) {
            bool ok = false;
            const int index = step.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size()) {
                return QJsonValue(QJsonValue::Undefined);
            }
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString JsonPath::toText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::abs(number) < 9e15 && number == std::floor(number)) {
            return QString::number(static_cast<qint64>(number));
        }
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString JsonPath::text(const QJsonValue& root, const QString& path)
{
    return toText(value(root, path));
}
