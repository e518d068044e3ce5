#pragma once

#include "http/RequestSpec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A saved request: what to send (with {{variables}}), which token by
// reference (never the secret), the variables' defaults, where it sits
// (collection and folder), and how its table was last arranged.
struct Preset
{
    using Variable = QPair<QString, QString>; // name, default value ("" = ask)

    QString id; // UUID
    QString name;
    QString description;
    QString collectionId;
    QString folder; // "Reports/Weekly"; empty = top level of the collection
    RequestSpec request;
    QList<Variable> variables;
    QJsonObject tableLayout; // column order/visibility (see the table view)
    QDateTime createdAt;
    QDateTime updatedAt;
    QString recipe; // "github/my-repos" when it started from a recipe

    static Preset create(const QString& name, const RequestSpec& request);

    QJsonObject toJson() const;
    static Preset fromJson(const QJsonObject& object);

    // Defaults as template values (empty defaults are left out, so they are asked for).
    QHash<QString, QString> defaults() const;
    // Every {{variable}} the request uses, built-ins excepted.
    QStringList usedVariables() const;

    bool operator==(const Preset&) const = default;
};
