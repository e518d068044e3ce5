#pragma once

#include "ImportResult.h"
#include "ImportedRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class ProviderCatalog;

// Postman collections, v2.0 and v2.1 (https://schema.getpostman.com).
//
// parse(): every request of the item tree with its folder path; method and
// address (text or {raw, host, path, query, variable}; :name path variables
// become {{name}}); enabled headers; bodies (raw, JSON by options.raw.language
// or Content-Type; urlencoded; formdata without files; graphql as a JSON
// {query, variables} body); descriptions; collection variables; auth at the
// collection, folder and request levels with inheritance (bearer, apikey in a
// header or the query, basic, noauth; other kinds are noted). Secrets in auth
// and secret-looking variables become ImportResult::credentials, and the
// requests refer to them by reference (RequestAuth) — never by value.
//
// write(): requests (with their folder paths and auth) → a v2.1 collection
// that Postman and newman load. Auth becomes Postman auth whose secret is the
// {{reference}} variable ("{{token}}"), declared empty in the collection, to
// be filled from an environment (see PostmanEnvironment).
class PostmanCollection
{
    Q_DECLARE_TR_FUNCTIONS(PostmanCollection)

public:
    struct WriteOptions
    {
        QString name;
        QString description;
        QList<QPair<QString, QString>> variables; // non-secret collection variables
        // Relative addresses ("/user/repos") are written as {{baseUrl}}/user/repos, with this value.
        QString baseUrl;
        QString postmanId; // a new UUID when empty
    };

    static ImportResult parse(const QByteArray& data, const ProviderCatalog* catalog = nullptr);
    static QByteArray write(const QList<ImportedRequest>& requests, const WriteOptions& options);

    // The v2.1 schema address written into exported collections.
    static QString schemaUrl();
    // Whether a JSON object is a Postman collection (v2 "info"+"item", or a v1 one, which parse() refuses).
    static bool looksLikeCollection(const QJsonObject& root);
};
