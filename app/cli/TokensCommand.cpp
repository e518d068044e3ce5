#include "TokensCommand.h"

#include "CliContext.h"
#include "ConsoleIO.h"
#include "TextTable.h"
#include "data/HumanFormat.h"
#include "providers/ProviderCatalog.h"
#include "providers/TokenTester.h"
#include "vault/TokenDraft.h"
#include "vault/TokenInput.h"
#include "vault/TokenVault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    } else if (action == QStringLiteral("test")) {
        test(rest);
    } else if (action.isEmpty() || action.startsWith(QLatin1Char('-')) || action == QStringLiteral("list")) {
        list(action == QStringLiteral("list") ? rest : arguments);
    } else {
        usageError(tr("\"%1\" is not a tokens command. Use add, test, rename, remove, or nothing to list.").arg(action),
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
        table.addRow({record.name, m_context.catalog().providerOrCustom(record.providerId).name, record.account,
                      HumanFormat::date(record.createdAt, never), HumanFormat::date(record.lastUsedAt, never),
                      expiryText(record)});
    }
    ConsoleIO::out(table.render(ConsoleIO::terminalWidth()));
    finish(ExitSuccess);
}

void TokensCommand::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds a token. The token itself is read from standard input (a pipe), or asked for without showing "
           "it, and stored only in the system keychain. The service is recognised from the token when possible."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("A name for the token, e.g. \"GitHub (work)\"."));
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      tr("The service, e.g. github (see: latchkey providers). Guessed from the token "
                                         "when left out."),
                                      tr("id"));
    const QCommandLineOption field(
        QStringLiteral("field"),
        tr("A value the service needs, e.g. host=gitlab.example.com, region=eu, "
           "email=me@example.com, accountId=123 (repeatable; see: latchkey providers show ID)."),
        tr("key=value"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("Send the token to this API address instead of the service's usual one."),
                                     tr("url"));
    const QCommandLineOption host(QStringLiteral("host"), tr("Another host the token may be sent to (repeatable)."),
                                  tr("host"));
    const QCommandLineOption header({QStringLiteral("H"), QStringLiteral("header")},
                                    tr("A header sent with every request, \"Name: value\" (repeatable)."),
                                    tr("header"));
    const QCommandLineOption auth(QStringLiteral("auth"),
                                  tr("Custom APIs only: how the token is sent: bearer, header:NAME or query:NAME."),
                                  tr("how"));
    parser.addOptions({provider, field, baseUrl, host, header, auth});
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
    const ProviderCatalog& catalog = m_context.catalog();
    TokenDraft draft;
    draft.name = positional.first().trimmed();
    if (const QString problem = vault.validateName(draft.name); !problem.isEmpty()) {
        ConsoleIO::error(problem);
        finish(ExitUsage);
        return;
    }
    if (parser.isSet(provider)) {
        draft.providerId = parser.value(provider).trimmed().toLower();
        if (!catalog.provider(draft.providerId)) {
            ConsoleIO::error(
                tr("Latchkey knows no service \"%1\". See them with: latchkey providers").arg(draft.providerId));
            finish(ExitNotFound);
            return;
        }
    }
    for (const QString& value : parser.values(field)) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            usageError(tr("\"%1\" is not key=value, e.g. host=gitlab.example.com.").arg(value),
                       QStringLiteral("tokens add"));
            return;
        }
        draft.fields.insert(value.left(equals).trimmed(), value.mid(equals + 1).trimmed());
    }
    draft.baseUrl = parser.value(baseUrl).trimmed();
    draft.hosts = parser.values(host);
    for (const QString& value : parser.values(header)) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        const QString name = value.left(colon).trimmed();
        if (colon <= 0 || name.contains(QLatin1Char(' '))) {
            usageError(tr("\"%1\" is not a header; write it as \"Name: value\".").arg(value),
                       QStringLiteral("tokens add"));
            return;
        }
        draft.extraHeaders.append({name, value.mid(colon + 1).trimmed()});
    }
    if (parser.isSet(auth)) {
        const QString how = parser.value(auth).trimmed();
        draft.customAuthScheme = how.section(QLatin1Char(':'), 0, 0).toLower();
        draft.customAuthName = how.section(QLatin1Char(':'), 1);
        if (!QStringList {QStringLiteral("bearer"), QStringLiteral("header"), QStringLiteral("query")}.contains(
                draft.customAuthScheme)) {
            usageError(tr("--auth is bearer, header:NAME or query:NAME."), QStringLiteral("tokens add"));
            return;
        }
    }

    bool ok = false;
    draft.pasted
        = ConsoleIO::readSecret(tr("Paste the token for \"%1\" (it will not be shown): ").arg(draft.name), &ok);
    if (!ok) {
        ConsoleIO::error(tr("Could not read the token from standard input (is it larger than 64 KB?)."));
        finish(ExitUsage);
        return;
    }
    bool unknownService = false;
    if (!parser.isSet(provider)) {
        const TokenInput::Result input = TokenInput::normalize(draft.pasted);
        const ProviderCatalog::Recognition recognized = catalog.recognize(input.secret);
        if (recognized.ok()) {
            draft.providerId = recognized.providerId;
            ConsoleIO::err(tr("Recognised as a %1 token.").arg(catalog.providerOrCustom(draft.providerId).name));
        } else {
            unknownService = input.ok() && draft.baseUrl.isEmpty();
        }
    }

    const Provider& chosen = catalog.providerOrCustom(draft.providerId);
    bool blocked = false;
    for (const TokenDraft::Problem& problem : draft.check(catalog, vault)) {
        if (unknownService && problem.field == QStringLiteral("baseUrl")) {
            continue; // said below, better
        }
        if (!problem.blocking) {
            ConsoleIO::err(tr("Note: %1").arg(problem.message));
            continue;
        }
        blocked = true;
        const bool isProviderField = problem.field == QStringLiteral("host")
            || problem.field == QStringLiteral("region")
            || std::any_of(chosen.fields.begin(), chosen.fields.end(),
                           [&problem](const Provider::Field& f) { return f.id == problem.field; });
        ConsoleIO::error(isProviderField ? tr("%1 Give it with --field %2=VALUE.").arg(problem.message, problem.field)
                                         : problem.message);
    }
    if (unknownService) {
        blocked = true;
        ConsoleIO::error(
            tr("Latchkey could not tell which service this token belongs to. Name it with "
               "--provider ID (see: latchkey providers), or give a custom API's address with --base-url."));
    }
    if (blocked) {
        finish(ExitUsage);
        return;
    }

    const TokenRecord record = draft.toRecord();
    const QString backend = vault.secretStore()->backendName();
    const QString service = catalog.providerOrCustom(record.providerId).name;
    vault.addToken(record, draft.pasted, [this, record, backend, service](const TokenVault::Result& result) {
        for (const QString& note : result.notes) {
            ConsoleIO::err(note);
        }
        if (!result.ok()) {
            ConsoleIO::error(result.message);
            finish(exitCodeFor(result.error));
            return;
        }
        ConsoleIO::err(
            tr("Added \"%1\" (%2). The token is stored in %3, not in any file.").arg(record.name, service, backend));
        ConsoleIO::err(tr("Check it with: latchkey tokens test \"%1\"").arg(record.name));
        finish(ExitSuccess);
    });
}

void TokensCommand::test(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Asks the service who the token belongs to: account, permissions, expiry and rate limit. The answers are "
           "remembered in the token's details. Exit code 1 when the service does not accept the token."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The token's name."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for other programs."));
    parser.addOption(json);
    if (!parse(parser, arguments, QStringLiteral("tokens test"))) {
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("Name the token to test: latchkey tokens test NAME"), QStringLiteral("tokens test"));
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
    auto* tester = new TokenTester(vault, m_context.catalog(), m_context.runner(), this);
    const bool asJson = parser.isSet(json);
    tester->test(record->id, [this, asJson](const TokenTester::Facts& facts) {
        if (asJson) {
            QJsonObject object {
                {QStringLiteral("accepted"), facts.accepted},   {QStringLiteral("status"), facts.status},
                {QStringLiteral("message"), facts.message},     {QStringLiteral("account"), facts.account},
                {QStringLiteral("accountId"), facts.accountId}, {QStringLiteral("email"), facts.email},
                {QStringLiteral("rateLimit"), facts.rateLimit}};
            if (facts.scopesKnown) {
                object.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(facts.scopes));
            }
            if (facts.expires.isValid()) {
                object.insert(QStringLiteral("expires"), facts.expires.toString(Qt::ISODate));
            }
            ConsoleIO::outBytes(QJsonDocument(object).toJson(QJsonDocument::Indented));
        } else {
            ConsoleIO::outLine(facts.message);
            if (facts.accepted) {
                QString who = facts.account;
                QStringList extra;
                if (!facts.accountId.isEmpty() && facts.accountId != facts.account) {
                    extra.append(tr("id %1").arg(facts.accountId));
                }
                if (!facts.email.isEmpty() && facts.email != facts.account) {
                    extra.append(facts.email);
                }
                if (!extra.isEmpty()) {
                    who += QStringLiteral(" (%1)").arg(extra.join(QStringLiteral(", ")));
                }
                ConsoleIO::outLine(tr("Account:      %1").arg(who.isEmpty() ? tr("not told") : who));
                ConsoleIO::outLine(tr("Permissions:  %1")
                                       .arg(!facts.scopesKnown           ? tr("not told by the service")
                                                : facts.scopes.isEmpty() ? tr("none (public data only)")
                                                                         : facts.scopes.join(QStringLiteral(", "))));
                ConsoleIO::outLine(tr("Expires:      %1")
                                       .arg(facts.expires.isValid()
                                                ? QStringLiteral("%1 (%2)").arg(HumanFormat::date(facts.expires, {}),
                                                                                HumanFormat::relative(facts.expires))
                                                : tr("not told by the service")));
                if (!facts.rateLimit.isEmpty()) {
                    ConsoleIO::outLine(tr("Rate limit:   %1").arg(facts.rateLimit));
                }
            }
        }
        switch (facts.failure) {
        case TokenTester::Failure::None:
            finish(ExitSuccess);
            break;
        case TokenTester::Failure::Keychain:
            finish(ExitKeychain);
            break;
        case TokenTester::Failure::Refused:
            finish(ExitRefused);
            break;
        case TokenTester::Failure::Unsupported:
            finish(ExitNotFound);
            break;
        case TokenTester::Failure::Network:
        case TokenTester::Failure::Rejected:
            finish(ExitRequestFailed);
            break;
        }
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
