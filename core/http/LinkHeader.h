#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

// The HTTP Link header (RFC 8288) as services use it for pages:
//   Link: <https://api.github.com/user/repos?page=2>; rel="next", <…?page=9>; rel="last"
// Parsed leniently: several headers joined with ", ", commas inside <…>, unquoted rel values,
// several relations in one rel ("next last"), relative targets resolved against the page's URL.
class LinkHeader
{
public:
    // rel (lower case) → target. The first link of a relation wins.
    static QHash<QString, QUrl> parse(const QByteArray& value, const QUrl& base = {});
    // The target of one relation ("next", "last"…), invalid when there is none.
    static QUrl target(const QByteArray& value, const QString& rel, const QUrl& base = {});
};
