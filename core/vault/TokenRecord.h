#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// What Latchkey knows about a token, without the token itself: the secret has
// no field here on purpose, so it cannot end up in tokens.json by accident.
struct TokenRecord
{
    using Header = QPair<QString, QString>;

    QString id; // UUID, also the keychain key
    QString name; // unique (case-insensitively), chosen by the user
    QString providerId; // a ProviderCatalog id, "custom" when none fits
    QString baseUrl; // override for self-hosted services (GitLab, GitHub Enterprise, …); empty = provider default
    QStringList hosts; // hosts the user added on top of the provider's
    QList<Header> extraHeaders; // non-secret headers sent with every request
    QJsonObject fields; // provider-specific values: email, account id, region, …

    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt; // invalid when unknown or never

    // Learnt from the service's "who am I" answer.
    QString account;
    QStringList scopes;
    QDateTime lastCheckedAt;
    QString rateLimit; // e.g. "4,998 of 5,000 left"

    bool writesAllowed = false; // DESIGN rule 6: explore mode until the user allows writes

    static TokenRecord create(const QString& name, const QString& providerId);

    QJsonObject toJson() const;
    static TokenRecord fromJson(const QJsonObject& object);

    bool isExpired(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    bool expiresSoon(const QDateTime& now = QDateTime::currentDateTimeUtc(), int days = 7) const;

    bool operator==(const TokenRecord&) const = default;
};
