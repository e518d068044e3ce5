#pragma once

#include "CliCommand.h"

#include <QFile>

#include <memory>

class SendJob;
struct SendResult;

// latchkey send [METHOD] URL [--token NAME] [-H 'K: V']... [-d BODY] [--yes]
//               [--var K=V]... [--output pretty|raw|json|headers]
class SendCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void start(const QStringList& arguments) override;

private:
    void report(const SendResult& result);
    void writeBody(const SendResult& result);

    QString m_output;
    bool m_quiet = false;
    bool m_streamed = false;
    QString m_tokenId;
};
