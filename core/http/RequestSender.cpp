#include "RequestSender.h"

#include "RequestJob.h"
#include "RequestRunner.h"
#include "SendJob.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QTimer>

RequestSender::RequestSender(TokenVault& vault, const ProviderCatalog& catalog, RequestRunner& runner, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_catalog(catalog)
    , m_runner(runner)
{ }

Template::Values RequestSender::valuesFor(const QString& tokenId, const Template::Values& given) const
{
    QString me;
    if (const auto token = m_vault.token(tokenId)) {
        me = token->fields.value(QStringLiteral("me")).toString();
    }
    Template::Values values = Template::builtIns(QDateTime::currentDateTime(), me);
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        values.insert(it.key(), it.value());
    }
    return values;
}

RequestSpec RequestSender::expand(const RequestSpec& spec, const Template::Values& values, QStringList* missing) const
{
    RequestSpec out = spec;
    QStringList absent;
    auto fill = [&values, &absent](const QString& text) -> QString {
        const Template::Result result = Template::expand(text, values);
        for (const QString& name : result.missing) {
            if (!absent.contains(name)) {
                absent.append(name);
            }
        }
        return result.text;
    };
    out.url = fill(spec.url);
    for (RequestSpec::Field& header : out.headers) {
        header.first = fill(header.first);
        header.second = fill(header.second);
    }
    for (RequestSpec::Field& field : out.formFields) {
        field.first = fill(field.first);
        field.second = fill(field.second);
    }
    out.body = fill(spec.body);
    if (missing) {
        *missing = absent;
    }
    return out;
}

SendJob* RequestSender::send(const RequestSpec& spec, const Options& options, QObject* owner)
{
    auto* job = new SendJob(owner ? owner : this);
    // Everything below reports from the event loop, never from inside send().
    QTimer::singleShot(0, job, [this, job, spec, options] {
        SendResult result;
        result.tokenId = spec.tokenId;
        if (job->m_cancelled) {
            result.response.outcome = Response::Outcome::Cancelled;
            result.response.errorMessage = tr("Cancelled.");
            job->finish(result);
            return;
        }

        QStringList missing;
        const RequestSpec expanded = expand(spec, valuesFor(spec.tokenId, options.variables), &missing);
        if (!missing.isEmpty()) {
            result.stage = SendResult::Stage::MissingVariables;
            result.missing = missing;
            result.message = tr("This request needs a value for %1.").arg(missing.join(QStringLiteral(", ")));
            job->finish(result);
            return;
        }

        std::optional<TokenRecord> token;
        const Provider* provider = nullptr;
        if (!spec.tokenId.isEmpty()) {
            token = m_vault.token(spec.tokenId);
            if (!token) {
                result.stage = SendResult::Stage::TokenMissing;
                result.message = tr("The token this request uses no longer exists. Pick another token.");
                job->finish(result);
                return;
            }
            provider = &m_catalog.providerOrCustom(token->providerId);
        }

        RequestPreparer::Result checked
            = RequestPreparer::check(expanded, token ? &*token : nullptr, provider, options.allowances);
        checked.request.timeoutMs = options.timeoutMs;
        checked.request.maxBodyBytes = options.maxBodyBytes;
        checked.request.saveTo = options.saveTo;
        result.check = checked;
        result.method = checked.request.method;
        result.shownUrl = checked.request.displayUrl();
        result.shownHeaders = checked.request.displayHeaders();
        if (!checked.ok()) {
            result.stage = SendResult::Stage::Refused;
            result.message = checked.message;
            job->finish(result);
            return;
        }

        auto launch = [this, job, result](RequestPreparer::Result ready) mutable {
            if (job->m_cancelled) {
                result.response.outcome = Response::Outcome::Cancelled;
                result.response.errorMessage = tr("Cancelled.");
                job->finish(result);
                return;
            }
            result.shownUrl = ready.request.displayUrl();
            result.shownHeaders = ready.request.displayHeaders();
            emit job->started(result);
            RequestJob* request = m_runner.start(ready.request, job);
            job->attach(request);
            const QString tokenId = ready.request.tokenId;
            // Kept only until the answer is in: a service may echo the credentials back.
            QList<QByteArray> secrets = ready.request.credentialValues();
            connect(request, &RequestJob::finished, job,
                    [this, job, request, result, tokenId, secrets](const Response& response) mutable {
                        request->deleteLater();
                        result.response = response;
                        result.response.maskEchoes(secrets);
                        for (QByteArray& secret : secrets) {
                            secret.fill('\0');
                        }
                        if (!tokenId.isEmpty() && response.received()) {
                            m_vault.markUsed(tokenId);
                        }
                        job->finish(result);
                    });
        };

        if (!token) {
            launch(checked);
            return;
        }
        const Provider* chosen = provider;
        const TokenRecord record = *token;
        m_vault.readSecret(record.id,
                           [job, checked, chosen, record, result, launch](const TokenVault::Result& read) mutable {
                               if (!read.ok()) {
                                   result.stage = SendResult::Stage::Keychain;
                                   result.message = read.message;
                                   job->finish(result);
                                   return;
                               }
                               QByteArray secret = read.secret;
                               const QString problem = RequestPreparer::attachSecret(checked, *chosen, record, secret);
                               secret.fill('\0');
                               if (!problem.isEmpty()) {
                                   result.stage = SendResult::Stage::Refused;
                                   result.message = problem;
                                   job->finish(result);
                                   return;
                               }
                               launch(checked);
                           });
    });
    return job;
}
