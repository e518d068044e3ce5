#include "RateLimit.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

qint64 number(const QByteArray& value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    return ok ? n : -1;
}

QByteArray firstPresent(const HttpHeaders& headers, const QJsonObject& spec, const char* key,
                        std::initializer_list<const char*> fallbacks)
{
    const QString named = spec.value(QLatin1String(key)).toString();
    if (!named.isEmpty()) {
        return headers.value(named.toLatin1());
    }
    for (const char* name : fallbacks) {
        if (headers.contains(name)) {
            return headers.value(name);
        }
    }
    return {};
}

} // namespace

RateLimit RateLimit::fromHeaders(const HttpHeaders& headers, const QJsonObject& spec, const QDateTime& now)
{
    RateLimit rate;
    rate.limit = number(firstPresent(headers, spec, "limit", {"X-RateLimit-Limit", "RateLimit-Limit"}));
    rate.remaining = number(firstPresent(headers, spec, "remaining", {"X-RateLimit-Remaining", "RateLimit-Remaining"}));
    const QByteArray reset = firstPresent(headers, spec, "reset", {"X-RateLimit-Reset", "RateLimit-Reset"}).trimmed();
    const QString kind = spec.value(QStringLiteral("resetKind")).toString();
    if (!reset.isEmpty()) {
        const qint64 n = number(reset);
        if (kind == QStringLiteral("iso") || n < 0) {
            rate.resetAt = QDateTime::fromString(QString::fromLatin1(reset), Qt::ISODateWithMs);
        } else if (kind == QStringLiteral("seconds") || (kind.isEmpty() && n < 1'000'000'000)) {
            rate.resetAt = now.addSecs(n);
        } else {
            rate.resetAt = QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
        }
    }
    const QByteArray retryAfter = headers.value("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        const qint64 seconds = number(retryAfter);
        if (seconds >= 0) {
            rate.retryAfterSeconds = seconds;
        } else {
            // An HTTP date: "Mon, 23 Nov 2026 12:00:30 GMT".
            QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(retryAfter),
                                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
            when.setTimeSpec(Qt::UTC);
            if (!when.isValid()) {
                when = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
            }
            if (when.isValid()) {
                rate.retryAfterSeconds = std::max<qint64>(0, now.secsTo(when));
            }
        }
    }
    return rate;
}

qint64 RateLimit::waitSeconds(const QDateTime& now) const
{
    if (retryAfterSeconds >= 0) {
        return retryAfterSeconds;
    }
    if (remaining == 0 && resetAt.isValid()) {
        return std::max<qint64>(0, now.secsTo(resetAt));
    }
    return 0;
}

QString RateLimit::text() const
{
    const QLocale locale;
    QString text;
    if (remaining >= 0 && limit > 0) {
        text = QCoreApplication::translate("RateLimit", "%1 of %2 requests left")
                   .arg(locale.toString(remaining), locale.toString(limit));
    } else if (remaining >= 0) {
        text = QCoreApplication::translate("RateLimit", "%1 requests left").arg(locale.toString(remaining));
    }
    if (resetAt.isValid() && !text.isEmpty()) {
        text += QCoreApplication::translate("RateLimit", ", resets at %1")
                    .arg(resetAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    if (retryAfterSeconds >= 0) {
        const QString wait
            = QCoreApplication::translate("RateLimit", "wait %1 s before the next request").arg(retryAfterSeconds);
        text = text.isEmpty() ? wait : text + QStringLiteral("; ") + wait;
    }
    return text;
}
