#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// DESIGN rules 1 and 2: a token goes only to its own hosts, and over plain
// http:// only to this computer (loopback) unless the person confirms.
class HostGuard
{
public:
    // True when `url`'s host is one of `allowedHosts` (entries may carry a ":port").
    static bool isAllowedHost(const QUrl& url, const QStringList& allowedHosts);
    // localhost, 127.0.0.0/8, ::1
    static bool isLoopback(const QString& host);
    // True when sending a token to `url` needs the person's confirmation because it is plain http.
    static bool isInsecure(const QUrl& url);
};
