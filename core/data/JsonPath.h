#pragma once

#include <QJsonValue>
#include <QString>

// Dotted paths into JSON, as provider files use them: "login",
// "bot.owner.user.name", "items.0.id", "auth.accessToken.role".
class JsonPath
{
public:
    // The value at `path` (Undefined when any step is missing). An empty path is the root.
    static QJsonValue value(const QJsonValue& root, const QString& path);
    // The value as text: strings as they are, numbers without ".0", booleans as true/false.
    static QString text(const QJsonValue& root, const QString& path);
    static QString toText(const QJsonValue& value);
};
