#include "ProviderCall.h"

#include "providers/Provider.h"
#include "vault/TokenRecord.h"

#include <QJsonDocument>

RequestPreparer::Result ProviderCall::prepare(const QJsonObject& call, const Provider& provider,
                                              const TokenRecord& token, const QByteArray& secret,
                                              bool incompleteHeaders)
{
    RequestSpec spec;
    spec.method = call.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
    const QString url = call.value(QStringLiteral("url")).toString();
    spec.url = url.isEmpty() ? call.value(QStringLiteral("path")).toString() : provider.mapAbsoluteUrl(url, token);
    if (call.value(QStringLiteral("body")).isObject()) {
        spec.body = QString::fromUtf8(
            QJsonDocument(call.value(QStringLiteral("body")).toObject()).toJson(QJsonDocument::Compact));
        spec.bodyType = QStringLiteral("json");
    }
    spec.tokenId = token.id;
    RequestPreparer::Allowances allowances;
    allowances.incompleteHeaders = incompleteHeaders;
    RequestPreparer::Result result = RequestPreparer::check(spec, &token, &provider, allowances);
    if (result.ok()) {
        const QString problem = RequestPreparer::attachSecret(result, provider, token, secret);
        if (!problem.isEmpty()) {
            result.refusal = RequestPreparer::Refusal::MissingValue;
            result.message = problem;
        }
    }
    return result;
}
