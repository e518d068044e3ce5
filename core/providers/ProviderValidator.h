#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Checks a provider file against docs/provider-format.md. Returns one
// sentence per problem; an empty list means the file is good.
class ProviderValidator
{
public:
    static constexpr int schemaVersion = 1;

    static QStringList validate(const QJsonObject& object, const QString& fileBaseName);
};
