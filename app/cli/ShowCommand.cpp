#include "ShowCommand.h"

#include "CliContext.h"
#include "ConsoleIO.h"
#include "data/HumanFormat.h"
#include "interop/PresetExport.h"
#include "presets/PresetStore.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// How the token goes out, with {{token}} in place of the secret.
QString authLine(const RequestAuth& auth)
{
    const QString placeholder = QStringLiteral("{{%1}}").arg(auth.reference);
    switch (auth.kind) {
    case RequestAuth::Kind::Bearer:
        return QStringLiteral("Authorization: Bearer ") + placeholder;
    case RequestAuth::Kind::Token:
        return QStringLiteral("Authorization: token ") + placeholder;
    case RequestAuth::Kind::Basic:
        return QStringLiteral("Authorization: Basic base64(%1:%2)").arg(auth.username, placeholder);
    case RequestAuth::Kind::Authorization:
        return QStringLiteral("Authorization: ") + placeholder;
    case RequestAuth::Kind::Header:
    case RequestAuth::Kind::Cookie:
        return auth.name + QStringLiteral(": ") + placeholder;
    case RequestAuth::Kind::Query:
        return QStringLiteral("?%1=%2").arg(auth.name, placeholder);
    case RequestAuth::Kind::Variable:
        break;
    }
    return placeholder;
}

} // namespace

void ShowCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Shows what a preset sends: the address, the headers and the body, with the token as a placeholder "
           "(the secret stays in the keychain)."));
    parser.addPositionalArgument(QStringLiteral("preset"), tr("The preset's name."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for other programs."));
    parser.addOption(json);
    if (!parse(parser, arguments, QStringLiteral("show"))) {
        return;
    }
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("Name one preset: latchkey show NAME (see them with: latchkey presets)."),
                   QStringLiteral("show"));
        return;
    }
    const QString name = parser.positionalArguments().first();
    PresetStore& store = m_context.presets();
    const auto preset = store.find(name);
    if (!preset) {
        ConsoleIO::error(tr("There is no preset named \"%1\". See your presets with: latchkey presets").arg(name));
        finish(ExitNotFound);
        return;
    }
    const TokenVault& vault = m_context.vault();
    const auto token = vault.token(preset->request.tokenId);
    const ImportedRequest out = PresetExport::toRequest(*preset, vault, m_context.catalog());
    QStringList headers;
    for (const RequestSpec::Field& header : out.spec.headers) {
        headers.append(header.first + QStringLiteral(": ") + header.second);
    }
    for (const RequestAuth& auth : out.auth) {
        headers.append(authLine(auth));
    }
    const auto collection = store.collection(preset->collectionId);

    if (parser.isSet(json)) {
        QJsonArray variables;
        for (const QString& variable : preset->usedVariables()) {
            variables.append(QJsonObject {{QStringLiteral("name"), variable},
                                          {QStringLiteral("default"), preset->defaults().value(variable)}});
        }
        QJsonObject object {{QStringLiteral("id"), preset->id},
                            {QStringLiteral("name"), preset->name},
                            {QStringLiteral("description"), preset->description},
                            {QStringLiteral("collection"), collection ? collection->name : QString()},
                            {QStringLiteral("folder"), preset->folder},
                            {QStringLiteral("token"), token ? token->name : QString()},
                            {QStringLiteral("method"), out.spec.method},
                            {QStringLiteral("url"), out.spec.url},
                            {QStringLiteral("headers"), QJsonArray::fromStringList(headers)},
                            {QStringLiteral("variables"), variables},
                            {QStringLiteral("recipe"), preset->recipe}};
        if (!out.spec.body.isEmpty()) {
            object.insert(QStringLiteral("body"), out.spec.body);
        }
        ConsoleIO::outBytes(QJsonDocument(object).toJson(QJsonDocument::Indented));
        finish(ExitSuccess);
        return;
    }

    ConsoleIO::outLine(preset->name);
    if (!preset->description.isEmpty()) {
        ConsoleIO::outLine(QStringLiteral("  ") + preset->description);
    }
    ConsoleIO::outLine(QString());
    auto row = [](const QString& label, const QString& value) {
        ConsoleIO::outLine(QStringLiteral("%1 %2").arg(label.leftJustified(11), value));
    };
    if (collection) {
        row(tr("Collection:"),
            preset->folder.isEmpty() ? collection->name : collection->name + QStringLiteral(" / ") + preset->folder);
    }
    if (token) {
        const QString service = m_context.catalog().providerOrCustom(token->providerId).name;
        row(tr("Token:"),
            token->account.isEmpty() ? QStringLiteral("%1 (%2)").arg(token->name, service)
                                     : QStringLiteral("%1 (%2, %3)").arg(token->name, service, token->account));
    } else if (!preset->request.tokenId.isEmpty()) {
        row(tr("Token:"), tr("removed — pick another token in the window before running it"));
    }
    row(tr("Request:"), out.spec.method + QLatin1Char(' ') + out.spec.url);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        row(i == 0 ? tr("Headers:") : QString(), headers.at(i));
    }
    const QStringList used = preset->usedVariables();
    for (qsizetype i = 0; i < used.size(); ++i) {
        const QString value = preset->defaults().value(used.at(i));
        row(i == 0 ? tr("Asks for:") : QString(),
            value.isEmpty() ? tr("%1 (no default: give it with --var %1=VALUE)").arg(used.at(i))
                            : tr("%1 (default: %2)").arg(used.at(i), value));
    }
    if (!out.spec.body.isEmpty()) {
        row(tr("Body:"), QString());
        ConsoleIO::outLine(out.spec.body);
    }
    finish(ExitSuccess);
}
