#include "TokenDraft.h"

#include "TokenInput.h"
#include "TokenVault.h"
#include "providers/ProviderCatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

bool isWebAddress(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http"));
}

bool isHostName(const QString& text)
{
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?$"));
    return host.match(text).hasMatch();
}

} // namespace

QList<TokenDraft::Problem> TokenDraft::check(const ProviderCatalog& catalog, const TokenVault& vault) const
{
    QList<Problem> problems;
    const Provider& provider = catalog.providerOrCustom(providerId);

    if (const QString nameProblem = vault.validateName(name); !nameProblem.isEmpty()) {
        problems.append({QStringLiteral("name"), nameProblem, true});
    }

    const TokenInput::Result input = TokenInput::normalize(pasted);
    if (!input.ok()) {
        problems.append({QStringLiteral("token"), input.error, true});
    } else if (const QString warning = catalog.mismatchWarning(provider.id, input.secret); !warning.isEmpty()) {
        problems.append({QStringLiteral("token"), warning, false});
    }

    if (!baseUrl.trimmed().isEmpty() && !isWebAddress(baseUrl)) {
        problems.append({QStringLiteral("baseUrl"),
                         tr("\"%1\" is not a web address. Write it in full, e.g. https://api.example.com/v1.")
                             .arg(baseUrl.trimmed()),
                         true});
    }
    if (provider.isCustom() && baseUrl.trimmed().isEmpty()) {
        problems.append({QStringLiteral("baseUrl"),
                         tr("Type the API's address, e.g. https://api.example.com/v1: the token is only ever sent "
                            "there."),
                         true});
    }
    if (provider.isCustom()
        && (customAuthScheme == QStringLiteral("header") || customAuthScheme == QStringLiteral("query"))
        && customAuthName.trimmed().isEmpty()) {
        problems.append({QStringLiteral("customAuthName"),
                         customAuthScheme == QStringLiteral("header")
                             ? tr("Type the name of the header the token goes in, e.g. X-API-Key.")
                             : tr("Type the name of the query parameter the token goes in, e.g. api_key."),
                         true});
    }

    if (provider.instance && baseUrl.trimmed().isEmpty()) {
        const QString host = fields.value(QStringLiteral("host")).toString().trimmed();
        if (host.isEmpty() && provider.instance->defaultHost.isEmpty()) {
            problems.append(
                {QStringLiteral("host"),
                 tr("Type the address of your %1, e.g. %2.").arg(provider.name, provider.instance->placeholder), true});
        } else if (!host.isEmpty() && !isHostName(host) && !isWebAddress(host)) {
            problems.append({QStringLiteral("host"),
                             tr("\"%1\" is not a host name. Type only the address, e.g. %2.")
                                 .arg(host, provider.instance->placeholder),
                             true});
        }
    }
    if (!provider.regions.isEmpty() && fields.contains(QStringLiteral("region"))) {
        const QString region = fields.value(QStringLiteral("region")).toString();
        const bool known = std::any_of(provider.regions.begin(), provider.regions.end(),
                                       [&](const Provider::Region& r) { return r.id == region; });
        if (!known) {
            problems.append(
                {QStringLiteral("region"), tr("\"%1\" is not a region of %2.").arg(region, provider.name), true});
        }
    }
    for (const Provider::Field& field : provider.fields) {
        const QString value = fields.value(field.id).toVariant().toString().trimmed();
        if (field.required && value.isEmpty()) {
            problems.append({field.id, tr("%1 is needed for %2.").arg(field.label, provider.name), true});
        } else if (field.kind == QStringLiteral("email") && !value.isEmpty()
                   && !QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")).match(value).hasMatch()) {
            problems.append({field.id, tr("\"%1\" does not look like an email address.").arg(value), true});
        }
    }
    for (const QString& host : hosts) {
        if (!isHostName(host.trimmed())) {
            problems.append({QStringLiteral("hosts"),
                             tr("\"%1\" is not a host name; write only the host, e.g. "
                                "api.example.com.")
                                 .arg(host),
                             true});
        }
    }
    for (const TokenRecord::Header& header : extraHeaders) {
        if (isCredentialHeader(header.first)) {
            problems.append({QStringLiteral("headers"),
                             tr("The %1 header carries a secret, and headers are stored in a plain file. Paste the "
                                "token itself in the token field instead.")
                                 .arg(header.first),
                             true});
        }
    }

    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.blocking && !b.blocking; });
    return problems;
}

bool TokenDraft::canAdd(const ProviderCatalog& catalog, const TokenVault& vault) const
{
    const QList<Problem> problems = check(catalog, vault);
    return std::none_of(problems.begin(), problems.end(), [](const Problem& p) { return p.blocking; });
}

QString TokenDraft::suggestName(const QString& base, const TokenVault& vault)
{
    const QString stem = base.trimmed().isEmpty() ? tr("My token") : base.trimmed();
    if (vault.validateName(stem).isEmpty()) {
        return stem;
    }
    for (int n = 2; n < 1000; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(stem).arg(n);
        if (vault.validateName(candidate).isEmpty()) {
            return candidate;
        }
    }
    return stem;
}

TokenRecord TokenDraft::toRecord() const
{
    TokenRecord record = TokenRecord::create(name.trimmed(), providerId);
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    record.baseUrl = base;
    for (const QString& host : hosts) {
        const QString lower = host.trimmed().toLower();
        if (!lower.isEmpty() && !record.hosts.contains(lower)) {
            record.hosts.append(lower);
        }
    }
    record.extraHeaders = extraHeaders;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString value = it.value().toVariant().toString().trimmed();
        if (!value.isEmpty()) {
            record.fields.insert(it.key(), value);
        }
    }
    if (record.providerId == QStringLiteral("custom") && !customAuthScheme.isEmpty()) {
        record.fields.insert(QStringLiteral("authScheme"), customAuthScheme);
        if (!customAuthName.trimmed().isEmpty()) {
            record.fields.insert(QStringLiteral("authName"), customAuthName.trimmed());
        }
    }
    return record;
}

bool TokenDraft::isCredentialHeader(const QString& name)
{
    static const QStringList credentials = {QStringLiteral("authorization"), QStringLiteral("proxy-authorization"),
                                            QStringLiteral("cookie"),        QStringLiteral("private-token"),
                                            QStringLiteral("x-api-key"),     QStringLiteral("x-auth-token"),
                                            QStringLiteral("x-figma-token"), QStringLiteral("x-shopify-access-token")};
    return credentials.contains(name.trimmed().toLower());
}
