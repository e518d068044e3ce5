#include "PresetsCommand.h"

#include "CliContext.h"
#include "ConsoleIO.h"
#include "TextTable.h"
#include "presets/PresetStore.h"
#include "vault/TokenVault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

void PresetsCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists your saved presets by collection: the token each one uses and what it asks for. "
           "Run one with: latchkey run NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON for other programs."));
    parser.addOption(json);
    if (!parse(parser, arguments, QStringLiteral("presets"))) {
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()),
                   QStringLiteral("presets"));
        return;
    }

    const PresetStore& store = m_context.presets();
    const TokenVault& vault = m_context.vault();
    auto tokenName = [&vault](const QString& id) -> QString {
        const auto token = vault.token(id);
        return token ? token->name : QString();
    };

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Collection& collection : store.collections()) {
            for (const Preset& preset : store.presetsIn(collection.id)) {
                QJsonArray variables;
                for (const QString& name : preset.usedVariables()) {
                    variables.append(QJsonObject {{QStringLiteral("name"), name},
                                                  {QStringLiteral("default"), preset.defaults().value(name)}});
                }
                array.append(QJsonObject {{QStringLiteral("id"), preset.id},
                                          {QStringLiteral("name"), preset.name},
                                          {QStringLiteral("description"), preset.description},
                                          {QStringLiteral("collection"), collection.name},
                                          {QStringLiteral("folder"), preset.folder},
                                          {QStringLiteral("method"), preset.request.method},
                                          {QStringLiteral("url"), preset.request.url},
                                          {QStringLiteral("token"), tokenName(preset.request.tokenId)},
                                          {QStringLiteral("recipe"), preset.recipe},
                                          {QStringLiteral("variables"), variables}});
            }
        }
        ConsoleIO::outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        finish(ExitSuccess);
        return;
    }

    if (store.presets().isEmpty()) {
        ConsoleIO::err(tr("No presets yet. Save a request with: latchkey send URL --save NAME, or open the "
                          "window's Recipes."));
        finish(ExitSuccess);
        return;
    }
    TextTable table({tr("NAME"), tr("COLLECTION"), tr("TOKEN"), tr("REQUEST"), tr("ASKS FOR")});
    const QString none = tr("(no token)");
    for (const Collection& collection : store.collections()) {
        for (const Preset& preset : store.presetsIn(collection.id)) {
            const QString where
                = preset.folder.isEmpty() ? collection.name : collection.name + QStringLiteral(" / ") + preset.folder;
            QStringList asks;
            for (const QString& name : preset.usedVariables()) {
                if (!preset.defaults().contains(name)) {
                    asks.append(name);
                }
            }
            const QString token = preset.request.tokenId.isEmpty() ? none : tokenName(preset.request.tokenId);
            table.addRow({preset.name, where, token.isEmpty() ? tr("(token removed)") : token,
                          preset.request.method + QLatin1Char(' ') + preset.request.url,
                          asks.join(QStringLiteral(", "))});
        }
    }
    ConsoleIO::out(table.render(ConsoleIO::terminalWidth()));
    finish(ExitSuccess);
}
