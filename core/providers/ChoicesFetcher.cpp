#include "ChoicesFetcher.h"

#include "ProviderCall.h"
#include "data/JsonPath.h"
#include "http/RequestJob.h"
#include "http/RequestRunner.h"
#include "providers/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>

ChoicesFetcher::ChoicesFetcher(RequestRunner& runner, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
{ }

QList<ChoicesFetcher::Choice> ChoicesFetcher::parse(const QJsonObject& spec, const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QJsonArray items = JsonPath::value(root, spec.value(QStringLiteral("items")).toString()).toArray();
    const QString valuePath = spec.value(QStringLiteral("value")).toString(QStringLiteral("id"));
    const QString labelPath = spec.value(QStringLiteral("label")).toString(QStringLiteral("name"));
    QList<Choice> choices;
    for (const QJsonValue& item : items) {
        const QString value = JsonPath::text(item, valuePath);
        if (!value.isEmpty()) {
            const QString label = JsonPath::text(item, labelPath);
            choices.append({label.isEmpty() ? value : label, value});
        }
    }
    return choices;
}

void ChoicesFetcher::fetch(const Provider& provider, const TokenRecord& token, const QByteArray& secret,
                           const QString& fieldId, Callback done)
{
    QJsonObject spec;
    for (const Provider::Field& field : provider.fields) {
        if (field.id == fieldId) {
            spec = field.choices;
        }
    }
    if (spec.isEmpty()) {
        done({{}, tr("%1 has no list to choose \"%2\" from.").arg(provider.name, fieldId)});
        return;
    }
    // The list is what tells the missing value (Harvest's account id): headers that need it are left out.
    const RequestPreparer::Result prepared = ProviderCall::prepare(spec, provider, token, secret, true);
    if (!prepared.ok()) {
        done({{}, prepared.message});
        return;
    }
    RequestJob* job = m_runner.start(prepared.request, this);
    const QString name = provider.name;
    const QString hint = provider.errorHint(401);
    connect(job, &RequestJob::finished, this, [job, spec, name, hint, done](const Response& response) {
        job->deleteLater();
        if (!response.received()) {
            done({{}, response.errorMessage});
            return;
        }
        if (!response.isSuccess()) {
            done({{},
                  tr("%1 answered %2. %3")
                      .arg(name)
                      .arg(response.status)
                      .arg(response.status == 401 ? hint : QString())});
            return;
        }
        const QList<Choice> choices = parse(spec, response.body);
        done({choices,
              choices.isEmpty() ? tr("%1 listed nothing to choose from for this token.").arg(name) : QString()});
    });
}
