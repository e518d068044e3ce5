#include "HostGuard.h"

#include <QHostAddress>

bool HostGuard::isAllowedHost(const QUrl& url, const QStringList& allowedHosts)
{
    const QString host = url.host().toLower();
    if (host.isEmpty()) {
        return false;
    }
    const int port = url.port(url.scheme() == QStringLiteral("https") ? 443 : 80);
    for (const QString& entry : allowedHosts) {
        QString allowed = entry.trimmed().toLower();
        int allowedPort = -1;
        // "host:port", "[v6]:port", "[v6]", "host"
        if (allowed.startsWith(QLatin1Char('['))) {
            const qsizetype close = allowed.indexOf(QLatin1Char(']'));
            if (close < 0) {
                continue;
            }
            if (allowed.mid(close + 1).startsWith(QLatin1Char(':'))) {
                allowedPort = allowed.mid(close + 2).toInt();
            }
            allowed = allowed.mid(1, close - 1);
        } else if (allowed.count(QLatin1Char(':')) == 1) {
            const qsizetype colon = allowed.indexOf(QLatin1Char(':'));
            allowedPort = allowed.mid(colon + 1).toInt();
            allowed = allowed.left(colon);
        }
        if (allowed == host && (allowedPort < 0 || allowedPort == port)) {
            return true;
        }
    }
    return false;
}

bool HostGuard::isLoopback(const QString& host)
{
    const QString lower = host.toLower();
    if (lower == QStringLiteral("localhost") || lower.endsWith(QStringLiteral(".localhost"))) {
        return true;
    }
    const QHostAddress address(lower);
    return !address.isNull() && address.isLoopback();
}

bool HostGuard::isInsecure(const QUrl& url)
{
    return url.scheme().compare(QStringLiteral("http"), Qt::CaseInsensitive) == 0 && !isLoopback(url.host());
}
