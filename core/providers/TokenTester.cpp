#include "TokenTester.h"

#include "ProviderCall.h"
#include "ProviderCatalog.h"
#include "data/JsonPath.h"
#include "http/RateLimit.h"
#include "http/RequestJob.h"
#include "http/RequestRunner.h"
#include "vault/TokenVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

struct TokenTester::Run
{
    TokenRecord token;
    const Provider* provider = nullptr;
    QByteArray secret;
    QList<QJsonObject> steps;
    int index = 0;
    Facts facts;
    Callback done;
};

namespace {

QStringList splitScopes(const QString& text)
{
    QStringList scopes;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        scopes.append(part.trimmed());
    }
    return scopes;
}

QJsonValue fromHeaderOrPath(const QJsonObject& source, const Response& response, const QJsonValue& body)
{
    const QString header = source.value(QStringLiteral("header")).toString();
    if (!header.isEmpty()) {
        return response.headers.contains(header.toLatin1())
            ? QJsonValue(QString::fromUtf8(response.headers.value(header.toLatin1())))
            : QJsonValue(QJsonValue::Undefined);
    }
    return JsonPath::value(body, source.value(QStringLiteral("path")).toString());
}

QString firstText(const QJsonValue& paths, const QJsonValue& body)
{
    QStringList candidates;
    if (paths.isArray()) {
        for (const QJsonValue& path : paths.toArray()) {
            candidates.append(path.toString());
        }
    } else if (paths.isString()) {
        candidates.append(paths.toString());
    }
    for (const QString& path : candidates) {
        const QString text = JsonPath::text(body, path).trimmed();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return {};
}

} // namespace

TokenTester::TokenTester(TokenVault& vault, const ProviderCatalog& catalog, RequestRunner& runner, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_runner(runner)
{ }

QDateTime TokenTester::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    if (trimmed.size() == 10) {
        // A bare date: the end of that day, UTC (GitLab's expires_at).
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid()) {
            return QDateTime(date, QTime(23, 59, 59), Qt::UTC);
        }
    }
    QDateTime when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!when.isValid()) {
        // GitHub: "2021-10-07 19:07:53 UTC"
        QString withoutZone = trimmed;
        withoutZone.remove(QRegularExpression(QStringLiteral("\\s*(UTC|GMT|\\+0000)$")));
        when = QDateTime::fromString(withoutZone, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid()) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        if (ok && seconds > 0) {
            when = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        }
    }
    return when.isValid() ? when.toUTC() : QDateTime();
}

void TokenTester::parse(const QJsonObject& spec, const Response& response, Facts& facts)
{
    const QJsonValue body = QJsonDocument::fromJson(response.body).isNull()
        ? QJsonValue()
        : (QJsonDocument::fromJson(response.body).isArray()
               ? QJsonValue(QJsonDocument::fromJson(response.body).array())
               : QJsonValue(QJsonDocument::fromJson(response.body).object()));
    if (const QString account = firstText(spec.value(QStringLiteral("account")), body); !account.isEmpty()) {
        facts.account = account;
    }
    if (const QString id = firstText(spec.value(QStringLiteral("accountId")), body); !id.isEmpty()) {
        facts.accountId = id;
    }
    if (const QString email = firstText(spec.value(QStringLiteral("email")), body); !email.isEmpty()) {
        facts.email = email;
    }
    if (spec.value(QStringLiteral("scopes")).isObject()) {
        const QJsonValue scopes = fromHeaderOrPath(spec.value(QStringLiteral("scopes")).toObject(), response, body);
        if (scopes.isArray()) {
            facts.scopes.clear();
            for (const QJsonValue& scope : scopes.toArray()) {
                facts.scopes.append(JsonPath::toText(scope));
            }
            facts.scopesKnown = true;
        } else if (scopes.isString()) {
            facts.scopes = splitScopes(scopes.toString());
            facts.scopesKnown = true;
        }
    }
    if (spec.value(QStringLiteral("expires")).isObject()) {
        const QJsonValue expires = fromHeaderOrPath(spec.value(QStringLiteral("expires")).toObject(), response, body);
        const QDateTime when = parseDate(JsonPath::toText(expires));
        if (when.isValid()) {
            facts.expires = when;
        }
    }
}

void TokenTester::test(const QString& tokenId, Callback done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    const auto token = m_vault.token(tokenId);
    if (!token) {
        run->facts.failure = Failure::Unsupported;
        run->facts.message = tr("There is no such token.");
        run->done(run->facts);
        return;
    }
    run->token = *token;
    run->provider = &m_catalog.providerOrCustom(token->providerId);
    const QJsonObject whoami = run->provider->whoami;
    if (whoami.isEmpty()) {
        run->facts.failure = Failure::Unsupported;
        run->facts.message = tr("Latchkey does not know how to ask %1 who a token belongs to. Send a request with it "
                                "to check that it works.")
                                 .arg(run->provider->name);
        run->done(run->facts);
        return;
    }
    run->steps.append(whoami);
    for (const QJsonValue& more : whoami.value(QStringLiteral("more")).toArray()) {
        run->steps.append(more.toObject());
    }
    m_vault.readSecret(tokenId, [this, guard = QPointer<TokenTester>(this), run](const TokenVault::Result& read) {
        if (!guard) {
            return;
        }
        if (!read.ok()) {
            run->facts.failure = Failure::Keychain;
            run->facts.message = read.message;
            run->done(run->facts);
            return;
        }
        run->secret = read.secret;
        step(run);
    });
}

void TokenTester::step(std::shared_ptr<Run> run)
{
    if (run->index >= run->steps.size()) {
        finish(run);
        return;
    }
    const QJsonObject call = run->steps.at(run->index);
    const RequestPreparer::Result prepared = ProviderCall::prepare(call, *run->provider, run->token, run->secret);
    if (!prepared.ok()) {
        if (run->index == 0) {
            run->facts.failure = Failure::Refused;
            run->facts.message = prepared.message;
            finish(run);
        } else {
            ++run->index;
            step(run);
        }
        return;
    }
    RequestJob* job = m_runner.start(prepared.request, this);
    connect(job, &RequestJob::finished, this, [this, run, job, call](const Response& response) {
        job->deleteLater();
        const Provider& provider = *run->provider;
        const RateLimit rate = RateLimit::fromHeaders(response.headers, provider.rateLimit);
        if (rate.known()) {
            run->facts.rateLimit = rate.text();
        }
        if (run->index == 0) {
            if (!response.received()) {
                run->facts.failure = Failure::Network;
                run->facts.message = response.errorMessage;
                finish(run);
                return;
            }
            run->facts.status = response.status;
            if (!response.isSuccess()) {
                run->facts.failure = Failure::Rejected;
                const QString hint = provider.errorHint(response.status);
                run->facts.message
                    = tr("%1 answered %2 %3. %4")
                          .arg(provider.name)
                          .arg(response.status)
                          .arg(response.reason, hint.isEmpty() ? tr("The token was not accepted.") : hint);
                finish(run);
                return;
            }
            const QString okPath = call.value(QStringLiteral("okPath")).toString();
            if (!okPath.isEmpty()) {
                const QJsonValue body = QJsonDocument::fromJson(response.body).object();
                if (JsonPath::value(body, okPath) != QJsonValue(true)) {
                    run->facts.failure = Failure::Rejected;
                    const QString error = JsonPath::text(body, QStringLiteral("error"));
                    run->facts.message
                        = tr("%1 did not accept the token%2.")
                              .arg(provider.name, error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error));
                    finish(run);
                    return;
                }
            }
            run->facts.accepted = true;
        }
        if (response.isSuccess()) {
            parse(call, response, run->facts);
        }
        ++run->index;
        step(run);
    });
}

void TokenTester::finish(std::shared_ptr<Run> run)
{
    run->secret.fill('\0');
    run->secret.clear();
    Facts& facts = run->facts;
    if (facts.accepted) {
        if (auto current = m_vault.token(run->token.id)) {
            TokenRecord record = *current;
            record.account = !facts.account.isEmpty() ? facts.account : facts.email;
            if (facts.scopesKnown) {
                record.scopes = facts.scopes;
            }
            if (facts.expires.isValid()) {
                record.expiresAt = facts.expires;
            }
            if (!facts.rateLimit.isEmpty()) {
                record.rateLimit = facts.rateLimit;
            }
            if (!facts.accountId.isEmpty()) {
                record.fields.insert(QStringLiteral("me"), facts.accountId);
            }
            record.lastCheckedAt = QDateTime::currentDateTimeUtc();
            record.lastUsedAt = record.lastCheckedAt;
            m_vault.updateToken(record);
        }
        const QString who = facts.account.isEmpty() ? facts.email : facts.account;
        facts.message = who.isEmpty() ? tr("%1 accepted this token.").arg(run->provider->name)
                                      : tr("%1 accepted this token. It belongs to %2.").arg(run->provider->name, who);
        if (facts.expires.isValid() && facts.expires <= QDateTime::currentDateTimeUtc()) {
            facts.message += QLatin1Char(' ') + tr("It has expired.");
        }
    } else if (facts.message.isEmpty()) {
        facts.message = tr("%1 did not accept this token.").arg(run->provider->name);
    }
    run->done(facts);
}
