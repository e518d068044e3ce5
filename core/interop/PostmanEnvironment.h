#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class ProviderCatalog;

// Postman environments (and globals): named values for {{variables}}.
//
// parse(): values of type "secret", and values whose name (token, apiKey,
// client_secret, password — not tokenUrl or key_id) or content (a token a
// provider recognises, "Bearer …") looks secret, become
// ImportResult::credentials of kind Variable, with the variable's name as the
// reference; the others become ImportResult::variables. Disabled values are
// skipped.
//
// write(): secret values are written empty, typed "secret", unless the caller
// explicitly asks to include them (the person chose to, after a warning).
class PostmanEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(PostmanEnvironment)

public:
    using Variable = QPair<QString, QString>;
    using Secret = QPair<QString, QByteArray>;

    static ImportResult parse(const QByteArray& data, const ProviderCatalog* catalog = nullptr);

    static QByteArray write(const QString& name, const QList<Variable>& variables, const QList<Secret>& secrets,
                            bool includeSecretValues = false, const QString& id = {});

    static bool looksLikeEnvironment(const QJsonObject& root);
};
