#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Cleans up what a person pasted as a token: surrounding spaces and line
// breaks, quotes, a "Bearer " prefix. Anything that cannot be a token (empty,
// broken by spaces, control characters, absurdly long) is an error with a
// sentence saying what to do.
class TokenInput
{
    Q_DECLARE_TR_FUNCTIONS(TokenInput)

public:
    static constexpr int maxLength = 2000; // well above any service's token; keychains cap around 2.5 KB

    struct Result
    {
        QByteArray secret;
        QString error; // empty when the token is usable
        QStringList notes; // what was cleaned up, to tell the user
        bool ok() const { return error.isEmpty(); }
    };

    static Result normalize(const QString& pasted);
};
