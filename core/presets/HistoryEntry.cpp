#include "HistoryEntry.h"

#include "http/PreparedRequest.h"
#include "http/ResponseSummary.h"
#include "http/SendResult.h"

#include <QUuid>

namespace {

bool isSecretName(const QString& name)
{
    static const QStringList exact = {QStringLiteral("authorization"), QStringLiteral("proxy-authorization"),
                                      QStringLiteral("cookie"), QStringLiteral("set-cookie")};
    const QString lower = name.trimmed().toLower();
    return exact.contains(lower) || lower.contains(QStringLiteral("token")) || lower.contains(QStringLiteral("secret"))
        || lower.contains(QStringLiteral("password")) || lower.contains(QStringLiteral("api-key"))
        || lower.contains(QStringLiteral("api_key")) || lower.contains(QStringLiteral("apikey"))
        || lower == QStringLiteral("key") || lower == QStringLiteral("x-api-key")
        || lower == QStringLiteral("access_token") || lower == QStringLiteral("sig");
}

QString maskedQuery(const QString& url)
{
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    if (question < 0) {
        return url;
    }
    QString fragment;
    QString query = url.mid(question + 1);
    const qsizetype hash = query.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        fragment = query.mid(hash);
        query.truncate(hash);
    }
    QStringList parts = query.split(QLatin1Char('&'));
    for (QString& part : parts) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals > 0 && isSecretName(QUrl::fromPercentEncoding(part.left(equals).toUtf8()))
            && !part.mid(equals + 1).startsWith(QStringLiteral("{{"))) {
            part = part.left(equals + 1) + PreparedRequest::mask();
        }
    }
    return url.left(question + 1) + parts.join(QLatin1Char('&')) + fragment;
}

} // namespace

RequestSpec HistoryEntry::redacted(const RequestSpec& spec)
{
    RequestSpec safe = spec;
    safe.url = maskedQuery(spec.url);
    for (RequestSpec::Field& header : safe.headers) {
        // {{variables}} are references, not secrets: they stay readable.
        if (isSecretName(header.first) && !header.second.trimmed().startsWith(QStringLiteral("{{"))) {
            header.second = PreparedRequest::mask();
        }
    }
    for (RequestSpec::Field& field : safe.formFields) {
        if (isSecretName(field.first)) {
            field.second = PreparedRequest::mask();
        }
    }
    return safe;
}

HistoryEntry HistoryEntry::fromResult(const SendResult& result, const RequestSpec& composed, const QString& presetId)
{
    HistoryEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.when = QDateTime::currentDateTimeUtc();
    entry.method = composed.method.toUpper();
    entry.url = result.shownUrl.isEmpty() ? maskedQuery(composed.url) : maskedQuery(result.shownUrl.toString());
    entry.tokenId = composed.tokenId;
    entry.presetId = presetId;
    entry.request = redacted(composed);
    const Response& response = result.response;
    if (result.stage != SendResult::Stage::Answered) {
        entry.outcome = result.message;
    } else if (response.received()) {
        entry.status = response.status;
        entry.outcome = ResponseSummary::statusText(response.status, response.reason);
        entry.durationMs = response.timings.totalMs;
        entry.size = response.bodySize;
    } else {
        entry.outcome = response.errorMessage;
        entry.durationMs = response.timings.totalMs;
    }
    return entry;
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject object {{QStringLiteral("id"), id},
                        {QStringLiteral("when"), when.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("method"), method},
                        {QStringLiteral("url"), url},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("outcome"), outcome},
                        {QStringLiteral("ms"), durationMs},
                        {QStringLiteral("size"), size},
                        {QStringLiteral("request"), request.toJson()}};
    if (!tokenId.isEmpty()) {
        object.insert(QStringLiteral("token"), tokenId);
    }
    if (!presetId.isEmpty()) {
        object.insert(QStringLiteral("preset"), presetId);
    }
    return object;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject& object)
{
    HistoryEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.when = QDateTime::fromString(object.value(QStringLiteral("when")).toString(), Qt::ISODateWithMs).toUTC();
    entry.method = object.value(QStringLiteral("method")).toString();
    entry.url = object.value(QStringLiteral("url")).toString();
    entry.status = object.value(QStringLiteral("status")).toInt();
    entry.outcome = object.value(QStringLiteral("outcome")).toString();
    entry.durationMs = object.value(QStringLiteral("ms")).toInteger();
    entry.size = object.value(QStringLiteral("size")).toInteger();
    entry.tokenId = object.value(QStringLiteral("token")).toString();
    entry.presetId = object.value(QStringLiteral("preset")).toString();
    entry.request = RequestSpec::fromJson(object.value(QStringLiteral("request")).toObject());
    return entry;
}

bool HistoryEntry::matches(const QString& search) const
{
    const QString needle = search.trimmed();
    return needle.isEmpty() || url.contains(needle, Qt::CaseInsensitive) || method.contains(needle, Qt::CaseInsensitive)
        || outcome.contains(needle, Qt::CaseInsensitive) || QString::number(status) == needle;
}
