#pragma once

#include "ImportError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reading JSON that comes from outside (Postman, HAR): parsing with a
// position for broken files, and typed access that names the JSON path of a
// value with the wrong shape ("item[3].request.url"). A wrong shape is thrown
// as JsonReader::Failure and caught at the importer's entry point, so an
// importer returns everything or nothing.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    struct Failure
    {
        ImportError error;
    };

    // Parses UTF-8 JSON (a BOM is allowed) of at most ImportLimits::maxInputBytes. `what` names the
    // kind of file in messages ("This Postman collection").
    static bool parse(const QByteArray& data, QJsonDocument* document, ImportError* error, const QString& what);

    [[noreturn]] static void fail(const QString& path, const QString& message);

    static QString key(const QString& path, const QString& key); // "item[2]" + "request" → "item[2].request"
    static QString index(const QString& path, qsizetype index); // "item" + 3 → "item[3]"

    // The value must be of this type (a missing key is an error).
    static QJsonObject object(const QJsonValue& value, const QString& path);
    static QJsonArray array(const QJsonValue& value, const QString& path);
    // Missing or null: std::nullopt; another type: an error.
    static std::optional<QJsonObject> optionalObject(const QJsonObject& parent, const QString& name,
                                                     const QString& path);
    static std::optional<QJsonArray> optionalArray(const QJsonObject& parent, const QString& name, const QString& path);
    // Text, numbers and booleans as text; missing or null: empty; objects and arrays: an error.
    static QString text(const QJsonObject& parent, const QString& name, const QString& path);
    // The same for a value, without a path (lenient: objects and arrays give an empty string).
    static QString scalarText(const QJsonValue& value);
};
