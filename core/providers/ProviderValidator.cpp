#include "ProviderValidator.h"

#include "Placeholders.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace {

const QStringList authSchemes = {QStringLiteral("bearer"), QStringLiteral("header"), QStringLiteral("raw"),
                                 QStringLiteral("basic"), QStringLiteral("query")};
const QStringList paginationStyles = {QStringLiteral("link"), QStringLiteral("page"), QStringLiteral("cursor"),
                                      QStringLiteral("offset"), QStringLiteral("none")};
const QStringList fieldKinds = {QStringLiteral("text"), QStringLiteral("email"), QStringLiteral("choice")};
const QStringList readMethods = {QStringLiteral("GET"), QStringLiteral("HEAD")};

class Checker
{
public:
    QStringList problems;
    QSet<QString> knownNames; // placeholder names that may be used outside auth

    void require(bool condition, const QString& problem)
    {
        if (!condition) {
            problems.append(problem);
        }
    }

    void checkHttpsUrl(const QString& url, const QString& where, bool templated)
    {
        if (url.isEmpty()) {
            return;
        }
        const QString probe
            = templated ? Placeholders::expand(url, {{QStringLiteral("host"), QStringLiteral("example.com")}}) : url;
        const QUrl parsed(probe);
        require(parsed.isValid() && parsed.scheme() == QStringLiteral("https") && !parsed.host().isEmpty(),
                QStringLiteral("%1 must be an https:// address (got \"%2\")").arg(where, url));
    }

    void checkPlaceholders(const QString& text, const QString& where)
    {
        for (const QString& name : Placeholders::names(text)) {
            if (name == QStringLiteral("token")) {
                problems.append(QStringLiteral("%1 uses {token}; the secret may only appear in \"auth\"").arg(where));
            } else if (!knownNames.contains(name)) {
                problems.append(QStringLiteral("%1 uses {%2}, which is not a field, host or region").arg(where, name));
            }
        }
    }

    void checkRegex(const QString& pattern, const QString& where)
    {
        const QRegularExpression regex(pattern);
        require(regex.isValid(),
                QStringLiteral("%1 is not a valid regular expression: %2").arg(where, regex.errorString()));
    }
};

} // namespace

QStringList ProviderValidator::validate(const QJsonObject& object, const QString& fileBaseName)
{
    Checker c;
    const QString id = object.value(QStringLiteral("id")).toString();
    c.require(object.value(QStringLiteral("schema")).toInt() == schemaVersion,
              QStringLiteral("\"schema\" must be %1").arg(schemaVersion));
    c.require(QRegularExpression(QStringLiteral("^[a-z0-9-]+$")).match(id).hasMatch(),
              QStringLiteral("\"id\" must be lower-case letters, digits and dashes"));
    c.require(id == fileBaseName,
              QStringLiteral("\"id\" (%1) must match the file name (%2.json)").arg(id, fileBaseName));
    c.require(!object.value(QStringLiteral("name")).toString().isEmpty(), QStringLiteral("\"name\" is missing"));
    c.require(!object.value(QStringLiteral("help")).toString().isEmpty(), QStringLiteral("\"help\" is missing"));
    const bool custom = id == QStringLiteral("custom");

    // Where requests go.
    const bool hasBase = object.contains(QStringLiteral("baseUrl"));
    const bool hasRegions = object.contains(QStringLiteral("regions"));
    const bool hasInstance = object.contains(QStringLiteral("instance"));
    const int targets = int(hasBase) + int(hasRegions) + int(hasInstance);
    if (custom) {
        c.require(targets == 0, QStringLiteral("the custom provider has no baseUrl, regions or instance"));
    } else {
        c.require(targets == 1, QStringLiteral("exactly one of \"baseUrl\", \"regions\", \"instance\" is needed"));
    }
    c.checkHttpsUrl(object.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("baseUrl"), false);
    if (hasRegions) {
        const QJsonArray regions = object.value(QStringLiteral("regions")).toArray();
        c.require(!regions.isEmpty(), QStringLiteral("\"regions\" is empty"));
        for (const QJsonValue& region : regions) {
            c.require(!region[QStringLiteral("id")].toString().isEmpty(), QStringLiteral("a region has no id"));
            c.checkHttpsUrl(region[QStringLiteral("baseUrl")].toString(), QStringLiteral("a region's baseUrl"), false);
        }
        c.knownNames.insert(QStringLiteral("region"));
    }
    if (hasInstance) {
        const QJsonObject instance = object.value(QStringLiteral("instance")).toObject();
        const QString base = instance.value(QStringLiteral("baseUrl")).toString();
        c.require(base.contains(QStringLiteral("{host}")), QStringLiteral("instance.baseUrl must contain {host}"));
        c.checkHttpsUrl(base, QStringLiteral("instance.baseUrl"), true);
        c.checkHttpsUrl(instance.value(QStringLiteral("defaultBaseUrl")).toString(),
                        QStringLiteral("instance.defaultBaseUrl"), false);
        c.knownNames.insert(QStringLiteral("host"));
    }

    // Fields.
    const QJsonArray fields = object.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue& value : fields) {
        const QString fieldId = value[QStringLiteral("id")].toString();
        const QString kind = value[QStringLiteral("kind")].toString(QStringLiteral("text"));
        c.require(!fieldId.isEmpty(), QStringLiteral("a field has no id"));
        c.require(fieldId != QStringLiteral("token"), QStringLiteral("a field may not be called \"token\""));
        c.require(fieldKinds.contains(kind), QStringLiteral("field %1 has unknown kind \"%2\"").arg(fieldId, kind));
        c.require(!value[QStringLiteral("label")].toString().isEmpty(),
                  QStringLiteral("field %1 has no label").arg(fieldId));
        if (kind == QStringLiteral("choice")) {
            const QJsonObject choices = value[QStringLiteral("choices")].toObject();
            c.require(!choices.value(QStringLiteral("url")).toString().isEmpty()
                          || !choices.value(QStringLiteral("path")).toString().isEmpty(),
                      QStringLiteral("field %1 has no choices.url or choices.path").arg(fieldId));
        }
        c.knownNames.insert(fieldId);
    }
    for (const QJsonValue& value : fields) {
        c.checkPlaceholders(value[QStringLiteral("choices")][QStringLiteral("url")].toString(),
                            QStringLiteral("field choices"));
    }

    c.checkPlaceholders(object.value(QStringLiteral("tokenPage")).toString(), QStringLiteral("tokenPage"));
    c.checkHttpsUrl(object.value(QStringLiteral("tokenPage")).toString(), QStringLiteral("tokenPage"), true);

    // Auth.
    const QJsonObject auth = object.value(QStringLiteral("auth")).toObject();
    const QString scheme = auth.value(QStringLiteral("scheme")).toString();
    c.require(
        authSchemes.contains(scheme),
        QStringLiteral("auth.scheme \"%1\" is not one of %2").arg(scheme, authSchemes.join(QStringLiteral(", "))));
    if (scheme == QStringLiteral("header")) {
        c.require(!auth.value(QStringLiteral("header")).toString().isEmpty(), QStringLiteral("auth.header is missing"));
    }
    if (scheme == QStringLiteral("basic")) {
        c.require(!auth.value(QStringLiteral("username")).toString().isEmpty(),
                  QStringLiteral("auth.username is missing"));
    }
    if (scheme == QStringLiteral("query")) {
        c.require(!auth.value(QStringLiteral("params")).toObject().isEmpty(), QStringLiteral("auth.params is missing"));
    }

    // Headers never carry the secret and use only known placeholders.
    const QJsonArray headers = object.value(QStringLiteral("headers")).toArray();
    for (const QJsonValue& header : headers) {
        const QString name = header[QStringLiteral("name")].toString();
        c.require(!name.isEmpty() && !name.contains(QLatin1Char(' ')), QStringLiteral("a header has no valid name"));
        c.checkPlaceholders(header[QStringLiteral("value")].toString(), QStringLiteral("header %1").arg(name));
    }

    // Recognition.
    const QJsonObject recognize = object.value(QStringLiteral("recognize")).toObject();
    if (recognize.contains(QStringLiteral("pattern"))) {
        c.checkRegex(recognize.value(QStringLiteral("pattern")).toString(), QStringLiteral("recognize.pattern"));
    }

    // Who am I.
    const QJsonObject whoami = object.value(QStringLiteral("whoami")).toObject();
    if (!custom) {
        c.require(!whoami.isEmpty(), QStringLiteral("\"whoami\" is missing"));
        c.require(!whoami.value(QStringLiteral("path")).toString().isEmpty()
                      || !whoami.value(QStringLiteral("url")).toString().isEmpty(),
                  QStringLiteral("whoami needs a path or url"));
    }
    c.checkPlaceholders(whoami.value(QStringLiteral("url")).toString(), QStringLiteral("whoami.url"));

    // Pagination.
    const QString style = object.value(QStringLiteral("pagination"))
                              .toObject()
                              .value(QStringLiteral("style"))
                              .toString(QStringLiteral("none"));
    c.require(paginationStyles.contains(style), QStringLiteral("pagination.style \"%1\" is unknown").arg(style));

    // Read-only POSTs.
    QStringList readOnlyPaths;
    const QJsonArray readOnly = object.value(QStringLiteral("readOnlyPosts")).toArray();
    for (const QJsonValue& entry : readOnly) {
        readOnlyPaths.append(entry[QStringLiteral("path")].toString());
        if (entry.toObject().contains(QStringLiteral("bodyNotMatching"))) {
            c.checkRegex(entry[QStringLiteral("bodyNotMatching")].toString(),
                         QStringLiteral("readOnlyPosts.bodyNotMatching"));
        }
    }

    // Errors.
    const QJsonObject errors = object.value(QStringLiteral("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        bool ok = false;
        const int status = it.key().toInt(&ok);
        c.require(ok && status >= 400 && status < 600,
                  QStringLiteral("errors key \"%1\" is not an HTTP error status").arg(it.key()));
    }

    // Recipes.
    QSet<QString> recipeIds;
    const QJsonArray recipes = object.value(QStringLiteral("recipes")).toArray();
    for (const QJsonValue& recipe : recipes) {
        const QString recipeId = recipe[QStringLiteral("id")].toString();
        const QString method = recipe[QStringLiteral("method")].toString(QStringLiteral("GET")).toUpper();
        const QString path = recipe[QStringLiteral("path")].toString();
        c.require(QRegularExpression(QStringLiteral("^[a-z0-9-]+$")).match(recipeId).hasMatch(),
                  QStringLiteral("recipe id \"%1\" must be lower-case letters, digits and dashes").arg(recipeId));
        c.require(!recipeIds.contains(recipeId), QStringLiteral("recipe id \"%1\" is used twice").arg(recipeId));
        recipeIds.insert(recipeId);
        c.require(!recipe[QStringLiteral("name")].toString().isEmpty(),
                  QStringLiteral("recipe %1 has no name").arg(recipeId));
        c.require(path.startsWith(QLatin1Char('/')),
                  QStringLiteral("recipe %1's path must start with /").arg(recipeId));
        const QString plainPath = path.section(QLatin1Char('?'), 0, 0);
        c.require(readMethods.contains(method)
                      || (method == QStringLiteral("POST") && readOnlyPaths.contains(plainPath)),
                  QStringLiteral("recipe %1 uses %2, which is not a read-only request").arg(recipeId, method));
    }
    return c.problems;
}
