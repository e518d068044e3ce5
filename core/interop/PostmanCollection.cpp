#include "PostmanCollection.h"

#include "CredentialExtractor.h"
#include "ImportLimits.h"
#include "JsonReader.h"
#include "UrlText.h"
#include "providers/ProviderCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace {

using J = JsonReader;
using Kind = DetectedCredential::Kind;

// ---------------------------------------------------------------- reading

struct Auth
{
    QString type; // bearer | apikey | basic | noauth | …
    QHash<QString, QString> params;
    QString source; // "the collection's auth", …
};

QString normalizedType(const QString& contentType)
{
    QString lower = contentType.toLower();
    lower.remove(QLatin1Char(' '));
    return lower;
}

QString descriptionOf(const QJsonObject& object, const QString& path)
{
    const QJsonValue value = object.value(QStringLiteral("description"));
    if (value.isObject()) {
        return J::text(value.toObject(), QStringLiteral("content"), J::key(path, QStringLiteral("description")));
    }
    return J::text(object, QStringLiteral("description"), path);
}

class Reader
{
public:
    Reader(const ProviderCatalog* catalog)
        : m_extractor(catalog)
        , m_catalog(catalog)
    { }

    ImportResult read(const QJsonObject& document);

private:
    std::optional<Auth> parseAuth(const QJsonObject& owner, const QString& path, const QString& source);
    void walk(const QJsonArray& items, const QString& path, const QStringList& folders,
              const std::optional<Auth>& inherited, int depth);
    void readRequest(const QJsonObject& item, const QString& path, const QStringList& folders,
                     const std::optional<Auth>& inherited);
    QString readUrl(const QJsonValue& value, const QString& path, ImportedRequest& request);
    void readBody(const QJsonObject& body, const QString& path, ImportedRequest& request);
    void applyAuth(const Auth& auth, ImportedRequest& request);
    void noteOnce(const QString& text)
    {
        if (!m_result.notes.contains(text)) {
            m_result.notes.append(text);
        }
    }

    CredentialExtractor m_extractor;
    const ProviderCatalog* m_catalog;
    ImportResult m_result;
    QList<ImportedRequest> m_requests;
};

std::optional<Auth> Reader::parseAuth(const QJsonObject& owner, const QString& path, const QString& source)
{
    const std::optional<QJsonObject> object = J::optionalObject(owner, QStringLiteral("auth"), path);
    if (!object) {
        return std::nullopt; // inherit
    }
    const QString authPath = J::key(path, QStringLiteral("auth"));
    Auth auth;
    auth.type = J::text(*object, QStringLiteral("type"), authPath).trimmed().toLower();
    auth.source = source;
    if (auth.type.isEmpty() || auth.type == QStringLiteral("inherit")) {
        return std::nullopt;
    }
    const QJsonValue params = object->value(auth.type);
    const QString paramsPath = J::key(authPath, auth.type);
    if (params.isArray()) {
        // v2.1: [{"key": "token", "value": "…", "type": "string"}]
        const QJsonArray array = params.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject entry = J::object(array.at(i), J::index(paramsPath, i));
            auth.params.insert(J::text(entry, QStringLiteral("key"), J::index(paramsPath, i)),
                               J::text(entry, QStringLiteral("value"), J::index(paramsPath, i)));
        }
    } else if (params.isObject()) {
        // v2.0: {"token": "…"}
        const QJsonObject map = params.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            auth.params.insert(it.key(), J::text(map, it.key(), paramsPath));
        }
    } else if (!params.isUndefined() && !params.isNull()) {
        J::fail(paramsPath, PostmanCollection::tr("expected the %1 settings as a list or an object.").arg(auth.type));
    }
    return auth;
}

void Reader::applyAuth(const Auth& auth, ImportedRequest& request)
{
    if (auth.type == QStringLiteral("noauth")) {
        return;
    }
    if (auth.type == QStringLiteral("bearer")) {
        m_extractor.add(request, Kind::Bearer, QStringLiteral("Authorization"),
                        auth.params.value(QStringLiteral("token")), {}, auth.source);
        return;
    }
    if (auth.type == QStringLiteral("basic")) {
        m_extractor.add(request, Kind::Basic, QStringLiteral("Authorization"),
                        auth.params.value(QStringLiteral("password")), auth.params.value(QStringLiteral("username")),
                        auth.source);
        return;
    }
    if (auth.type == QStringLiteral("apikey")) {
        const QString name = auth.params.value(QStringLiteral("key"));
        const QString value = auth.params.value(QStringLiteral("value"));
        const bool inQuery
            = auth.params.value(QStringLiteral("in")).compare(QStringLiteral("query"), Qt::CaseInsensitive) == 0;
        if (name.trimmed().isEmpty()) {
            request.notes.append(PostmanCollection::tr("The API key auth has no key name, so it was left out."));
            return;
        }
        if (inQuery) {
            m_extractor.add(request, Kind::Query, name, value, {}, auth.source);
        } else if (name.compare(QStringLiteral("Authorization"), Qt::CaseInsensitive) == 0
                   || name.compare(QStringLiteral("Cookie"), Qt::CaseInsensitive) == 0) {
            ImportedRequest scratch;
            scratch.spec.url = request.spec.url;
            scratch.spec.headers = {{name, value}};
            m_extractor.extract(scratch);
            request.auth += scratch.auth;
        } else {
            m_extractor.add(request, Kind::Header, name, value, {}, auth.source);
        }
        return;
    }
    static const QHash<QString, QString> names = {
        {QStringLiteral("oauth2"), QStringLiteral("OAuth 2.0")},
        {QStringLiteral("oauth1"), QStringLiteral("OAuth 1.0")},
        {QStringLiteral("digest"), QStringLiteral("Digest")},
        {QStringLiteral("hawk"), QStringLiteral("Hawk")},
        {QStringLiteral("awsv4"), QStringLiteral("AWS Signature")},
        {QStringLiteral("ntlm"), QStringLiteral("NTLM")},
        {QStringLiteral("akamai"), QStringLiteral("Akamai EdgeGrid")},
        {QStringLiteral("edgegrid"), QStringLiteral("Akamai EdgeGrid")},
        {QStringLiteral("jwt"), QStringLiteral("JWT")},
        {QStringLiteral("asap"), QStringLiteral("ASAP")},
    };
    request.notes.append(
        PostmanCollection::tr("It uses %1 authentication, which Latchkey does not support; it was imported without it.")
            .arg(names.value(auth.type, auth.type)));
}

QString Reader::readUrl(const QJsonValue& value, const QString& path, ImportedRequest& request)
{
    QString raw;
    QHash<QString, QString> pathVariables;
    if (value.isString()) {
        raw = value.toString();
    } else if (value.isObject()) {
        const QJsonObject url = value.toObject();
        raw = J::text(url, QStringLiteral("raw"), path);
        if (const auto variables = J::optionalArray(url, QStringLiteral("variable"), path)) {
            const QString variablesPath = J::key(path, QStringLiteral("variable"));
            for (qsizetype i = 0; i < variables->size(); ++i) {
                const QJsonObject entry = J::object(variables->at(i), J::index(variablesPath, i));
                QString key = J::text(entry, QStringLiteral("key"), J::index(variablesPath, i));
                if (key.isEmpty()) {
                    key = J::text(entry, QStringLiteral("id"), J::index(variablesPath, i));
                }
                pathVariables.insert(key, J::text(entry, QStringLiteral("value"), J::index(variablesPath, i)));
            }
        }
        if (raw.isEmpty()) {
            // Put the address together from its parts.
            const QString protocol = J::text(url, QStringLiteral("protocol"), path);
            const QJsonValue hostValue = url.value(QStringLiteral("host"));
            QString host;
            if (hostValue.isArray()) {
                QStringList labels;
                const QJsonArray array = hostValue.toArray();
                for (const QJsonValue& label : array) {
                    labels.append(J::scalarText(label));
                }
                host = labels.join(QLatin1Char('.'));
            } else {
                host = J::text(url, QStringLiteral("host"), path);
            }
            const QJsonValue pathValue = url.value(QStringLiteral("path"));
            QString pathText;
            if (pathValue.isArray()) {
                const QJsonArray array = pathValue.toArray();
                for (const QJsonValue& segment : array) {
                    pathText += QLatin1Char('/')
                        + (segment.isObject() ? J::scalarText(segment.toObject().value(QStringLiteral("value")))
                                              : J::scalarText(segment));
                }
            } else {
                pathText = J::text(url, QStringLiteral("path"), path);
                if (!pathText.isEmpty() && !pathText.startsWith(QLatin1Char('/'))) {
                    pathText.prepend(QLatin1Char('/'));
                }
            }
            const QString port = J::text(url, QStringLiteral("port"), path);
            raw = (protocol.isEmpty() ? QString() : protocol + QStringLiteral("://")) + host
                + (port.isEmpty() ? QString() : QLatin1Char(':') + port) + pathText;
            if (const auto query = J::optionalArray(url, QStringLiteral("query"), path)) {
                QStringList pieces;
                const QString queryPath = J::key(path, QStringLiteral("query"));
                for (qsizetype i = 0; i < query->size(); ++i) {
                    const QJsonObject entry = J::object(query->at(i), J::index(queryPath, i));
                    if (entry.value(QStringLiteral("disabled")).toBool()) {
                        continue;
                    }
                    const QString key = J::text(entry, QStringLiteral("key"), J::index(queryPath, i));
                    const QJsonValue itemValue = entry.value(QStringLiteral("value"));
                    pieces.append(itemValue.isNull() || itemValue.isUndefined() ? key
                                                                                : key + QLatin1Char('=')
                                          + J::text(entry, QStringLiteral("value"), J::index(queryPath, i)));
                }
                if (!pieces.isEmpty()) {
                    raw += QLatin1Char('?') + pieces.join(QLatin1Char('&'));
                }
            }
        }
    } else if (!value.isUndefined() && !value.isNull()) {
        J::fail(path, PostmanCollection::tr("expected the address as text or an object."));
    }
    raw = raw.trimmed();
    if (raw.isEmpty()) {
        J::fail(path, PostmanCollection::tr("the request has no address."));
    }

    // :name path segments are Postman path variables: {{name}} in Latchkey.
    UrlText parts = UrlText::parse(raw);
    if (parts.path.contains(QLatin1Char(':'))) {
        QStringList segments = parts.path.split(QLatin1Char('/'));
        static const QRegularExpression variable(QStringLiteral("^:([A-Za-z_][A-Za-z0-9_.-]*)$"));
        bool changed = false;
        QSet<QString> seen;
        for (QString& segment : segments) {
            const QRegularExpressionMatch match = variable.match(segment);
            if (match.hasMatch()) {
                const QString name = match.captured(1);
                segment = QStringLiteral("{{") + name + QStringLiteral("}}");
                if (!seen.contains(name)) {
                    seen.insert(name);
                    request.variables.append({name, pathVariables.value(name)});
                }
                changed = true;
            }
        }
        if (changed) {
            parts.path = segments.join(QLatin1Char('/'));
            raw = parts.toString();
        }
    }
    return raw;
}

void Reader::readBody(const QJsonObject& body, const QString& path, ImportedRequest& request)
{
    RequestSpec& spec = request.spec;
    if (body.value(QStringLiteral("disabled")).toBool()) {
        return;
    }
    const QString mode = J::text(body, QStringLiteral("mode"), path);
    QString contentType;
    for (const RequestSpec::Field& header : std::as_const(spec.headers)) {
        if (header.first.compare(QStringLiteral("Content-Type"), Qt::CaseInsensitive) == 0) {
            contentType = normalizedType(header.second);
        }
    }
    auto dropContentType = [&spec]() {
        spec.headers.removeIf([](const RequestSpec::Field& header) {
            return header.first.compare(QStringLiteral("Content-Type"), Qt::CaseInsensitive) == 0;
        });
    };
    auto readFields = [&](const QString& key, bool files) {
        const QString fieldsPath = J::key(path, key);
        const std::optional<QJsonArray> fields = J::optionalArray(body, key, path);
        if (!fields) {
            return;
        }
        for (qsizetype i = 0; i < fields->size(); ++i) {
            const QString fieldPath = J::index(fieldsPath, i);
            const QJsonObject field = J::object(fields->at(i), fieldPath);
            if (field.value(QStringLiteral("disabled")).toBool()) {
                continue;
            }
            const QString name = J::text(field, QStringLiteral("key"), fieldPath);
            if (files && J::text(field, QStringLiteral("type"), fieldPath) == QStringLiteral("file")) {
                request.notes.append(
                    PostmanCollection::tr(
                        "The form field \"%1\" sends a file; Latchkey does not send files, so it was left out.")
                        .arg(name));
                continue;
            }
            spec.formFields.append({name, J::text(field, QStringLiteral("value"), fieldPath)});
        }
    };

    if (mode == QStringLiteral("raw")) {
        spec.body = J::text(body, QStringLiteral("raw"), path);
        QString language;
        if (const auto options = J::optionalObject(body, QStringLiteral("options"), path)) {
            const QString optionsPath = J::key(path, QStringLiteral("options"));
            if (const auto raw = J::optionalObject(*options, QStringLiteral("raw"), optionsPath)) {
                language = J::text(*raw, QStringLiteral("language"), J::key(optionsPath, QStringLiteral("raw")));
            }
        }
        if (spec.body.isEmpty()) {
            return;
        }
        const QString type = contentType.section(QLatin1Char(';'), 0, 0);
        const bool json = (contentType.isEmpty() && language == QStringLiteral("json"))
            || type == QStringLiteral("application/json") || type.endsWith(QStringLiteral("+json"));
        spec.bodyType = json ? QStringLiteral("json") : QStringLiteral("raw");
        if ((json && contentType == QStringLiteral("application/json"))
            || (!json && contentType == QStringLiteral("text/plain;charset=utf-8"))) {
            dropContentType();
        }
    } else if (mode == QStringLiteral("urlencoded")) {
        readFields(QStringLiteral("urlencoded"), false);
        spec.bodyType = QStringLiteral("form");
        if (contentType == QStringLiteral("application/x-www-form-urlencoded")) {
            dropContentType();
        }
    } else if (mode == QStringLiteral("formdata")) {
        readFields(QStringLiteral("formdata"), true);
        spec.bodyType = QStringLiteral("form");
        request.notes.append(PostmanCollection::tr(
            "Postman sends form-data as multipart/form-data; Latchkey sends these fields as an "
            "ordinary form (application/x-www-form-urlencoded), which most services accept too."));
        if (contentType.startsWith(QStringLiteral("multipart/form-data"))) {
            dropContentType();
        }
    } else if (mode == QStringLiteral("graphql")) {
        const QString graphqlPath = J::key(path, QStringLiteral("graphql"));
        const QJsonObject graphql = J::object(body.value(QStringLiteral("graphql")), graphqlPath);
        const QString query = J::text(graphql, QStringLiteral("query"), graphqlPath);
        QJsonObject variables;
        const QJsonValue variablesValue = graphql.value(QStringLiteral("variables"));
        if (variablesValue.isObject()) {
            variables = variablesValue.toObject();
        } else if (variablesValue.isString() && !variablesValue.toString().trimmed().isEmpty()) {
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(variablesValue.toString().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !parsed.isObject()) {
                J::fail(J::key(graphqlPath, QStringLiteral("variables")),
                        PostmanCollection::tr("the GraphQL variables are not a JSON object (%1).")
                            .arg(error.errorString()));
            }
            variables = parsed.object();
        }
        spec.body = QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("query"), query}, {QStringLiteral("variables"), variables}})
                .toJson(QJsonDocument::Compact));
        spec.bodyType = QStringLiteral("json");
        if (contentType == QStringLiteral("application/json")) {
            dropContentType();
        }
    } else if (mode == QStringLiteral("file")) {
        request.notes.append(
            PostmanCollection::tr("The body is a file; Latchkey does not send files, so it was left out."));
    } else if (!mode.isEmpty() && mode != QStringLiteral("none")) {
        request.notes.append(
            PostmanCollection::tr("The body kind \"%1\" is not supported, so it was left out.").arg(mode));
    }
}

void Reader::readRequest(const QJsonObject& item, const QString& path, const QStringList& folders,
                         const std::optional<Auth>& inherited)
{
    ImportedRequest request;
    request.name = J::text(item, QStringLiteral("name"), path).trimmed();
    request.folderPath = folders;
    request.description = descriptionOf(item, path);
    const QString requestPath = J::key(path, QStringLiteral("request"));
    const QJsonValue requestValue = item.value(QStringLiteral("request"));
    std::optional<Auth> auth = inherited;
    RequestSpec& spec = request.spec;
    if (requestValue.isString()) {
        spec.url = readUrl(requestValue, requestPath, request); // v2 shorthand: the address alone
    } else {
        const QJsonObject object = J::object(requestValue, requestPath);
        spec.method = J::text(object, QStringLiteral("method"), requestPath).trimmed().toUpper();
        if (spec.method.isEmpty()) {
            spec.method = QStringLiteral("GET");
        }
        spec.url = readUrl(object.value(QStringLiteral("url")), J::key(requestPath, QStringLiteral("url")), request);
        const QJsonValue headers = object.value(QStringLiteral("header"));
        const QString headersPath = J::key(requestPath, QStringLiteral("header"));
        if (headers.isArray()) {
            const QJsonArray array = headers.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonObject header = J::object(array.at(i), J::index(headersPath, i));
                if (header.value(QStringLiteral("disabled")).toBool()) {
                    continue;
                }
                const QString name = J::text(header, QStringLiteral("key"), J::index(headersPath, i)).trimmed();
                if (!name.isEmpty()) {
                    spec.headers.append({name, J::text(header, QStringLiteral("value"), J::index(headersPath, i))});
                }
            }
        } else if (headers.isString()) {
            const QStringList lines = headers.toString().split(QLatin1Char('\n'));
            for (const QString& line : lines) {
                const qsizetype colon = line.indexOf(QLatin1Char(':'));
                if (colon > 0) {
                    spec.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                }
            }
        } else if (!headers.isUndefined() && !headers.isNull()) {
            J::fail(headersPath, PostmanCollection::tr("expected the headers as a list."));
        }
        if (const auto body = J::optionalObject(object, QStringLiteral("body"), requestPath)) {
            readBody(*body, J::key(requestPath, QStringLiteral("body")), request);
        }
        if (request.description.isEmpty()) {
            request.description = descriptionOf(object, requestPath);
        }
        if (const std::optional<Auth> own
            = parseAuth(object, requestPath, PostmanCollection::tr("the request's auth"))) {
            auth = own;
        }
    }
    if (request.name.isEmpty()) {
        request.name = QString(spec.method + QLatin1Char(' ') + spec.url.left(100)).trimmed();
    }
    if (auth) {
        applyAuth(*auth, request);
    }
    m_extractor.extract(request);
    if (item.contains(QStringLiteral("event"))) {
        noteOnce(PostmanCollection::tr("Pre-request and test scripts were left out: Latchkey does not run scripts."));
    }
    m_requests.append(request);
}

void Reader::walk(const QJsonArray& items, const QString& path, const QStringList& folders,
                  const std::optional<Auth>& inherited, int depth)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = J::index(path, i);
        const QJsonObject item = J::object(items.at(i), itemPath);
        if (item.contains(QStringLiteral("item"))) {
            if (depth + 1 > ImportLimits::maxFolderDepth) {
                J::fail(
                    itemPath,
                    PostmanCollection::tr("folders are nested more than %1 deep.").arg(ImportLimits::maxFolderDepth));
            }
            const QString name = J::text(item, QStringLiteral("name"), itemPath).trimmed();
            std::optional<Auth> auth = inherited;
            if (const std::optional<Auth> own
                = parseAuth(item, itemPath, PostmanCollection::tr("the auth of the folder \"%1\"").arg(name))) {
                auth = own;
            }
            if (item.contains(QStringLiteral("event"))) {
                noteOnce(PostmanCollection::tr(
                    "Pre-request and test scripts were left out: Latchkey does not run scripts."));
            }
            walk(J::array(item.value(QStringLiteral("item")), J::key(itemPath, QStringLiteral("item"))),
                 J::key(itemPath, QStringLiteral("item")), folders + QStringList {name}, auth, depth + 1);
        } else if (item.contains(QStringLiteral("request"))) {
            readRequest(item, itemPath, folders, inherited);
        } else {
            J::fail(itemPath, PostmanCollection::tr("this entry is neither a request nor a folder."));
        }
    }
}

ImportResult Reader::read(const QJsonObject& document)
{
    QJsonObject root = document;
    // The Postman API wraps an exported collection: {"collection": {…}}.
    if (!root.contains(QStringLiteral("info")) && root.value(QStringLiteral("collection")).isObject()) {
        root = root.value(QStringLiteral("collection")).toObject();
    }
    if (root.contains(QStringLiteral("requests")) && !root.contains(QStringLiteral("item"))) {
        J::fail({},
                PostmanCollection::tr(
                    "this is a Postman collection in the old v1 format. Open it in Postman and export it again as "
                    "Collection v2.1."));
    }
    const QJsonObject info = J::object(root.value(QStringLiteral("info")), QStringLiteral("info"));
    m_result.format = ImportFormat::PostmanCollection;
    m_result.name = J::text(info, QStringLiteral("name"), QStringLiteral("info")).trimmed();
    m_result.description = descriptionOf(info, QStringLiteral("info"));
    const QString schema = J::text(info, QStringLiteral("schema"), QStringLiteral("info"));
    if (!schema.isEmpty() && !schema.contains(QStringLiteral("/v2.0.")) && !schema.contains(QStringLiteral("/v2.1."))) {
        if (schema.contains(QStringLiteral("/v1."))) {
            J::fail(QStringLiteral("info.schema"),
                    PostmanCollection::tr(
                        "this is a Postman collection in the old v1 format. Open it in Postman and export it again "
                        "as Collection v2.1."));
        }
        m_result.notes.append(
            PostmanCollection::tr("The collection says it follows %1; Latchkey reads it as v2.1.").arg(schema));
    }

    // Collection variables: known before the requests, so {{token}} in auth finds its value.
    QList<QPair<QString, QString>> variables;
    QHash<QString, QString> types;
    QHash<QString, QString> values;
    if (const auto array = J::optionalArray(root, QStringLiteral("variable"), {})) {
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString path = J::index(QStringLiteral("variable"), i);
            const QJsonObject entry = J::object(array->at(i), path);
            if (entry.value(QStringLiteral("disabled")).toBool()) {
                continue;
            }
            QString key = J::text(entry, QStringLiteral("key"), path);
            if (key.isEmpty()) {
                key = J::text(entry, QStringLiteral("id"), path);
            }
            if (key.isEmpty()) {
                continue;
            }
            const QJsonValue value = entry.value(QStringLiteral("value"));
            const QString text = value.isObject() || value.isArray()
                ? QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                                     : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                : J::scalarText(value);
            variables.append({key, text});
            values.insert(key, text);
            types.insert(key, J::text(entry, QStringLiteral("type"), path));
        }
    }
    m_extractor.setPlainValues(values);
    m_extractor.setSecretValues(values);

    const std::optional<Auth> auth = parseAuth(root, {}, PostmanCollection::tr("the collection's auth"));
    if (root.contains(QStringLiteral("event"))) {
        noteOnce(PostmanCollection::tr("Pre-request and test scripts were left out: Latchkey does not run scripts."));
    }
    const QJsonValue items = root.value(QStringLiteral("item"));
    if (items.isUndefined()) {
        J::fail({}, PostmanCollection::tr("the collection has no \"item\" list."));
    }
    walk(J::array(items, QStringLiteral("item")), QStringLiteral("item"), {}, auth, 0);

    // Variables used as credentials, or secret by type, name or value, go to the credentials.
    QString host;
    for (const auto& variable : std::as_const(variables)) {
        const QString value = variable.second.trimmed();
        if (host.isEmpty()
            && (value.startsWith(QStringLiteral("https://")) || value.startsWith(QStringLiteral("http://")))) {
            host = QUrl(value).host().toLower();
        }
    }
    const QSet<QString> referenced(m_extractor.referencedVariables().cbegin(),
                                   m_extractor.referencedVariables().cend());
    for (const auto& variable : std::as_const(variables)) {
        const QString& name = variable.first;
        const QString value = variable.second.trimmed();
        const bool url = value.startsWith(QStringLiteral("http://")) || value.startsWith(QStringLiteral("https://"));
        const bool secretValue = !url
            && ((m_catalog && m_catalog->recognize(value.toUtf8()).ok())
                || value.startsWith(QStringLiteral("Bearer "), Qt::CaseInsensitive));
        if (referenced.contains(name)) {
            continue; // already a credential, found through the auth that uses it
        }
        if (types.value(name) == QStringLiteral("secret") || (!url && CredentialExtractor::looksSecretName(name))
            || secretValue) {
            m_extractor.addVariable(name, value, host,
                                    PostmanCollection::tr("the collection variable \"%1\"").arg(name));
        } else {
            m_result.variables.append(variable);
        }
    }
    m_result.requests = m_requests;
    m_result.credentials = m_extractor.credentials();
    return m_result;
}

// ---------------------------------------------------------------- writing

QJsonArray keyValues(const QList<QPair<QString, QString>>& pairs)
{
    QJsonArray array;
    for (const auto& pair : pairs) {
        array.append(QJsonObject {{QStringLiteral("key"), pair.first},
                                  {QStringLiteral("value"), pair.second},
                                  {QStringLiteral("type"), QStringLiteral("string")}});
    }
    return array;
}

// "/user/repos" or "?page=2": relative to the token's base address ("//host/x" is not).
bool isRelative(const QString& url)
{
    return (url.startsWith(QLatin1Char('/')) && !url.startsWith(QStringLiteral("//")))
        || url.startsWith(QLatin1Char('?'));
}

QString variable(const QString& reference)
{
    return QStringLiteral("{{") + reference + QStringLiteral("}}");
}

// Postman auth for one RequestAuth, or an empty object when Postman has no such kind (then a header).
QJsonObject authJson(const RequestAuth& auth)
{
    switch (auth.kind) {
    case Kind::Bearer:
        return {{QStringLiteral("type"), QStringLiteral("bearer")},
                {QStringLiteral("bearer"), keyValues({{QStringLiteral("token"), variable(auth.reference)}})}};
    case Kind::Basic:
        return {{QStringLiteral("type"), QStringLiteral("basic")},
                {QStringLiteral("basic"),
                 keyValues({{QStringLiteral("username"), auth.username},
                            {QStringLiteral("password"), variable(auth.reference)}})}};
    case Kind::Header:
    case Kind::Query:
        return {{QStringLiteral("type"), QStringLiteral("apikey")},
                {QStringLiteral("apikey"),
                 keyValues({{QStringLiteral("key"), auth.name},
                            {QStringLiteral("value"), variable(auth.reference)},
                            {QStringLiteral("in"),
                             auth.kind == Kind::Query ? QStringLiteral("query") : QStringLiteral("header")}})}};
    case Kind::Token:
    case Kind::Authorization:
    case Kind::Cookie:
    case Kind::Variable:
        break;
    }
    return {};
}

// The header that stands for an auth Postman has no kind for.
std::optional<QPair<QString, QString>> authHeader(const RequestAuth& auth)
{
    switch (auth.kind) {
    case Kind::Token:
        return QPair<QString, QString> {QStringLiteral("Authorization"),
                                        QStringLiteral("token ") + variable(auth.reference)};
    case Kind::Authorization:
        return QPair<QString, QString> {QStringLiteral("Authorization"), variable(auth.reference)};
    case Kind::Cookie:
        return QPair<QString, QString> {QStringLiteral("Cookie"), variable(auth.reference)};
    default:
        return std::nullopt;
    }
}

QJsonObject urlJson(const QString& raw, const QList<ImportedRequest::Variable>& pathVariables)
{
    UrlText parts = UrlText::parse(raw);
    // {{name}} path segments that are the request's own variables go back to Postman's :name.
    QJsonArray variables;
    QHash<QString, QString> values;
    for (const auto& pathVariable : pathVariables) {
        values.insert(pathVariable.first, pathVariable.second);
    }
    QSet<QString> written;
    QStringList segments = parts.path.split(QLatin1Char('/'));
    for (QString& segment : segments) {
        if (!segment.startsWith(QStringLiteral("{{")) || !segment.endsWith(QStringLiteral("}}"))) {
            continue;
        }
        const QString name = segment.mid(2, segment.size() - 4);
        const auto value = values.constFind(name);
        if (value == values.constEnd()) {
            continue;
        }
        segment = QLatin1Char(':') + name;
        if (!written.contains(name)) {
            written.insert(name);
            variables.append(QJsonObject {{QStringLiteral("key"), name}, {QStringLiteral("value"), *value}});
        }
    }
    parts.path = segments.join(QLatin1Char('/'));
    QJsonObject url {{QStringLiteral("raw"), parts.toString()}};
    if (!parts.scheme.isEmpty()) {
        url.insert(QStringLiteral("protocol"), parts.scheme);
    }
    if (parts.hasAuthority && !parts.host.isEmpty()) {
        url.insert(QStringLiteral("host"), QJsonArray::fromStringList(parts.host.split(QLatin1Char('.'))));
    }
    if (!parts.port.isEmpty()) {
        url.insert(QStringLiteral("port"), parts.port);
    }
    QStringList path = segments;
    if (!path.isEmpty() && path.first().isEmpty()) {
        path.removeFirst();
    }
    if (!path.isEmpty()) {
        url.insert(QStringLiteral("path"), QJsonArray::fromStringList(path));
    }
    if (parts.hasQuery) {
        QJsonArray query;
        for (const QString& piece : std::as_const(parts.queryPieces)) {
            const qsizetype equals = piece.indexOf(QLatin1Char('='));
            QJsonObject item {{QStringLiteral("key"), equals < 0 ? piece : piece.left(equals)}};
            item.insert(QStringLiteral("value"),
                        equals < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(piece.mid(equals + 1)));
            query.append(item);
        }
        url.insert(QStringLiteral("query"), query);
    }
    if (!variables.isEmpty()) {
        url.insert(QStringLiteral("variable"), variables);
    }
    return url;
}

QJsonObject requestJson(const ImportedRequest& request, bool authInherited)
{
    const RequestSpec& spec = request.spec;
    QString raw = spec.url.trimmed();
    if (isRelative(raw)) {
        raw.prepend(QStringLiteral("{{baseUrl}}"));
    }
    QJsonArray headers;
    for (const RequestSpec::Field& header : spec.headers) {
        headers.append(QJsonObject {{QStringLiteral("key"), header.first},
                                    {QStringLiteral("value"), header.second},
                                    {QStringLiteral("type"), QStringLiteral("text")}});
    }
    QJsonObject object {
        {QStringLiteral("method"), spec.method.isEmpty() ? QStringLiteral("GET") : spec.method.toUpper()}};
    if (!authInherited) {
        // One auth Postman has a kind for goes in "auth" (Basic first: it cannot be written as a header);
        // the others become headers or query parameters that use the same {{reference}}.
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < request.auth.size() && chosen < 0; ++i) {
            if (request.auth[i].kind == Kind::Basic) {
                chosen = i;
            }
        }
        for (qsizetype i = 0; i < request.auth.size() && chosen < 0; ++i) {
            if (!authJson(request.auth[i]).isEmpty()) {
                chosen = i;
            }
        }
        auto addHeader = [&headers](const QString& name, const QString& value) {
            headers.append(QJsonObject {{QStringLiteral("key"), name},
                                        {QStringLiteral("value"), value},
                                        {QStringLiteral("type"), QStringLiteral("text")}});
        };
        for (qsizetype i = 0; i < request.auth.size(); ++i) {
            const RequestAuth& auth = request.auth[i];
            if (i == chosen) {
                object.insert(QStringLiteral("auth"), authJson(auth));
            } else if (const auto header = authHeader(auth)) {
                addHeader(header->first, header->second);
            } else if (auth.kind == Kind::Bearer) {
                addHeader(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + variable(auth.reference));
            } else if (auth.kind == Kind::Header) {
                addHeader(auth.name, variable(auth.reference));
            } else if (auth.kind == Kind::Query) {
                UrlText parts = UrlText::parse(raw);
                parts.hasQuery = true;
                parts.queryPieces.append(auth.name + QLatin1Char('=') + variable(auth.reference));
                raw = parts.toString();
            }
        }
    }
    object.insert(QStringLiteral("header"), headers);
    object.insert(QStringLiteral("url"), urlJson(raw, request.variables));

    QString bodyType = spec.bodyType;
    if (bodyType.isEmpty() && !spec.body.isEmpty()) {
        bodyType = QStringLiteral("raw");
    }
    if (bodyType == QStringLiteral("form")) {
        QJsonArray fields;
        for (const RequestSpec::Field& field : spec.formFields) {
            fields.append(QJsonObject {{QStringLiteral("key"), field.first},
                                       {QStringLiteral("value"), field.second},
                                       {QStringLiteral("type"), QStringLiteral("text")}});
        }
        object.insert(QStringLiteral("body"),
                      QJsonObject {{QStringLiteral("mode"), QStringLiteral("urlencoded")},
                                   {QStringLiteral("urlencoded"), fields}});
    } else if ((bodyType == QStringLiteral("json") || bodyType == QStringLiteral("raw")) && !spec.body.isEmpty()) {
        const QString language = bodyType == QStringLiteral("json") ? QStringLiteral("json") : QStringLiteral("text");
        object.insert(QStringLiteral("body"),
                      QJsonObject {{QStringLiteral("mode"), QStringLiteral("raw")},
                                   {QStringLiteral("raw"), spec.body},
                                   {QStringLiteral("options"),
                                    QJsonObject {{QStringLiteral("raw"),
                                                  QJsonObject {{QStringLiteral("language"), language}}}}}});
    }
    if (!request.description.isEmpty()) {
        object.insert(QStringLiteral("description"), request.description);
    }
    return object;
}

// Builds the item tree in the order requests and folders first appear.
struct TreeNode
{
    QString name;
    QList<TreeNode> children; // folders
    QList<QPair<bool, qsizetype>> order; // (isFolder, index into children or requests)
    QJsonArray requests;
};

// The folder `name` in `node`: the last entry when it is that folder (requests of a folder usually come
// together), a new folder otherwise, so the order of the requests is kept whatever it is.
TreeNode& childFolder(TreeNode& node, const QString& name)
{
    if (!node.order.isEmpty() && node.order.last().first && node.children.last().name == name) {
        return node.children.last();
    }
    node.children.append(TreeNode {name, {}, {}, {}});
    node.order.append({true, node.children.size() - 1});
    return node.children.last();
}

QJsonArray treeItems(const TreeNode& node)
{
    QJsonArray items;
    for (const auto& entry : node.order) {
        if (entry.first) {
            const TreeNode& child = node.children.at(entry.second);
            items.append(
                QJsonObject {{QStringLiteral("name"), child.name}, {QStringLiteral("item"), treeItems(child)}});
        } else {
            items.append(node.requests.at(entry.second));
        }
    }
    return items;
}

} // namespace

ImportResult PostmanCollection::parse(const QByteArray& data, const ProviderCatalog* catalog)
{
    QJsonDocument document;
    ImportError error;
    if (!JsonReader::parse(data, &document, &error, PostmanCollection::tr("This Postman collection"))) {
        return ImportResult::failure(ImportFormat::PostmanCollection, error);
    }
    try {
        return Reader(catalog).read(document.object());
    } catch (const JsonReader::Failure& failure) {
        return ImportResult::failure(ImportFormat::PostmanCollection, failure.error);
    }
}

QString PostmanCollection::schemaUrl()
{
    return QStringLiteral("https://schema.getpostman.com/json/collection/v2.1.0/collection.json");
}

bool PostmanCollection::looksLikeCollection(const QJsonObject& root)
{
    QJsonObject object = root;
    if (!object.contains(QStringLiteral("info")) && object.value(QStringLiteral("collection")).isObject()) {
        object = object.value(QStringLiteral("collection")).toObject();
    }
    const QJsonObject info = object.value(QStringLiteral("info")).toObject();
    if (info.value(QStringLiteral("schema")).toString().contains(QStringLiteral("getpostman.com/json/collection"))) {
        return true;
    }
    if (object.value(QStringLiteral("info")).isObject() && object.value(QStringLiteral("item")).isArray()) {
        return true;
    }
    // v1: {"id", "name", "order", "requests": [...]}
    return object.value(QStringLiteral("requests")).isArray() && object.contains(QStringLiteral("order"));
}

QByteArray PostmanCollection::write(const QList<ImportedRequest>& requests, const WriteOptions& options)
{
    // One auth for every request goes on the collection; otherwise each request has its own.
    bool shared = !requests.isEmpty() && !requests.first().auth.isEmpty();
    for (const ImportedRequest& request : requests) {
        shared = shared && request.auth == requests.first().auth;
    }
    const QList<RequestAuth> sharedAuth = shared ? requests.first().auth : QList<RequestAuth>();
    if (shared) {
        // Only a single auth of a kind Postman has can live on the collection.
        shared = sharedAuth.size() == 1 && !authJson(sharedAuth.first()).isEmpty();
    }

    TreeNode root;
    bool relative = false;
    QStringList references;
    QSet<QString> referenceSet;
    for (const ImportedRequest& request : requests) {
        TreeNode* node = &root;
        for (const QString& folder : request.folderPath) {
            node = &childFolder(*node, folder);
        }
        QJsonObject item {
            {QStringLiteral("name"),
             request.name.isEmpty() ? request.spec.method + QLatin1Char(' ') + request.spec.url : request.name},
            {QStringLiteral("request"), requestJson(request, shared)},
            {QStringLiteral("response"), QJsonArray()}};
        node->requests.append(item);
        node->order.append({false, node->requests.size() - 1});
        const QString url = request.spec.url.trimmed();
        relative = relative || isRelative(url);
        for (const RequestAuth& auth : request.auth) {
            if (!referenceSet.contains(auth.reference)) {
                referenceSet.insert(auth.reference);
                references.append(auth.reference);
            }
        }
    }

    QString id = options.postmanId;
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    QJsonObject info {
        {QStringLiteral("_postman_id"), id},
        {QStringLiteral("name"), options.name.isEmpty() ? PostmanCollection::tr("Latchkey export") : options.name},
        {QStringLiteral("schema"), schemaUrl()}};
    if (!options.description.isEmpty()) {
        info.insert(QStringLiteral("description"), options.description);
    }
    QJsonObject collection {{QStringLiteral("info"), info}, {QStringLiteral("item"), treeItems(root)}};
    if (shared) {
        collection.insert(QStringLiteral("auth"), authJson(sharedAuth.first()));
    }

    // Variables: the caller's, the base address, and each token reference declared empty
    // (an environment fills it; Postman lets environment values win over collection ones).
    QList<QPair<QString, QString>> variables = options.variables;
    QSet<QString> declared;
    for (const auto& variable : std::as_const(variables)) {
        declared.insert(variable.first);
    }
    if ((relative || !options.baseUrl.isEmpty()) && !declared.contains(QStringLiteral("baseUrl"))) {
        variables.append({QStringLiteral("baseUrl"), options.baseUrl});
        declared.insert(QStringLiteral("baseUrl"));
    }
    for (const QString& reference : std::as_const(references)) {
        if (!declared.contains(reference)) {
            variables.append({reference, QString()});
            declared.insert(reference);
        }
    }
    if (!variables.isEmpty()) {
        collection.insert(QStringLiteral("variable"), keyValues(variables));
    }
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}
