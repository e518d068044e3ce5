#include "AuthApplier.h"

#include "PreparedRequest.h"
#include "providers/Placeholders.h"
#include "providers/Provider.h"
#include "vault/TokenRecord.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace {

struct Scheme
{
    QString kind; // bearer | header | raw | basic | query
    QString header; // header name for "header"
    Provider::Auth auth;
};

Scheme schemeFor(const Provider& provider, const TokenRecord& token)
{
    Scheme scheme {provider.auth.scheme, provider.auth.header, provider.auth};
    if (provider.isCustom()) {
        const QString kind = token.fields.value(QStringLiteral("authScheme")).toString();
        const QString name = token.fields.value(QStringLiteral("authName")).toString();
        if (kind == QStringLiteral("header") && !name.isEmpty()) {
            scheme.kind = kind;
            scheme.header = name;
            scheme.auth.value = QStringLiteral("{token}");
        } else if (kind == QStringLiteral("query") && !name.isEmpty()) {
            scheme.kind = kind;
            scheme.auth.params = {{name, QStringLiteral("{token}")}};
        } else if (kind == QStringLiteral("basic")) {
            // The token is the password; authName holds the user name (imported `curl -u user:password`).
            scheme.kind = kind;
            scheme.auth.username = name;
            scheme.auth.password = QStringLiteral("{token}");
        } else if (kind == QStringLiteral("raw")) {
            scheme.kind = kind; // Authorization: <token> as is
        } else {
            scheme.kind = QStringLiteral("bearer");
        }
    }
    if (scheme.kind.isEmpty()) {
        scheme.kind = QStringLiteral("bearer");
    }
    return scheme;
}

QString missingText(const Provider& provider, const QStringList& missing)
{
    return AuthApplier::tr("This %1 token needs a value for \"%2\" (set it in the token's details).")
        .arg(provider.name, missing.join(QStringLiteral("\", \"")));
}

} // namespace

QByteArray AuthApplier::defaultUserAgent()
{
    return QByteArrayLiteral("Latchkey/" LATCHKEY_VERSION " (+https://latchkey.invalid)");
}

QByteArray AuthApplier::credentialHeaderName(const Provider& provider, const TokenRecord& token)
{
    const Scheme scheme = schemeFor(provider, token);
    if (scheme.kind == QStringLiteral("header")) {
        return scheme.header.toLatin1().toLower();
    }
    if (scheme.kind == QStringLiteral("query")) {
        return {};
    }
    return QByteArrayLiteral("authorization");
}

QString AuthApplier::applyHeaders(PreparedRequest& request, const Provider& provider, const TokenRecord& token,
                                  bool skipIncomplete)
{
    const QHash<QString, QString> values = provider.valuesFor(token);
    QStringList missing;
    for (const auto& header : provider.headers) {
        const QByteArray name = header.first.toLatin1();
        if (request.headers.contains(name)) {
            continue; // the person's own value wins
        }
        QStringList missingHere;
        const QString value = Placeholders::expand(header.second, values, &missingHere);
        if (!missingHere.isEmpty() && skipIncomplete) {
            continue;
        }
        missing.append(missingHere);
        request.headers.append(name, value.toUtf8());
    }
    for (const TokenRecord::Header& header : token.extraHeaders) {
        const QByteArray name = header.first.toLatin1();
        if (!request.headers.contains(name)) {
            request.headers.append(name, header.second.toUtf8());
        }
    }
    if (!request.headers.contains("User-Agent")) {
        request.headers.append("User-Agent", defaultUserAgent());
    }
    return missing.isEmpty() ? QString() : missingText(provider, missing);
}

QString AuthApplier::applySecret(PreparedRequest& request, const Provider& provider, const TokenRecord& token,
                                 const QByteArray& secret)
{
    const Scheme scheme = schemeFor(provider, token);
    QHash<QString, QString> values = provider.valuesFor(token);
    values.insert(QStringLiteral("token"), QString::fromUtf8(secret));
    QStringList missing;
    request.tokenId = token.id;

    if (scheme.kind == QStringLiteral("query")) {
        QUrlQuery query(request.url);
        for (const auto& param : scheme.auth.params) {
            query.removeAllQueryItems(param.first);
            query.addQueryItem(
                param.first,
                QString::fromUtf8(QUrl::toPercentEncoding(Placeholders::expand(param.second, values, &missing))));
            request.credentialQueryItems.append(param.first);
        }
        request.url.setQuery(query);
    } else {
        QByteArray name = "Authorization";
        QByteArray value;
        if (scheme.kind == QStringLiteral("header")) {
            name = scheme.header.toLatin1();
            value = Placeholders::expand(scheme.auth.value, values, &missing).toUtf8();
        } else if (scheme.kind == QStringLiteral("raw")) {
            value = secret;
        } else if (scheme.kind == QStringLiteral("basic")) {
            const QString user = Placeholders::expand(scheme.auth.username, values, &missing);
            const QString password = Placeholders::expand(scheme.auth.password, values, &missing);
            value = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
        } else {
            value = "Bearer " + secret;
        }
        request.headers.set(name, value);
        request.credentialHeaders.insert(name.toLower());
    }
    // Whatever the scheme, these always count as credentials on this request.
    request.credentialHeaders.insert("authorization");
    request.credentialHeaders.insert("cookie");
    request.credentialHeaders.insert("proxy-authorization");
    values.remove(QStringLiteral("token"));
    return missing.isEmpty() ? QString() : missingText(provider, missing);
}
