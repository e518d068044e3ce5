#include "DetectedCredential.h"

#include <QCoreApplication>

namespace {

struct KindName
{
    DetectedCredential::Kind kind;
    const char* name;
};

constexpr KindName kindNames[] = {
    {DetectedCredential::Kind::Bearer, "bearer"}, {DetectedCredential::Kind::Token, "token"},
    {DetectedCredential::Kind::Basic, "basic"},   {DetectedCredential::Kind::Authorization, "authorization"},
    {DetectedCredential::Kind::Header, "header"}, {DetectedCredential::Kind::Query, "query"},
    {DetectedCredential::Kind::Cookie, "cookie"}, {DetectedCredential::Kind::Variable, "variable"},
};

} // namespace

QString DetectedCredential::kindName(Kind kind)
{
    for (const KindName& entry : kindNames) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

DetectedCredential::Kind DetectedCredential::kindFromName(const QString& name, bool* ok)
{
    for (const KindName& entry : kindNames) {
        if (name == QLatin1String(entry.name)) {
            if (ok) {
                *ok = true;
            }
            return entry.kind;
        }
    }
    if (ok) {
        *ok = false;
    }
    return Kind::Bearer;
}

QString DetectedCredential::describe() const
{
    switch (kind) {
    case Kind::Bearer:
        return DetectedCredential::tr("a Bearer token in the Authorization header");
    case Kind::Token:
        return DetectedCredential::tr("a token in the Authorization header");
    case Kind::Basic:
        return username.isEmpty() ? DetectedCredential::tr("a password (basic authentication)")
                                  : DetectedCredential::tr("the password of %1 (basic authentication)").arg(username);
    case Kind::Authorization:
        return DetectedCredential::tr("a key in the Authorization header");
    case Kind::Header:
        return DetectedCredential::tr("a token in the %1 header").arg(name);
    case Kind::Query:
        return DetectedCredential::tr("a token in the address (%1=…)").arg(name);
    case Kind::Cookie:
        return DetectedCredential::tr("browser cookies");
    case Kind::Variable:
        return DetectedCredential::tr("the secret variable %1").arg(name);
    }
    return {};
}

QJsonObject DetectedCredential::toJson() const
{
    QJsonObject object {
        {QStringLiteral("kind"), kindName()},     {QStringLiteral("name"), name},
        {QStringLiteral("reference"), reference}, {QStringLiteral("hasSecret"), hasSecret()},
        {QStringLiteral("source"), source},
    };
    if (!username.isEmpty()) {
        object.insert(QStringLiteral("username"), username);
    }
    if (!providerId.isEmpty()) {
        object.insert(QStringLiteral("provider"), providerId);
    }
    if (!host.isEmpty()) {
        object.insert(QStringLiteral("host"), host);
    }
    return object;
}
