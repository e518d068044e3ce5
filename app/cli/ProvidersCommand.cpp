#include "ProvidersCommand.h"

#include "CliContext.h"
#include "ConsoleIO.h"
#include "TextTable.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenRecord.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString authText(const Provider& provider)
{
    const Provider::Auth& auth = provider.auth;
    if (auth.scheme == QStringLiteral("header")) {
        return auth.header + QStringLiteral(" header");
    }
    if (auth.scheme == QStringLiteral("raw")) {
        return QStringLiteral("Authorization (no scheme)");
    }
    if (auth.scheme == QStringLiteral("basic")) {
        return QStringLiteral("Basic (%1 + token)")
            .arg(auth.username.contains(QStringLiteral("email")) ? QStringLiteral("email") : auth.username);
    }
    if (auth.scheme == QStringLiteral("query")) {
        QStringList names;
        for (const auto& param : auth.params) {
            names.append(param.first);
        }
        return QStringLiteral("query: %1").arg(names.join(QStringLiteral(", ")));
    }
    return QStringLiteral("Bearer");
}

QString whereText(const Provider& provider)
{
    if (provider.instance) {
        return provider.instance->defaultHost.isEmpty()
            ? QStringLiteral("your own host")
            : QStringLiteral("%1 or your own").arg(provider.instance->defaultHost);
    }
    if (!provider.regions.isEmpty()) {
        QStringList hosts;
        for (const Provider::Region& region : provider.regions) {
            hosts.append(QUrl(region.baseUrl).host());
        }
        return hosts.join(QStringLiteral(" | "));
    }
    return provider.baseUrl.isEmpty() ? QStringLiteral("the address you give") : QUrl(provider.baseUrl).host();
}

QJsonObject toJson(const Provider& provider)
{
    QJsonObject object {{QStringLiteral("id"), provider.id},
                        {QStringLiteral("name"), provider.name},
                        {QStringLiteral("advanced"), provider.advanced},
                        {QStringLiteral("tokenPage"), provider.tokenPage},
                        {QStringLiteral("help"), provider.help},
                        {QStringLiteral("auth"), provider.auth.scheme},
                        {QStringLiteral("where"), whereText(provider)},
                        {QStringLiteral("prefixes"), QJsonArray::fromStringList(provider.prefixes)},
                        {QStringLiteral("recipes"), provider.recipes.size()}};
    QJsonArray fields;
    for (const Provider::Field& field : provider.fields) {
        fields.append(QJsonObject {{QStringLiteral("id"), field.id},
                                   {QStringLiteral("label"), field.label},
                                   {QStringLiteral("required"), field.required}});
    }
    if (provider.instance) {
        fields.prepend(QJsonObject {{QStringLiteral("id"), QStringLiteral("host")},
                                    {QStringLiteral("label"), provider.instance->label},
                                    {QStringLiteral("required"), provider.instance->defaultHost.isEmpty()}});
    }
    if (!provider.regions.isEmpty()) {
        fields.prepend(QJsonObject {{QStringLiteral("id"), QStringLiteral("region")},
                                    {QStringLiteral("label"), QStringLiteral("Data region")},
                                    {QStringLiteral("required"), false}});
    }
    object.insert(QStringLiteral("fields"), fields);
    return object;
}

} // namespace

void ProvidersCommand::start(const QStringList& arguments)
{
    if (arguments.value(0) == QStringLiteral("show")) {
        show(arguments.mid(1));
    } else {
        list(arguments);
    }
}

void ProvidersCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the services Latchkey knows, and how it sends their tokens."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for other programs."));
    parser.addOption(json);
    if (!parse(parser, arguments, QStringLiteral("providers"))) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument \"%1\". To see one service: latchkey providers show ID")
                       .arg(parser.positionalArguments().first()),
                   QStringLiteral("providers"));
        return;
    }
    const ProviderCatalog& catalog = m_context.catalog();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Provider& provider : catalog.providers()) {
            array.append(toJson(provider));
        }
        ConsoleIO::outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        finish(ExitSuccess);
        return;
    }
    TextTable table({tr("ID"), tr("SERVICE"), tr("SENT TO"), tr("HOW"), tr("RECOGNISED BY")});
    for (const Provider& provider : catalog.providers()) {
        table.addRow({provider.id, provider.advanced ? tr("%1 (advanced)").arg(provider.name) : provider.name,
                      whereText(provider), authText(provider), provider.prefixes.join(QStringLiteral(" "))});
    }
    ConsoleIO::out(table.render(ConsoleIO::terminalWidth()));
    finish(ExitSuccess);
}

void ProvidersCommand::show(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows one service: where to create a token, what to tick, what it needs."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The service's id (see: latchkey providers)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for other programs."));
    parser.addOption(json);
    if (!parse(parser, arguments, QStringLiteral("providers show"))) {
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("Name one service: latchkey providers show github"), QStringLiteral("providers show"));
        return;
    }
    const Provider* provider = m_context.catalog().provider(parser.positionalArguments().first().toLower());
    if (!provider) {
        ConsoleIO::error(tr("Latchkey knows no service \"%1\". See them with: latchkey providers")
                             .arg(parser.positionalArguments().first()));
        finish(ExitNotFound);
        return;
    }
    if (parser.isSet(json)) {
        ConsoleIO::outBytes(QJsonDocument(toJson(*provider)).toJson(QJsonDocument::Indented));
        finish(ExitSuccess);
        return;
    }
    QString text = provider->name + (provider->advanced ? tr(" (advanced)") : QString()) + QLatin1Char('\n');
    text += QLatin1Char('\n') + provider->help + QLatin1Char('\n');
    if (!provider->tokenPage.isEmpty()) {
        text += QLatin1Char('\n') + tr("Create a token at: %1").arg(provider->tokenPageFor(TokenRecord()))
            + QLatin1Char('\n');
    }
    text += tr("Sent to:  %1").arg(whereText(*provider)) + QLatin1Char('\n');
    text += tr("Sent as:  %1").arg(authText(*provider)) + QLatin1Char('\n');
    const QJsonArray fields = toJson(*provider).value(QStringLiteral("fields")).toArray();
    if (!fields.isEmpty()) {
        text += tr("Needs:") + QLatin1Char('\n');
        for (const QJsonValue& field : fields) {
            text += QStringLiteral("  --field %1=…   %2%3\n")
                        .arg(field[QStringLiteral("id")].toString(), field[QStringLiteral("label")].toString(),
                             field[QStringLiteral("required")].toBool() ? tr(" (required)") : QString());
        }
    }
    if (!provider->recipes.isEmpty()) {
        text += tr("Ready-made requests:") + QLatin1Char('\n');
        for (const QJsonValue& recipe : provider->recipes) {
            text += QStringLiteral("  %1  %2\n")
                        .arg(recipe[QStringLiteral("name")].toString(), recipe[QStringLiteral("path")].toString());
        }
    }
    ConsoleIO::out(text);
    finish(ExitSuccess);
}
