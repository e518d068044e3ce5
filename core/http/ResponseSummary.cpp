#include "ResponseSummary.h"

#include "RateLimit.h"
#include "data/HumanFormat.h"
#include "providers/Provider.h"

#include <QStringList>

namespace {

QString genericAdvice(int status)
{
    switch (status) {
    case 400:
        return ResponseSummary::tr("The service did not understand the request: check the address, its parameters "
                                   "and the body.");
    case 401:
        return ResponseSummary::tr("The service did not accept the token, or none was sent. It may have expired or "
                                   "been revoked.");
    case 403:
        return ResponseSummary::tr("The token was understood but is not allowed to do this: it lacks a permission, "
                                   "or a limit was reached.");
    case 404:
        return ResponseSummary::tr("Nothing was found at this address, or the token is not allowed to see it. Check "
                                   "the address.");
    case 405:
        return ResponseSummary::tr("This address does not accept this method. Try GET.");
    case 409:
        return ResponseSummary::tr("The request conflicts with the current state of the data.");
    case 410:
        return ResponseSummary::tr("This address is gone for good: the service has retired it.");
    case 413:
        return ResponseSummary::tr("The request's body is too large for the service.");
    case 415:
        return ResponseSummary::tr("The service does not accept this kind of body: check the body type.");
    case 422:
        return ResponseSummary::tr("The service could not process the request: a value is missing or wrong.");
    default:
        break;
    }
    if (status >= 500) {
        return ResponseSummary::tr("The service had a problem of its own. Try again in a moment.");
    }
    return {};
}

} // namespace

QString ResponseSummary::statusText(int status, const QString& reason)
{
    return reason.isEmpty() ? QString::number(status) : QStringLiteral("%1 %2").arg(status).arg(reason);
}

ResponseSummary ResponseSummary::of(const Response& response, const Provider* provider, qint64 itemCount)
{
    ResponseSummary summary;
    if (!response.received()) {
        summary.tone = response.outcome == Response::Outcome::Cancelled ? Tone::Warning : Tone::Error;
        summary.headline = response.errorMessage;
        return summary;
    }

    QStringList parts;
    if (itemCount >= 0) {
        parts.append(tr("%n item(s)", nullptr, int(std::min<qint64>(itemCount, INT_MAX))));
    }
    parts.append(response.bodySize == 0 ? tr("empty") : HumanFormat::bytes(response.bodySize));
    parts.append(HumanFormat::duration(response.timings.totalMs));
    summary.headline
        = statusText(response.status, response.reason) + QStringLiteral(" — ") + parts.join(QStringLiteral(", "));

    if (response.status >= 200 && response.status < 300) {
        summary.tone = Tone::Success;
    } else if (response.status >= 300 && response.status < 400) {
        summary.tone = Tone::Warning;
        summary.advice = tr("The service points elsewhere (%1) and Latchkey did not follow: too many redirects, or "
                            "the new address is not a web address.")
                             .arg(QString::fromUtf8(response.headers.value("Location")));
    } else {
        summary.tone = Tone::Error;
        const QString hint = provider ? provider->errorHint(response.status) : QString();
        summary.advice = hint.isEmpty() ? genericAdvice(response.status) : hint;
    }

    const RateLimit rate = RateLimit::fromHeaders(response.headers, provider ? provider->rateLimit : QJsonObject());
    const qint64 wait = rate.waitSeconds();
    if (response.status == 429 || (wait > 0 && response.status >= 400)) {
        const QString retry = wait > 0 ? tr("Too many requests: try again in %n second(s).", nullptr, int(wait))
                                       : tr("Too many requests: wait a little, then try again.");
        summary.advice = summary.advice.isEmpty() ? retry : summary.advice + QLatin1Char(' ') + retry;
    }
    if (response.credentialsDroppedOnRedirect) {
        summary.advice += (summary.advice.isEmpty() ? QString() : QStringLiteral(" "))
            + tr("The service redirected to another site (%1); the token was not sent there.")
                  .arg(response.finalUrl.host());
    }
    return summary;
}

QString ResponseSummary::details(const Response& response, const Provider* provider)
{
    QStringList parts;
    if (!response.httpVersion.isEmpty()) {
        parts.append(response.httpVersion);
    }
    const Response::Timings& t = response.timings;
    if (t.tlsDoneMs >= 0 && t.connectStartMs >= 0) {
        parts.append(tr("secure connection %1").arg(HumanFormat::duration(t.tlsDoneMs - t.connectStartMs)));
    }
    if (t.firstByteMs >= 0) {
        parts.append(tr("first byte after %1").arg(HumanFormat::duration(t.firstByteMs)));
    }
    if (!response.redirects.isEmpty()) {
        parts.append(tr("%n redirect(s)", nullptr, int(response.redirects.size())));
    }
    const RateLimit rate = RateLimit::fromHeaders(response.headers, provider ? provider->rateLimit : QJsonObject());
    if (rate.known()) {
        parts.append(rate.text());
    }
    return parts.join(QStringLiteral(" · "));
}
