#include "ExportCommand.h"

#include "CliContext.h"
#include "ConsoleIO.h"
#include "interop/PresetExport.h"
#include "presets/PresetStore.h"
#include "providers/ProviderCatalog.h"
#include "storage/AppPaths.h"
#include "vault/TokenVault.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// "My GitHub: issues" → "My GitHub- issues": a file name that works everywhere.
QString fileStem(const QString& name)
{
    QString stem;
    for (const QChar c : name) {
        stem.append(QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control ? QLatin1Char('-')
                                                                                                      : c);
    }
    stem = stem.trimmed();
    return stem.isEmpty() ? QStringLiteral("latchkey") : stem;
}

} // namespace

ExportCommand::~ExportCommand() = default;

void ExportCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports a preset or a whole collection as curl commands or as a Postman collection (with an "
           "environment file for newman and Postman). Tokens are written as placeholders, never as secrets, "
           "unless you ask for them with --with-token."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The preset or collection to export."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption as(QStringLiteral("as"), tr("curl or postman."), tr("format"));
    const QCommandLineOption out(
        {QStringLiteral("o"), QStringLiteral("out")},
        tr("Where to write. curl: a file (default: standard output). postman: the collection file; the "
           "environment goes beside it as NAME.postman_environment.json (default: both in the current folder, "
           "named after the collection; - prints the collection only)."),
        tr("file"));
    const QCommandLineOption withToken(
        QStringLiteral("with-token"),
        tr("Write the real token instead of a placeholder (into the command, or into the environment file). "
           "Anyone who sees the result can use your token."));
    parser.addOptions({as, out, withToken});
    if (!parse(parser, arguments, QStringLiteral("export"))) {
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(positional.isEmpty() ? tr("Name the preset or collection to export.")
                                        : tr("Only one name, please (put it in quotes if it has spaces)."),
                   QStringLiteral("export"));
        return;
    }
    m_format = parser.value(as).trimmed().toLower();
    if (m_format != QStringLiteral("curl") && m_format != QStringLiteral("postman")) {
        usageError(tr("Say how to export with --as curl or --as postman."), QStringLiteral("export"));
        return;
    }
    m_out = parser.value(out);
    m_withToken = parser.isSet(withToken);

    m_store = std::make_unique<PresetStore>(AppPaths::presetsFile());
    const JsonFile::LoadResult loaded = m_store->load();
    if (!loaded.message.isEmpty()) {
        ConsoleIO::error(loaded.message);
    }
    const QString wanted = positional.first().trimmed();
    if (const auto preset = m_store->find(wanted)) {
        m_presets = {*preset};
        m_name = preset->name;
    } else {
        for (const Collection& collection : m_store->collections()) {
            if (collection.name.compare(wanted, Qt::CaseInsensitive) == 0 || collection.id == wanted) {
                m_presets = m_store->presetsIn(collection.id);
                m_name = collection.name;
                break;
            }
        }
        if (m_name.isEmpty()) {
            ConsoleIO::error(
                tr("There is no preset or collection named \"%1\". See them with: latchkey presets").arg(wanted));
            finish(ExitNotFound);
            return;
        }
        if (m_presets.isEmpty()) {
            ConsoleIO::error(tr("The collection \"%1\" has no presets to export.").arg(m_name));
            finish(ExitNotFound);
            return;
        }
    }

    TokenVault& vault = m_context.vault();
    if (m_withToken) {
        for (const Preset& preset : std::as_const(m_presets)) {
            if (vault.token(preset.request.tokenId) && !m_pendingTokenIds.contains(preset.request.tokenId)) {
                m_pendingTokenIds.append(preset.request.tokenId);
            }
        }
    }
    readNextSecret();
}

void ExportCommand::readNextSecret()
{
    if (m_pendingTokenIds.isEmpty()) {
        write();
        return;
    }
    const QString id = m_pendingTokenIds.takeFirst();
    m_context.vault().readSecret(id, [this, id](const TokenVault::Result& result) {
        if (!result.ok()) {
            ConsoleIO::error(result.message);
            finish(exitCodeFor(result.error));
            return;
        }
        m_secrets.insert(id, result.secret);
        readNextSecret();
    });
}

void ExportCommand::write()
{
    TokenVault& vault = m_context.vault();
    const ProviderCatalog& catalog = m_context.catalog();
    if (!m_secrets.isEmpty()) {
        ConsoleIO::err(tr("Warning: the export holds your real token. Anyone who sees it can use your account; "
                          "do not share it or save it where others can read it."));
    }
    int code = ExitSuccess;
    if (m_format == QStringLiteral("curl")) {
        const QByteArray text = PresetExport::curl(m_presets, vault, catalog, m_secrets).toUtf8();
        if (m_out.isEmpty() || m_out == QStringLiteral("-")) {
            ConsoleIO::outBytes(text);
        } else if (!writeFile(m_out, text)) {
            code = ExitRequestFailed;
        }
    } else {
        const PresetExport::Postman postman = PresetExport::postman(m_name, m_presets, vault, catalog, m_secrets);
        if (m_out == QStringLiteral("-")) {
            ConsoleIO::outBytes(postman.collection);
        } else {
            QString collectionPath = m_out;
            if (collectionPath.isEmpty()) {
                collectionPath
                    = QDir::current().filePath(fileStem(m_name) + QStringLiteral(".postman_collection.json"));
            }
            QString environmentPath = collectionPath;
            if (environmentPath.endsWith(QStringLiteral(".postman_collection.json"))) {
                environmentPath.replace(environmentPath.size() - 24, 24, QStringLiteral(".postman_environment.json"));
            } else {
                const QFileInfo info(collectionPath);
                environmentPath
                    = info.dir().filePath(info.completeBaseName() + QStringLiteral(".postman_environment.json"));
            }
            if (!writeFile(collectionPath, postman.collection) || !writeFile(environmentPath, postman.environment)) {
                code = ExitRequestFailed;
            } else {
                ConsoleIO::err(
                    tr("Wrote the collection to %1 and its environment to %2.")
                        .arg(QDir::toNativeSeparators(collectionPath), QDir::toNativeSeparators(environmentPath)));
                if (m_secrets.isEmpty() && !PresetExport::references(m_presets).isEmpty()) {
                    ConsoleIO::err(tr("The environment's token values are empty: fill them in Postman, or run "
                                      "newman with --env-var token=…"));
                }
            }
        }
        for (const QString& note : postman.notes) {
            ConsoleIO::err(tr("Note: %1").arg(note));
        }
    }
    for (QByteArray& secret : m_secrets) {
        secret.fill('\0');
    }
    m_secrets.clear();
    finish(code);
}

bool ExportCommand::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok && !m_secrets.isEmpty()) {
        ok = file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // before the secret is written
    }
    ok = ok && file.write(bytes) == bytes.size() && file.commit();
    if (!ok) {
        ConsoleIO::error(tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    }
    return ok;
}
