#include "Recipe.h"

#include "providers/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>

RequestSpec Recipe::request(const QString& tokenId) const
{
    RequestSpec spec;
    spec.method = method;
    spec.url = path;
    spec.tokenId = tokenId;
    if (!body.isEmpty()) {
        spec.body = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented));
        spec.bodyType = QStringLiteral("json");
    }
    return spec;
}

Preset Recipe::toPreset(const QString& tokenId) const
{
    Preset preset = Preset::create(name, request(tokenId));
    preset.description = description;
    preset.recipe = key();
    return preset;
}

QList<Recipe> Recipe::forProvider(const Provider& provider)
{
    QList<Recipe> recipes;
    for (const QJsonValue& value : provider.recipes) {
        const QJsonObject object = value.toObject();
        Recipe recipe;
        recipe.providerId = provider.id;
        recipe.id = object.value(QStringLiteral("id")).toString();
        recipe.name = object.value(QStringLiteral("name")).toString();
        recipe.description = object.value(QStringLiteral("description")).toString();
        recipe.method = object.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
        recipe.path = object.value(QStringLiteral("path")).toString();
        recipe.body = object.value(QStringLiteral("body")).toObject();
        recipes.append(recipe);
    }
    return recipes;
}
