#pragma once

#include "http/Response.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class ProviderCatalog;
class RequestJob;
class RequestRunner;
class TokenVault;
struct Provider;

// "Test token": asks the service who the token belongs to (the provider's
// who-am-I request and any follow-ups), and learns the account, the scopes or
// permissions, the expiry and the rate limit. The facts are saved in the
// token's metadata.
class TokenTester : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        Keychain, // the secret could not be read
        Network, // no answer (DNS, refused, TLS, timeout)
        Rejected, // the service answered, and refused the token
        Refused, // a safety rule stopped the request (e.g. the token's host)
        Unsupported, // the provider has no who-am-I request
    };

    struct Facts
    {
        bool accepted = false; // the service accepted the token
        Failure failure = Failure::None;
        int status = 0;
        QString message; // plain language: the verdict, or what went wrong and what to do
        QString account;
        QString accountId;
        QString email;
        QStringList scopes;
        bool scopesKnown = false;
        QDateTime expires;
        QString rateLimit;
    };
    using Callback = std::function<void(const Facts&)>;

    TokenTester(TokenVault& vault, const ProviderCatalog& catalog, RequestRunner& runner, QObject* parent = nullptr);

    void test(const QString& tokenId, Callback done);

    // Reads one who-am-I answer into `facts` as `spec` (the provider's
    // "whoami" object or one of its "more" entries) describes.
    static void parse(const QJsonObject& spec, const Response& response, Facts& facts);
    static QDateTime parseDate(const QString& text);

private:
    struct Run;
    void step(std::shared_ptr<Run> run);
    void finish(std::shared_ptr<Run> run);

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    RequestRunner& m_runner;
};
