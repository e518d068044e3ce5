#include "PresetExport.h"

#include "CurlExporter.h"
#include "PostmanCollection.h"
#include "PostmanEnvironment.h"
#include "providers/Placeholders.h"
#include "providers/Provider.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QSet>

namespace {

bool isAbsolute(const QString& url)
{
    return url.contains(QStringLiteral("://")) || url.startsWith(QStringLiteral("{{"));
}

QString joinUrl(const QString& base, const QString& path)
{
    if (base.isEmpty()) {
        return path;
    }
    QString left = base;
    while (left.endsWith(QLatin1Char('/'))) {
        left.chop(1);
    }
    if (path.isEmpty()) {
        return left;
    }
    if (path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char('?'))) {
        return left + path;
    }
    return left + QLatin1Char('/') + path;
}

bool hasHeader(const RequestSpec& spec, const QString& name)
{
    return std::any_of(spec.headers.begin(), spec.headers.end(), [&name](const RequestSpec::Field& header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

ImportedRequest PresetExport::toRequest(const Preset& preset, const TokenVault& vault, const ProviderCatalog& catalog,
                                        const QString& reference)
{
    ImportedRequest request;
    request.name = preset.name;
    request.description = preset.description;
    if (!preset.folder.isEmpty()) {
        request.folderPath = preset.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    }
    request.spec = preset.request;
    request.spec.tokenId.clear();
    for (const Preset::Variable& variable : preset.variables) {
        request.variables.append(variable);
    }
    const auto token = vault.token(preset.request.tokenId);
    if (!token) {
        if (!preset.request.tokenId.isEmpty()) {
            request.notes.append(
                tr("The token of \"%1\" no longer exists; it is exported without one.").arg(preset.name));
        }
        return request;
    }
    const Provider& provider = catalog.providerOrCustom(token->providerId);
    if (!isAbsolute(request.spec.url)) {
        request.spec.url = joinUrl(provider.baseUrlFor(*token), request.spec.url);
    } else {
        request.spec.url = provider.mapAbsoluteUrl(request.spec.url, *token);
    }
    // The headers the service needs, as Latchkey sends them (never the secret: that is the auth below).
    const QHash<QString, QString> values = provider.valuesFor(*token);
    for (const auto& header : provider.headers) {
        if (hasHeader(request.spec, header.first)) {
            continue;
        }
        QStringList missing;
        const QString value = Placeholders::expand(header.second, values, &missing);
        if (missing.isEmpty()) {
            request.spec.headers.append({header.first, value});
        }
    }
    for (const TokenRecord::Header& header : token->extraHeaders) {
        if (!hasHeader(request.spec, header.first)) {
            request.spec.headers.append(header);
        }
    }
    request.auth = RequestAuth::forProvider(provider, *token, reference);
    return request;
}

QHash<QString, QString> PresetExport::references(const QList<Preset>& presets)
{
    QHash<QString, QString> map;
    for (const Preset& preset : presets) {
        const QString& id = preset.request.tokenId;
        if (!id.isEmpty() && !map.contains(id)) {
            map.insert(id, map.isEmpty() ? QStringLiteral("token") : QStringLiteral("token_%1").arg(map.size() + 1));
        }
    }
    return map;
}

QString PresetExport::curl(const QList<Preset>& presets, const TokenVault& vault, const ProviderCatalog& catalog,
                           const QHash<QString, QByteArray>& secrets)
{
    const QHash<QString, QString> referenceOf = references(presets);
    QStringList commands;
    for (const Preset& preset : presets) {
        const QString reference = referenceOf.value(preset.request.tokenId, QStringLiteral("token"));
        const ImportedRequest request = toRequest(preset, vault, catalog, reference);
        CurlExporter::Options options;
        if (secrets.contains(preset.request.tokenId)) {
            options.secrets.insert(reference, secrets.value(preset.request.tokenId));
        }
        QString command = CurlExporter::write(request.spec, request.auth, options);
        if (presets.size() > 1) {
            command = QStringLiteral("# ") + preset.name.simplified() + QLatin1Char('\n') + command;
        }
        commands.append(command.trimmed());
    }
    return commands.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

PresetExport::Postman PresetExport::postman(const QString& name, const QList<Preset>& presets, const TokenVault& vault,
                                            const ProviderCatalog& catalog, const QHash<QString, QByteArray>& secrets)
{
    Postman out;
    const QHash<QString, QString> referenceOf = references(presets);
    QList<ImportedRequest> requests;
    QList<QPair<QString, QString>> variables;
    QSet<QString> declared;
    for (const Preset& preset : presets) {
        const QString reference = referenceOf.value(preset.request.tokenId, QStringLiteral("token"));
        ImportedRequest request = toRequest(preset, vault, catalog, reference);
        out.notes.append(request.notes);
        for (const ImportedRequest::Variable& variable : std::as_const(request.variables)) {
            if (!declared.contains(variable.first)) {
                declared.insert(variable.first);
                variables.append(variable);
            }
        }
        request.variables.clear();
        requests.append(request);
    }
    PostmanCollection::WriteOptions options;
    options.name = name;
    options.variables = variables;
    out.collection = PostmanCollection::write(requests, options);

    QList<PostmanEnvironment::Secret> environmentSecrets;
    QStringList orderedIds;
    for (const Preset& preset : presets) {
        if (referenceOf.contains(preset.request.tokenId) && !orderedIds.contains(preset.request.tokenId)) {
            orderedIds.append(preset.request.tokenId);
        }
    }
    for (const QString& id : std::as_const(orderedIds)) {
        environmentSecrets.append({referenceOf.value(id), secrets.value(id)});
        if (secrets.contains(id)) {
            const auto token = vault.token(id);
            out.notes.append(tr("The environment file holds the secret of the token \"%1\": keep it private.")
                                 .arg(token ? token->name : id));
        }
    }
    out.environment = PostmanEnvironment::write(name, {}, environmentSecrets, !secrets.isEmpty());
    return out;
}
