#include "CliMain.h"

#include "CliContext.h"
#include "ConsoleIO.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "PresetsCommand.h"
#include "ProvidersCommand.h"
#include "RunCommand.h"
#include "SendCommand.h"
#include "ShowCommand.h"
#include "TokensCommand.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <memory>

namespace {

using Factory = std::function<std::unique_ptr<CliCommand>(CliContext&)>;

template <typename Command> Factory make()
{
    return [](CliContext& context) { return std::make_unique<Command>(context); };
}

const std::map<QString, Factory>& commands()
{
    static const std::map<QString, Factory> table = {
        {QStringLiteral("export"), make<ExportCommand>()},   {QStringLiteral("import"), make<ImportCommand>()},
        {QStringLiteral("presets"), make<PresetsCommand>()}, {QStringLiteral("providers"), make<ProvidersCommand>()},
        {QStringLiteral("run"), make<RunCommand>()},         {QStringLiteral("send"), make<SendCommand>()},
        {QStringLiteral("show"), make<ShowCommand>()},       {QStringLiteral("tokens"), make<TokensCommand>()},
    };
    return table;
}

bool isSubcommandLike(const char* argument)
{
    return argument[0] != '-';
}

} // namespace

bool CliMain::wantsCommandLine(int argc, char** argv)
{
    if (argc < 2) {
        return false;
    }
    const char* first = argv[1];
    return isSubcommandLike(first) || std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0
        || std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0;
}

bool CliMain::handleFastPath(int argc, char** argv, int* exitCode)
{
    if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-v") == 0)) {
        std::fputs("latchkey " LATCHKEY_VERSION "\n", stdout);
        *exitCode = ExitSuccess;
        return true;
    }
    return false;
}

QString CliMain::helpText()
{
    return QCoreApplication::translate(
        "CliMain",
        "Latchkey keeps your personal API tokens in the system keychain and calls the services they belong to.\n"
        "\n"
        "Usage: latchkey                 open the window\n"
        "       latchkey COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  providers [--json]            the services Latchkey knows\n"
        "  providers show ID             where to create a token for a service, and what it needs\n"
        "  tokens [--json]               list your tokens (never prints a secret)\n"
        "  tokens add NAME               add a token (read from a pipe, or asked for without echo);\n"
        "                                the service is recognised from the token\n"
        "  tokens test NAME [--json]     who the token belongs to: account, permissions, expiry\n"
        "  tokens rename NAME NEW-NAME   rename a token\n"
        "  tokens remove NAME            remove a token and its secret\n"
        "  send [METHOD] URL [--token NAME] [-H 'K: V'] [-d BODY] [--yes] [--output pretty|raw|json|headers]\n"
        "                                send a request with a token; the answer on stdout\n"
        "                                [--all-pages] [--output table|csv|…] [--save PRESET]\n"
        "  presets [--json]              your saved presets\n"
        "  run PRESET [--var K=V]        send a saved preset (same options as send)\n"
        "  show PRESET [--json]          what a preset sends, the token as a placeholder\n"
        "  import FILE|- [--collection NAME] [--dry-run] [--json]\n"
        "                                bring in a curl command, a Postman collection or environment,\n"
        "                                or a browser's HAR file as presets; tokens go to the keychain\n"
        "  export NAME --as curl|postman [--out FILE] [--with-token]\n"
        "                                a preset or collection as curl commands or a Postman collection;\n"
        "                                tokens as placeholders unless --with-token\n"
        "\n"
        "Every command explains itself with --help, e.g. latchkey tokens add --help.\n"
        "\n"
        "Exit codes: 0 success, 1 request failed, 2 usage, 3 refused by a safety rule,\n"
        "            4 keychain unavailable or denied, 5 not found.\n");
}

int CliMain::run(const QStringList& arguments)
{
    const QString name = arguments.value(1);
    if (name == QStringLiteral("--help") || name == QStringLiteral("-h") || name == QStringLiteral("help")) {
        ConsoleIO::out(helpText());
        return ExitSuccess;
    }
    if (name == QStringLiteral("--version") || name == QStringLiteral("-v")) {
        ConsoleIO::outLine(QStringLiteral("latchkey " LATCHKEY_VERSION));
        return ExitSuccess;
    }
    const auto found = commands().find(name);
    if (found == commands().end()) {
        ConsoleIO::error(QCoreApplication::translate("CliMain", "\"%1\" is not a Latchkey command.").arg(name));
        ConsoleIO::err(QCoreApplication::translate("CliMain", "Run \"latchkey --help\" to see the commands."));
        return ExitUsage;
    }

    CliContext context;
    std::unique_ptr<CliCommand> command = found->second(context);
    int exitCode = ExitSuccess;
    QObject::connect(command.get(), &CliCommand::finished, QCoreApplication::instance(), [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    const QStringList rest = arguments.mid(2);
    QTimer::singleShot(0, command.get(), [&command, rest] { command->start(rest); });
    QCoreApplication::exec();
    return exitCode;
}
