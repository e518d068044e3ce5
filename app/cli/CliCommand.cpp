#include "CliCommand.h"

#include "ConsoleIO.h"

#include <QCommandLineParser>
#include <QTimer>

CliCommand::CliCommand(CliContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{ }

void CliCommand::finish(int code)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    QTimer::singleShot(0, this, [this, code] { emit finished(code); });
}

void CliCommand::usageError(const QString& message, const QString& command)
{
    ConsoleIO::error(message);
    ConsoleIO::err(tr("Run \"latchkey %1 --help\" to see how to use it.").arg(command));
    finish(ExitUsage);
}

bool CliCommand::parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList {QStringLiteral("latchkey %1").arg(command)} + arguments)) {
        usageError(parser.errorText(), command);
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the executable's full path in the usage line; name the command instead.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
        if (text.startsWith(QStringLiteral("Usage: ")) && options > 0) {
            text = QStringLiteral("Usage: latchkey ") + command + text.mid(options);
        }
        ConsoleIO::out(text);
        finish(ExitSuccess);
        return false;
    }
    return true;
}

int CliCommand::exitCodeFor(TokenVault::Error error)
{
    switch (error) {
    case TokenVault::Error::None:
        return ExitSuccess;
    case TokenVault::Error::NotFound:
        return ExitNotFound;
    case TokenVault::Error::Keychain:
        return ExitKeychain;
    case TokenVault::Error::EmptyName:
    case TokenVault::Error::DuplicateName:
    case TokenVault::Error::InvalidSecret:
        return ExitUsage;
    case TokenVault::Error::Storage:
    case TokenVault::Error::ReadOnly:
        return ExitRequestFailed;
    }
    return ExitRequestFailed;
}
