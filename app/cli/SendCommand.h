#pragma once

#include "CliCommand.h"
#include "ResponsePrinter.h"
#include "http/Paginator.h"
#include "http/RequestSpec.h"
#include "presets/Template.h"

#include <QFile>

#include <memory>

class SendJob;
struct SendResult;

// latchkey send [METHOD] URL [--token NAME] [-H 'K: V']... [-d BODY] [--yes]
//               [--var K=V]... [--all-pages [--max-pages N]]
//               [--output pretty|raw|json|headers|table|csv [--filter TEXT] [--sort [-]COLUMN]] [--save PRESET]
// and, as RunCommand, latchkey run PRESET [the same options].
class SendCommand : public CliCommand
{
    Q_OBJECT
public:
    explicit SendCommand(CliContext& context, QObject* parent = nullptr)
        : SendCommand(context, false, parent)
    { }

    void start(const QStringList& arguments) override;

protected:
    // `runPreset`: the one argument names a preset, whose request is sent.
    SendCommand(CliContext& context, bool runPreset, QObject* parent);

private:
    void report(const SendResult& result);
    void reportPages(Paginator::Outcome outcome, const QString& message);
    // History, the preset's kept answer, and --save, once an answer is in.
    void remember(const SendResult& result);

    std::unique_ptr<ResponsePrinter> m_printer;
    Paginator* m_pages = nullptr;
    bool m_quiet = false;
    QString m_tokenId;
    const bool m_runPreset;
    QString m_command; // "send" or "run", for messages
    RequestSpec m_spec; // as composed: {{variables}} unfilled, the token by reference
    Template::Values m_given; // --var values
    QString m_presetId; // the preset run (or saved with --save)
    QString m_saveAs;
};
