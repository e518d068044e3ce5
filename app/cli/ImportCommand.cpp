#include "ImportCommand.h"

#include "CliContext.h"
#include "ConsoleIO.h"
#include "interop/FormatDetector.h"
#include "interop/ImportLimits.h"
#include "interop/Importer.h"
#include "presets/PresetStore.h"
#include "providers/ProviderCatalog.h"
#include "storage/AppPaths.h"
#include "vault/TokenVault.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

using Action = CredentialChoice::Action;

// "1,3-5" → {0, 2, 3, 4}; false when it is not a list of entry numbers.
bool parseEntries(const QString& text, int count, QList<int>* indexes)
{
    for (const QString& piece : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = piece.trimmed().split(QLatin1Char('-'));
        bool okFirst = false;
        bool okLast = false;
        const int first = range.value(0).toInt(&okFirst);
        const int last = range.size() == 2 ? range.value(1).toInt(&okLast) : first;
        if (!okFirst || (range.size() == 2 && !okLast) || range.size() > 2 || first < 1 || last < first
            || last > count) {
            return false;
        }
        for (int n = first; n <= last; ++n) {
            if (!indexes->contains(n - 1)) {
                indexes->append(n - 1);
            }
        }
    }
    return !indexes->isEmpty();
}

QString actionName(Action action)
{
    switch (action) {
    case Action::NewToken:
        return QStringLiteral("new-token");
    case Action::UseToken:
        return QStringLiteral("use-token");
    case Action::LeaveOut:
        break;
    }
    return QStringLiteral("leave-out");
}

} // namespace

ImportCommand::~ImportCommand() = default;

void ImportCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports a curl command, a Postman collection or environment, or a HAR file from your browser "
           "(the kind is recognised). Each request becomes a preset. A token found in it is kept in the "
           "system keychain as a new token (or an existing token for that address is used), and the presets "
           "refer to it: no secret is written to your presets file."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The file to import, or - to read standard input."),
                                 QStringLiteral("FILE|-"));
    const QCommandLineOption collection(QStringLiteral("collection"),
                                        tr("The collection the presets go to (created when needed). Default: the "
                                           "imported collection's name, or \"Imported from cURL\" and the like."),
                                        tr("name"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would be imported, and change nothing."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print JSON for other programs (secrets are never included)."));
    const QCommandLineOption entries(QStringLiteral("entries"),
                                     tr("Only these requests, by number as listed with --dry-run, e.g. 1,3-5 "
                                        "(useful for HAR files)."),
                                     tr("list"));
    const QCommandLineOption useToken(QStringLiteral("use-token"),
                                      tr("Use this existing token for the imported requests instead of keeping the "
                                         "credentials found as new tokens."),
                                      tr("name"));
    const QCommandLineOption noNewTokens(QStringLiteral("no-new-tokens"),
                                         tr("Do not keep credentials found as new tokens; leave them out."));
    parser.addOptions({collection, dryRun, json, entries, useToken, noNewTokens});
    if (!parse(parser, arguments, QStringLiteral("import"))) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(positional.isEmpty() ? tr("Name the file to import, or - for standard input.")
                                        : tr("Import one file at a time."),
                   QStringLiteral("import"));
        return;
    }
    m_json = parser.isSet(json);
    const QString path = positional.first();

    QByteArray data;
    QFile file;
    const bool fromStdin = path == QStringLiteral("-");
    const bool opened
        = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        ConsoleIO::error(tr("Cannot read \"%1\": %2").arg(path, file.errorString()));
        finish(file.exists() || fromStdin ? ExitUsage : ExitNotFound);
        return;
    }
    data = file.read(ImportLimits::maxInputBytes + 1);
    file.close();

    const ProviderCatalog& catalog = m_context.catalog();
    ImportResult result = Importer::parse(data, &catalog);
    data.fill('\0');
    if (!result.ok()) {
        if (m_json) {
            ConsoleIO::outBytes(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
        }
        ConsoleIO::error(
            tr("Nothing was imported from %1. %2")
                .arg(fromStdin ? tr("standard input") : QStringLiteral("\"%1\"").arg(path), result.error.toString()));
        finish(ExitUsage);
        return;
    }
    if (parser.isSet(entries)) {
        QList<int> indexes;
        if (!parseEntries(parser.value(entries), int(result.requests.size()), &indexes)) {
            usageError(tr("--entries takes request numbers between 1 and %1, e.g. 1,3-5.").arg(result.requests.size()),
                       QStringLiteral("import"));
            return;
        }
        result = result.selected(indexes);
    }

    TokenVault& vault = m_context.vault();
    m_plan = ImportPlan::propose(result, vault, catalog);
    if (parser.isSet(collection)) {
        m_plan.collectionName = parser.value(collection).trimmed();
    }
    if (parser.isSet(useToken)) {
        const auto token = vault.find(parser.value(useToken));
        if (!token) {
            ConsoleIO::error(
                tr("There is no token named \"%1\". See them with: latchkey tokens").arg(parser.value(useToken)));
            finish(ExitNotFound);
            return;
        }
        for (CredentialChoice& choice : m_plan.choices) {
            const DetectedCredential* credential = m_plan.result.credential(choice.reference);
            if (credential && credential->kind != DetectedCredential::Kind::Cookie) {
                choice.action = Action::UseToken;
                choice.tokenId = token->id;
            }
        }
    } else if (parser.isSet(noNewTokens)) {
        for (CredentialChoice& choice : m_plan.choices) {
            if (choice.action == Action::NewToken) {
                choice.action = Action::LeaveOut;
            }
        }
    }

    if (parser.isSet(dryRun)) {
        printPlan(m_plan);
        finish(ExitSuccess);
        return;
    }
    if (const QStringList problems = m_plan.problems(vault, catalog); !problems.isEmpty()) {
        for (const QString& problem : problems) {
            ConsoleIO::error(problem);
        }
        ConsoleIO::err(tr("Nothing was imported."));
        finish(ExitUsage);
        return;
    }

    m_store = std::make_unique<PresetStore>(AppPaths::presetsFile());
    const JsonFile::LoadResult loaded = m_store->load();
    if (!loaded.message.isEmpty()) {
        ConsoleIO::error(loaded.message);
    }
    m_applier = std::make_unique<ImportApplier>(vault, *m_store, catalog);
    connect(m_applier.get(), &ImportApplier::finished, this, &ImportCommand::report);
    m_applier->apply(m_plan);
}

void ImportCommand::printPlan(const ImportPlan& plan) const
{
    const ImportResult& result = plan.result;
    if (m_json) {
        QJsonObject object = result.toJson();
        object.insert(QStringLiteral("collection"), plan.collectionName);
        QJsonArray credentials = object.value(QStringLiteral("credentials")).toArray();
        for (qsizetype i = 0; i < credentials.size() && i < plan.choices.size(); ++i) {
            QJsonObject entry = credentials.at(i).toObject();
            const CredentialChoice& choice = plan.choices.at(i);
            entry.insert(QStringLiteral("action"), actionName(choice.action));
            if (choice.action == Action::NewToken) {
                entry.insert(QStringLiteral("token"), choice.tokenName);
            } else if (choice.action == Action::UseToken) {
                const auto token = m_context.vault().token(choice.tokenId);
                entry.insert(QStringLiteral("token"), token ? token->name : choice.tokenId);
            }
            credentials[i] = entry;
        }
        object.insert(QStringLiteral("credentials"), credentials);
        object.insert(QStringLiteral("dryRun"), true);
        ConsoleIO::outBytes(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    QString kind = FormatDetector::describe(result.format);
    if (!kind.isEmpty()) {
        kind[0] = kind.at(0).toUpper();
    }
    ConsoleIO::outLine(
        tr("%1 with %n request(s). Nothing is saved with --dry-run.", nullptr, int(result.requests.size())).arg(kind));
    for (qsizetype i = 0; i < result.requests.size(); ++i) {
        const ImportedRequest& request = result.requests.at(i);
        const QString folder = request.folderPath.isEmpty()
            ? QString()
            : request.folderPath.join(QStringLiteral(" / ")) + QStringLiteral(" / ");
        ConsoleIO::outLine(QStringLiteral("%1. %2%3").arg(i + 1).arg(folder, request.name));
        ConsoleIO::outLine(QStringLiteral("   %1 %2").arg(request.spec.method, request.spec.url));
        if (!request.ignored.isEmpty()) {
            ConsoleIO::outLine(tr("   Ignored options: %1").arg(request.ignored.join(QStringLiteral(", "))));
        }
        for (const QString& note : request.notes) {
            ConsoleIO::outLine(QStringLiteral("   ") + note);
        }
    }
    for (qsizetype i = 0; i < result.credentials.size() && i < plan.choices.size(); ++i) {
        const DetectedCredential& credential = result.credentials.at(i);
        const CredentialChoice& choice = plan.choices.at(i);
        QString what;
        switch (choice.action) {
        case Action::NewToken:
            what = tr("would be kept in the keychain as the new token \"%1\"").arg(choice.tokenName);
            break;
        case Action::UseToken: {
            const auto token = m_context.vault().token(choice.tokenId);
            what = tr("would be replaced by your token \"%1\"").arg(token ? token->name : choice.tokenId);
            break;
        }
        case Action::LeaveOut:
            what = tr("would be left out");
            break;
        }
        ConsoleIO::outLine(tr("Found %1: %2.").arg(credential.describe(), what));
    }
    if (!result.requests.isEmpty()) {
        ConsoleIO::outLine(tr("Collection: %1").arg(plan.collectionName));
    }
    for (const QString& note : result.notes) {
        ConsoleIO::outLine(note);
    }
}

void ImportCommand::report(const ImportApplier::Report& result)
{
    if (!result.ok) {
        ConsoleIO::error(result.error);
        ConsoleIO::err(tr("Nothing was imported."));
        finish(result.vaultError == TokenVault::Error::None ? ExitRequestFailed : exitCodeFor(result.vaultError));
        return;
    }
    if (m_json) {
        QJsonObject object {{QStringLiteral("format"), ImportResult::formatName(m_plan.result.format)},
                            {QStringLiteral("collection"), result.collectionName},
                            {QStringLiteral("presets"), QJsonArray::fromStringList(result.presetNames)},
                            {QStringLiteral("newTokens"), QJsonArray::fromStringList(result.newTokens)},
                            {QStringLiteral("usedTokens"), QJsonArray::fromStringList(result.usedTokens)},
                            {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)}};
        QStringList ignored;
        for (const ImportedRequest& request : std::as_const(m_plan.result.requests)) {
            for (const QString& option : request.ignored) {
                if (!ignored.contains(option)) {
                    ignored.append(option);
                }
            }
        }
        object.insert(QStringLiteral("ignored"), QJsonArray::fromStringList(ignored));
        ConsoleIO::outBytes(QJsonDocument(object).toJson(QJsonDocument::Indented));
        finish(ExitSuccess);
        return;
    }
    if (!result.presetNames.isEmpty()) {
        ConsoleIO::outLine(
            tr("Imported %n preset(s) into the collection \"%1\":", nullptr, int(result.presetNames.size()))
                .arg(result.collectionName));
        for (const QString& name : result.presetNames) {
            ConsoleIO::outLine(QStringLiteral("  ") + name);
        }
    } else {
        ConsoleIO::outLine(tr("No requests to import."));
    }
    for (const QString& name : result.newTokens) {
        ConsoleIO::outLine(tr("Kept the secret in the system keychain as the new token \"%1\"; the presets refer to "
                              "it by name.")
                               .arg(name));
    }
    for (const QString& name : result.usedTokens) {
        ConsoleIO::outLine(tr("The presets use your token \"%1\".").arg(name));
    }
    QStringList ignored;
    for (const ImportedRequest& request : std::as_const(m_plan.result.requests)) {
        for (const QString& option : request.ignored) {
            if (!ignored.contains(option)) {
                ignored.append(option);
            }
        }
    }
    if (!ignored.isEmpty()) {
        ConsoleIO::outLine(
            tr("Ignored options (they change only how curl itself runs): %1").arg(ignored.join(QStringLiteral(", "))));
    }
    QStringList notes;
    for (const ImportedRequest& request : std::as_const(m_plan.result.requests)) {
        for (const QString& note : request.notes) {
            if (!notes.contains(note)) {
                notes.append(note);
            }
        }
    }
    notes.append(m_plan.result.notes);
    notes.append(result.notes);
    for (const QString& note : std::as_const(notes)) {
        ConsoleIO::outLine(tr("Note: %1").arg(note));
    }
    finish(ExitSuccess);
}
