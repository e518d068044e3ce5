#pragma once

#include "Preset.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct Provider;
struct TokenRecord;

// A ready-made read-only request shipped in a provider file ("My
// repositories", "My time entries this week"), ready to run with a token.
struct Recipe
{
    QString providerId;
    QString id;
    QString name;
    QString description;
    QString method = QStringLiteral("GET");
    QString path;
    QJsonObject body;

    QString key() const { return providerId + QLatin1Char('/') + id; }
    // The request for `tokenId` (the path stays relative to the token's base URL).
    RequestSpec request(const QString& tokenId) const;
    // A preset made from it, named after it.
    Preset toPreset(const QString& tokenId) const;

    static QList<Recipe> forProvider(const Provider& provider);
};
