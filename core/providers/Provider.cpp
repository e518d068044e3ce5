#include "Provider.h"

#include "Placeholders.h"
#include "vault/TokenRecord.h"

#include <QUrl>

namespace {

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        list.append(item.toString());
    }
    return list;
}

QString hostOf(const QString& url)
{
    return QUrl(url).host().toLower();
}

// "gitlab.example.com", "https://gitlab.example.com/", "gitlab.example.com:8443" → host[:port]
QString normalizeHost(QString host)
{
    host = host.trimmed();
    if (host.contains(QStringLiteral("://"))) {
        const QUrl url(host);
        host = url.host() + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString());
    }
    while (host.endsWith(QLatin1Char('/'))) {
        host.chop(1);
    }
    return host.toLower();
}

} // namespace

Provider Provider::fromJson(const QJsonObject& object)
{
    Provider p;
    p.id = text(object, "id");
    p.name = text(object, "name");
    p.color = text(object, "color");
    p.advanced = object.value(QStringLiteral("advanced")).toBool(false);
    p.tokenName = object.value(QStringLiteral("tokenName")).toString(QStringLiteral("token"));
    p.tokenPage = text(object, "tokenPage");
    p.docs = text(object, "docs");
    p.help = text(object, "help");
    p.baseUrl = text(object, "baseUrl");

    const QJsonArray regions = object.value(QStringLiteral("regions")).toArray();
    for (const QJsonValue& value : regions) {
        const QJsonObject region = value.toObject();
        p.regions.append({text(region, "id"), text(region, "label"), text(region, "baseUrl")});
    }
    if (object.value(QStringLiteral("instance")).isObject()) {
        const QJsonObject instance = object.value(QStringLiteral("instance")).toObject();
        p.instance = Instance {text(instance, "label"), text(instance, "placeholder"), text(instance, "default"),
                               text(instance, "baseUrl"), text(instance, "defaultBaseUrl")};
    }
    p.extraHosts = strings(object.value(QStringLiteral("extraHosts")));

    const QJsonArray fields = object.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue& value : fields) {
        const QJsonObject field = value.toObject();
        Field f;
        f.id = text(field, "id");
        f.label = text(field, "label");
        f.kind = field.value(QStringLiteral("kind")).toString(QStringLiteral("text"));
        f.help = text(field, "help");
        f.placeholder = text(field, "placeholder");
        f.required = field.value(QStringLiteral("required")).toBool(false);
        f.choices = field.value(QStringLiteral("choices")).toObject();
        p.fields.append(f);
    }

    const QJsonObject auth = object.value(QStringLiteral("auth")).toObject();
    p.auth.scheme = text(auth, "scheme");
    p.auth.header = text(auth, "header");
    p.auth.value = auth.value(QStringLiteral("value")).toString(QStringLiteral("{token}"));
    p.auth.username = text(auth, "username");
    p.auth.password = auth.value(QStringLiteral("password")).toString(QStringLiteral("{token}"));
    const QJsonObject params = auth.value(QStringLiteral("params")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        p.auth.params.append({it.key(), it.value().toString()});
    }

    const QJsonArray headers = object.value(QStringLiteral("headers")).toArray();
    for (const QJsonValue& value : headers) {
        const QJsonObject header = value.toObject();
        p.headers.append({text(header, "name"), text(header, "value")});
    }

    const QJsonObject recognize = object.value(QStringLiteral("recognize")).toObject();
    p.prefixes = strings(recognize.value(QStringLiteral("prefixes")));
    if (recognize.contains(QStringLiteral("pattern"))) {
        p.pattern = QRegularExpression(text(recognize, "pattern"));
    }

    p.whoami = object.value(QStringLiteral("whoami")).toObject();
    p.pagination = object.value(QStringLiteral("pagination")).toObject();
    p.rateLimit = object.value(QStringLiteral("rateLimit")).toObject();
    p.readOnlyPosts = object.value(QStringLiteral("readOnlyPosts")).toArray();
    const QJsonObject errors = object.value(QStringLiteral("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        bool ok = false;
        const int status = it.key().toInt(&ok);
        if (ok) {
            p.errors.insert(status, it.value().toString());
        }
    }
    p.recipes = object.value(QStringLiteral("recipes")).toArray();
    return p;
}

QHash<QString, QString> Provider::valuesFor(const TokenRecord& token) const
{
    QHash<QString, QString> values;
    for (auto it = token.fields.begin(); it != token.fields.end(); ++it) {
        values.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    }
    if (instance) {
        const QString host = normalizeHost(values.value(QStringLiteral("host")));
        values.insert(QStringLiteral("host"), host.isEmpty() ? instance->defaultHost : host);
    }
    if (!regions.isEmpty() && values.value(QStringLiteral("region")).isEmpty()) {
        values.insert(QStringLiteral("region"), regions.first().id);
    }
    return values;
}

QString Provider::baseUrlFor(const TokenRecord& token) const
{
    if (!token.baseUrl.isEmpty()) {
        return token.baseUrl;
    }
    const QHash<QString, QString> values = valuesFor(token);
    if (instance) {
        const QString host = values.value(QStringLiteral("host"));
        if (host.isEmpty()) {
            return {};
        }
        if (host == instance->defaultHost && !instance->defaultBaseUrl.isEmpty()) {
            return instance->defaultBaseUrl;
        }
        return Placeholders::expand(instance->baseUrlTemplate, values);
    }
    if (!regions.isEmpty()) {
        const QString region = values.value(QStringLiteral("region"));
        for (const Region& r : regions) {
            if (r.id == region) {
                return r.baseUrl;
            }
        }
        return regions.first().baseUrl;
    }
    return baseUrl;
}

QStringList Provider::hostsFor(const TokenRecord& token) const
{
    QStringList hosts;
    auto add = [&hosts](const QString& host) {
        const QString lower = host.trimmed().toLower();
        if (!lower.isEmpty() && !hosts.contains(lower)) {
            hosts.append(lower);
        }
    };
    // A base URL with an explicit port pins the token to that port too.
    const QUrl base(baseUrlFor(token));
    const QString baseHost
        = base.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(base.host()) : base.host();
    add(base.port() > 0 ? QStringLiteral("%1:%2").arg(baseHost).arg(base.port()) : base.host());
    if (token.baseUrl.isEmpty()) {
        // With an override, the provider's own hosts are mapped onto the
        // override (see mapAbsoluteUrl), so only the override's host counts.
        for (const QString& host : extraHosts) {
            add(host);
        }
    }
    for (const QString& host : token.hosts) {
        add(host);
    }
    return hosts;
}

QString Provider::tokenPageFor(const TokenRecord& token) const
{
    return Placeholders::expand(tokenPage, valuesFor(token));
}

QString Provider::mapAbsoluteUrl(const QString& url, const TokenRecord& token) const
{
    const QString expanded = Placeholders::expand(url, valuesFor(token));
    if (token.baseUrl.isEmpty()) {
        return expanded;
    }
    QUrl target(expanded);
    QStringList ownHosts = extraHosts;
    ownHosts.append(hostOf(baseUrl));
    for (const Region& region : regions) {
        ownHosts.append(hostOf(region.baseUrl));
    }
    if (!ownHosts.contains(target.host().toLower())) {
        return expanded;
    }
    const QUrl override(token.baseUrl);
    target.setScheme(override.scheme());
    target.setHost(override.host());
    target.setPort(override.port());
    return target.toString();
}
