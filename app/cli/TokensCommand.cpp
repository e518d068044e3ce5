#include "TokensCommand.h"

#include "CliContext.h"
#include "ConsoleIO.h"
#include "TextTable.h"
#include "data/HumanFormat.h"
#include "vault/TokenVault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

const QStringList credentialHeaders
    = {QStringLiteral("authorization"), QStringLiteral("proxy-authorization"), QStringLiteral("cookie")};

QString expiryText(const TokenRecord& record)
{
    if (!record.expiresAt.isValid()) {
        return QCoreApplication::translate("TokensCommand", "unknown");
    }
    const QString when = HumanFormat::date(record.expiresAt, {});
    if (record.isExpired()) {
        return QCoreApplication::translate("TokensCommand", "%1 (EXPIRED)").arg(when);
    }
    if (record.expiresSoon()) {
        return QCoreApplication::translate("TokensCommand", "%1 (%2!)")
            .arg(when, HumanFormat::relative(record.expiresAt));
    }
    return when;
}

} // namespace

void TokensCommand::start(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QStringLiteral("add")) {
        add(rest);
    } else if (action == QStringLiteral("remove") || action == QStringLiteral("rm")) {
        remove(rest);
    } else if (action == QStringLiteral("rename")) {
        rename(rest);
    } else if (action.isEmpty() || action.startsWith(QLatin1Char('-')) || action == QStringLiteral("list")) {
        list(action == QStringLiteral("list") ? rest : arguments);
    } else {
        usageError(tr("\"%1\" is not a tokens command. Use add, remove, rename, or nothing to list.").arg(action),
                   QStringLiteral("tokens"));
    }
}

void TokensCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists your tokens. Never prints a secret."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for other programs."));
    parser.addOption(json);
    if (!parse(parser, arguments, QStringLiteral("tokens"))) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()),
                   QStringLiteral("tokens"));
        return;
    }

    const QList<TokenRecord>& tokens = m_context.vault().tokens();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const TokenRecord& record : tokens) {
            QJsonObject object = record.toJson();
            object.insert(QStringLiteral("expired"), record.isExpired());
            array.append(object);
        }
        ConsoleIO::outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        finish(ExitSuccess);
        return;
    }

    if (tokens.isEmpty()) {
        ConsoleIO::err(tr("No tokens yet. Add one with: latchkey tokens add NAME"));
        finish(ExitSuccess);
        return;
    }
    const QString never = tr("never");
    TextTable table({tr("NAME"), tr("SERVICE"), tr("ACCOUNT"), tr("CREATED"), tr("LAST USED"), tr("EXPIRES")});
    for (const TokenRecord& record : tokens) {
        table.addRow({record.name, record.providerId, record.account, HumanFormat::date(record.createdAt, never),
                      HumanFormat::date(record.lastUsedAt, never), expiryText(record)});
    }
    ConsoleIO::out(table.render(ConsoleIO::terminalWidth()));
    finish(ExitSuccess);
}

void TokensCommand::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds a token. The token itself is read from standard input (a pipe), or asked for without showing "
           "it, and stored only in the system keychain."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("A name for the token, e.g. \"GitHub (work)\"."));
    const QCommandLineOption provider(QStringLiteral("provider"), tr("The service, e.g. github."), tr("id"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        tr("The API address of a self-hosted service, e.g. https://gitlab.example.com/api/v4."), tr("url"));
    const QCommandLineOption host(QStringLiteral("host"), tr("Another host the token may be sent to (repeatable)."),
                                  tr("host"));
    const QCommandLineOption header({QStringLiteral("H"), QStringLiteral("header")},
                                    tr("A header sent with every request, \"Name: value\" (repeatable)."),
                                    tr("header"));
    parser.addOptions({provider, baseUrl, host, header});
    if (!parse(parser, arguments, QStringLiteral("tokens add"))) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(positional.isEmpty() ? tr("Give the token a name: latchkey tokens add NAME")
                                        : tr("Only one name, please (put it in quotes if it has spaces)."),
                   QStringLiteral("tokens add"));
        return;
    }

    TokenVault& vault = m_context.vault();
    TokenRecord record = TokenRecord::create(positional.first().trimmed(), parser.value(provider).trimmed());
    if (const QString problem = vault.validateName(record.name); !problem.isEmpty()) {
        ConsoleIO::error(problem);
        finish(ExitUsage);
        return;
    }
    if (parser.isSet(baseUrl)) {
        const QUrl url(parser.value(baseUrl).trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QStringLiteral("https") && url.scheme() != QStringLiteral("http"))) {
            usageError(tr("\"%1\" is not a web address. Write it in full, e.g. https://gitlab.example.com/api/v4.")
                           .arg(parser.value(baseUrl)),
                       QStringLiteral("tokens add"));
            return;
        }
        record.baseUrl = url.toString(QUrl::StripTrailingSlash);
    }
    for (const QString& value : parser.values(host)) {
        const QString trimmed = value.trimmed().toLower();
        if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('/')) || trimmed.contains(QLatin1Char(' '))) {
            usageError(tr("\"%1\" is not a host name; write only the host, e.g. api.example.com.").arg(value),
                       QStringLiteral("tokens add"));
            return;
        }
        record.hosts.append(trimmed);
    }
    for (const QString& value : parser.values(header)) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        const QString name = value.left(colon).trimmed();
        if (colon <= 0 || name.contains(QLatin1Char(' '))) {
            usageError(tr("\"%1\" is not a header; write it as \"Name: value\".").arg(value),
                       QStringLiteral("tokens add"));
            return;
        }
        if (credentialHeaders.contains(name.toLower())) {
            usageError(tr("The %1 header carries a secret, and headers are stored in a plain file. Give the token "
                          "itself on standard input instead.")
                           .arg(name),
                       QStringLiteral("tokens add"));
            return;
        }
        record.extraHeaders.append({name, value.mid(colon + 1).trimmed()});
    }

    bool ok = false;
    const QString pasted
        = ConsoleIO::readSecret(tr("Paste the token for \"%1\" (it will not be shown): ").arg(record.name), &ok);
    if (!ok) {
        ConsoleIO::error(tr("Could not read the token from standard input (is it larger than 64 KB?)."));
        finish(ExitUsage);
        return;
    }

    const QString backend = vault.secretStore()->backendName();
    vault.addToken(record, pasted, [this, record, backend](const TokenVault::Result& result) {
        for (const QString& note : result.notes) {
            ConsoleIO::err(note);
        }
        if (!result.ok()) {
            ConsoleIO::error(result.message);
            finish(exitCodeFor(result.error));
            return;
        }
        ConsoleIO::err(tr("Added \"%1\". The token is stored in %2, not in any file.").arg(record.name, backend));
        finish(ExitSuccess);
    });
}

void TokensCommand::remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Removes a token: its secret from the keychain and its details from Latchkey."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The token's name."));
    const QCommandLineOption yes({QStringLiteral("y"), QStringLiteral("yes")}, tr("Do not ask for confirmation."));
    parser.addOption(yes);
    if (!parse(parser, arguments, QStringLiteral("tokens remove"))) {
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("Name the token to remove: latchkey tokens remove NAME"), QStringLiteral("tokens remove"));
        return;
    }
    TokenVault& vault = m_context.vault();
    const auto record = vault.find(parser.positionalArguments().first());
    if (!record) {
        ConsoleIO::error(tr("There is no token named \"%1\". See your tokens with: latchkey tokens")
                             .arg(parser.positionalArguments().first()));
        finish(ExitNotFound);
        return;
    }
    if (!parser.isSet(yes) && ConsoleIO::stdinIsTerminal()
        && !ConsoleIO::confirm(
            tr("Remove the token \"%1\"? Its secret is deleted from the keychain.").arg(record->name))) {
        ConsoleIO::err(tr("Nothing was removed."));
        finish(ExitSuccess);
        return;
    }
    vault.removeToken(record->id, [this, name = record->name](const TokenVault::Result& result) {
        if (!result.ok()) {
            ConsoleIO::error(result.message);
            finish(exitCodeFor(result.error));
            return;
        }
        ConsoleIO::err(tr("Removed \"%1\" and deleted its secret from the keychain.").arg(name));
        finish(ExitSuccess);
    });
}

void TokensCommand::rename(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Renames a token."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The token's current name."));
    parser.addPositionalArgument(QStringLiteral("new-name"), tr("Its new name."));
    if (!parse(parser, arguments, QStringLiteral("tokens rename"))) {
        return;
    }
    const QStringList names = parser.positionalArguments();
    if (names.size() != 2) {
        usageError(tr("Give the current and the new name: latchkey tokens rename NAME NEW-NAME"),
                   QStringLiteral("tokens rename"));
        return;
    }
    TokenVault& vault = m_context.vault();
    const auto record = vault.find(names.at(0));
    if (!record) {
        ConsoleIO::error(tr("There is no token named \"%1\".").arg(names.at(0)));
        finish(ExitNotFound);
        return;
    }
    const TokenVault::Result result = vault.renameToken(record->id, names.at(1));
    if (!result.ok()) {
        ConsoleIO::error(result.message);
        finish(exitCodeFor(result.error));
        return;
    }
    ConsoleIO::err(tr("Renamed \"%1\" to \"%2\".").arg(record->name, names.at(1).trimmed()));
    finish(ExitSuccess);
}
