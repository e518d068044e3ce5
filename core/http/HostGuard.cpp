#include "HostGuard.h"

#include <QHostAddress>

bool HostGuard::isAllowedHost(const QUrl& url, const QStringList& allowedHosts)
{
    const QString host = url.host().toLower();
    if (host.isEmpty()) {
        return false;
    }
    for (const QString& entry : allowedHosts) {
        const QString allowed = entry.trimmed().toLower();
        const qsizetype colon = allowed.lastIndexOf(QLatin1Char(':'));
        const bool hasPort = colon > 0 && !allowed.contains(QLatin1Char(']')) && allowed.count(QLatin1Char(':')) == 1;
        if (hasPort) {
            const int port = allowed.mid(colon + 1).toInt();
            if (allowed.left(colon) == host && url.port(url.scheme() == QStringLiteral("https") ? 443 : 80) == port) {
                return true;
            }
        } else if (allowed == host) {
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
