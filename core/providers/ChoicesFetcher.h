#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

class RequestRunner;
struct Provider;
struct TokenRecord;

// Fetches the choices of a provider's "choice" field with a token that may
// not be stored yet (Harvest: which accounts this token can use), so the
// person picks from a list instead of typing an id.
class ChoicesFetcher : public QObject
{
    Q_OBJECT
public:
    using Choice = QPair<QString, QString>; // label, value
    struct Result
    {
        QList<Choice> choices;
        QString error; // plain language, empty on success
    };
    using Callback = std::function<void(const Result&)>;

    explicit ChoicesFetcher(RequestRunner& runner, QObject* parent = nullptr);

    void fetch(const Provider& provider, const TokenRecord& token, const QByteArray& secret, const QString& fieldId,
               Callback done);

    // The choices in an answer, as the field's "choices" object describes (items, value, label).
    static QList<Choice> parse(const QJsonObject& spec, const QByteArray& body);

private:
    RequestRunner& m_runner;
};
