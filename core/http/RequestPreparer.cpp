#include "RequestPreparer.h"

#include "AuthApplier.h"
#include "HostGuard.h"
#include "providers/Provider.h"
#include "vault/TokenRecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

const QList<QByteArray> readMethods = {"GET", "HEAD", "OPTIONS"};

} // namespace

QUrl RequestPreparer::resolveUrl(const QString& text, const QString& baseUrl, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Type an address, for example /user/repos or https://api.example.com/items.");
        return {};
    }
    QUrl url;
    if (trimmed.contains(QStringLiteral("://"))) {
        url = QUrl(trimmed, QUrl::TolerantMode);
    } else if (trimmed.startsWith(QLatin1Char('/')) || trimmed.startsWith(QLatin1Char('?'))) {
        if (baseUrl.isEmpty()) {
            *error = tr("\"%1\" is a path, but there is no service address to put it after. Pick a token, or type "
                        "the whole address starting with https://.")
                         .arg(trimmed);
            return {};
        }
        QString base = baseUrl;
        while (base.endsWith(QLatin1Char('/'))) {
            base.chop(1);
        }
        const QString basePath = QUrl(base).path();
        // "/api/v4/projects" typed on a ".../api/v4" base: do not repeat the base's path.
        const bool repeatsBase = !basePath.isEmpty() && basePath != QStringLiteral("/")
            && (trimmed == basePath || trimmed.startsWith(basePath + QLatin1Char('/'))
                || trimmed.startsWith(basePath + QLatin1Char('?')));
        const QString origin
            = QUrl(base).adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
        url = QUrl(repeatsBase ? origin + trimmed : base + trimmed, QUrl::TolerantMode);
    } else {
        // "api.example.com/items": assume https.
        url = QUrl(QStringLiteral("https://") + trimmed, QUrl::TolerantMode);
    }
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http"))) {
        *error = tr("\"%1\" is not a web address Latchkey can call. It should look like https://api.example.com/items.")
                     .arg(trimmed);
        return {};
    }
    return url;
}

bool RequestPreparer::isWrite(const QByteArray& method, const QUrl& url, const QByteArray& body,
                              const Provider* provider)
{
    if (readMethods.contains(method)) {
        return false;
    }
    if (method == "POST" && provider) {
        for (const QJsonValue& entry : provider->readOnlyPosts) {
            const QString path = entry[QStringLiteral("path")].toString();
            if (path.isEmpty() || !url.path().endsWith(path)) {
                continue;
            }
            const QString notMatching = entry[QStringLiteral("bodyNotMatching")].toString();
            if (notMatching.isEmpty() || !QRegularExpression(notMatching).match(QString::fromUtf8(body)).hasMatch()) {
                return false;
            }
        }
    }
    return true;
}

QByteArray RequestPreparer::encodeBody(const RequestSpec& spec, QByteArray* contentType)
{
    if (spec.bodyType == QStringLiteral("form")) {
        QUrlQuery form;
        for (const RequestSpec::Field& field : spec.formFields) {
            form.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(field.first)),
                              QString::fromUtf8(QUrl::toPercentEncoding(field.second)));
        }
        *contentType = "application/x-www-form-urlencoded";
        return form.query(QUrl::FullyEncoded).toUtf8();
    }
    if (spec.bodyType == QStringLiteral("json")) {
        *contentType = "application/json";
    } else if (spec.bodyType == QStringLiteral("raw") && !spec.body.isEmpty()) {
        *contentType = "text/plain; charset=utf-8";
    }
    return spec.body.toUtf8();
}

RequestPreparer::Result RequestPreparer::check(const RequestSpec& spec, const TokenRecord* token,
                                               const Provider* provider, const Allowances& allowances)
{
    Result result;
    PreparedRequest& request = result.request;
    request.method = spec.method.trimmed().toUpper().toLatin1();
    if (request.method.isEmpty()) {
        request.method = "GET";
    }

    const QString baseUrl = token && provider ? provider->baseUrlFor(*token) : QString();
    QString error;
    request.url = resolveUrl(spec.url, baseUrl, &error);
    if (request.url.isEmpty()) {
        result.refusal = baseUrl.isEmpty() && spec.url.trimmed().startsWith(QLatin1Char('/')) ? Refusal::NoAddress
                                                                                              : Refusal::BadUrl;
        result.message = error;
        return result;
    }
    result.requestHost = request.url.host();

    for (const RequestSpec::Field& header : spec.headers) {
        if (!header.first.trimmed().isEmpty()) {
            request.headers.append(header.first.trimmed().toLatin1(), header.second.toUtf8());
        }
    }
    QByteArray contentType;
    request.body = encodeBody(spec, &contentType);
    if (!contentType.isEmpty() && !request.headers.contains("Content-Type")) {
        request.headers.append("Content-Type", contentType);
    }
    // Credentials the person typed themselves are credentials too (rule 3, rule 4).
    request.credentialHeaders = {"authorization", "proxy-authorization", "cookie"};

    if (!token || !provider) {
        if (!request.headers.contains("User-Agent")) {
            request.headers.append("User-Agent", AuthApplier::defaultUserAgent());
        }
        return result;
    }

    // Rule 1: only to the token's own hosts.
    result.allowedHosts = provider->hostsFor(*token);
    if (!HostGuard::isAllowedHost(request.url, result.allowedHosts) && !allowances.otherHost) {
        result.refusal = Refusal::OtherHost;
        result.message = tr("\"%1\" is only sent to %2, and this request goes to %3. Latchkey did not send it. Send it "
                            "once anyway, add %3 to the token's hosts, or pick another token.")
                             .arg(token->name,
                                  result.allowedHosts.isEmpty() ? tr("(no host yet)")
                                                                : result.allowedHosts.join(QStringLiteral(", ")),
                                  request.url.host());
        return result;
    }
    // Rule 2: no token over plain http except to this computer.
    if (HostGuard::isInsecure(request.url) && !allowances.plainHttp) {
        result.refusal = Refusal::PlainHttp;
        result.message = tr("%1 is a plain http:// address: the token would travel unencrypted, readable by anyone on "
                            "the way. Use https://, or confirm to send it this once.")
                             .arg(request.url.host());
        return result;
    }
    // Rule 6: explore mode reads only.
    if (!token->writesAllowed && !allowances.write && isWrite(request.method, request.url, request.body, provider)) {
        result.refusal = Refusal::Write;
        result.message = tr("\"%1\" is in explore mode, which only reads. A %2 request can change or delete things on "
                            "%3. Allow changes for this token first, or confirm this one request.")
                             .arg(token->name, QString::fromLatin1(request.method), provider->name);
        return result;
    }

    if (const QString missing = AuthApplier::applyHeaders(request, *provider, *token, allowances.incompleteHeaders);
        !missing.isEmpty()) {
        result.refusal = Refusal::MissingValue;
        result.message = missing;
        return result;
    }
    request.credentialHeaders.insert(AuthApplier::credentialHeaderName(*provider, *token));
    request.credentialHeaders.remove(QByteArray());
    return result;
}

QString RequestPreparer::attachSecret(Result& checked, const Provider& provider, const TokenRecord& token,
                                      const QByteArray& secret)
{
    if (!checked.ok()) {
        return checked.message;
    }
    return AuthApplier::applySecret(checked.request, provider, token, secret);
}
