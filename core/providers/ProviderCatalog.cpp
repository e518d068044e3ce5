#include "ProviderCatalog.h"

#include "ProviderValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace {

Provider makeFallback()
{
    Provider custom;
    custom.id = QStringLiteral("custom");
    custom.name = QStringLiteral("Custom API");
    custom.auth.scheme = QStringLiteral("bearer");
    return custom;
}

} // namespace

ProviderCatalog ProviderCatalog::load(const QString& userDir)
{
    ProviderCatalog catalog;
    // The compiled-in files are resources/providers/ byte for byte, and the tests validate those
    // (ProviderCatalogTest); validating them again on every start took 8% of the window's start-up.
    catalog.addDirectory(QStringLiteral(":/providers"), true, true);
    if (!userDir.isEmpty() && QDir(userDir).exists()) {
        catalog.addDirectory(userDir, false);
    }
    catalog.sort();
    return catalog;
}

ProviderCatalog ProviderCatalog::loadDirectory(const QString& directory)
{
    ProviderCatalog catalog;
    catalog.addDirectory(directory, true);
    catalog.sort();
    return catalog;
}

void ProviderCatalog::addDirectory(const QString& directory, bool builtIn, bool checked)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append(tr("%1: could not be read (%2)").arg(fileName, file.errorString()));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            m_problems.append(
                tr("%1: not valid JSON (%2 at byte %3)").arg(fileName, error.errorString()).arg(error.offset));
            continue;
        }
        const QStringList problems = checked
            ? QStringList()
            : ProviderValidator::validate(doc.object(), QFileInfo(fileName).completeBaseName());
        if (!problems.isEmpty()) {
            for (const QString& problem : problems) {
                m_problems.append(QStringLiteral("%1: %2").arg(fileName, problem));
            }
            continue;
        }
        Provider provider = Provider::fromJson(doc.object());
        const auto existing = std::find_if(m_providers.begin(), m_providers.end(),
                                           [&](const Provider& p) { return p.id == provider.id; });
        if (existing != m_providers.end()) {
            if (builtIn) {
                m_problems.append(tr("%1: the id \"%2\" is used twice").arg(fileName, provider.id));
                continue;
            }
            *existing = provider; // the person's own file replaces the built-in one
        } else {
            m_providers.append(provider);
        }
    }
}

void ProviderCatalog::sort()
{
    std::sort(m_providers.begin(), m_providers.end(), [](const Provider& a, const Provider& b) {
        if (a.isCustom() != b.isCustom()) {
            return b.isCustom();
        }
        if (a.advanced != b.advanced) {
            return b.advanced;
        }
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    m_fallback = makeFallback();
}

const Provider* ProviderCatalog::provider(const QString& id) const
{
    for (const Provider& p : m_providers) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

const Provider& ProviderCatalog::providerOrCustom(const QString& id) const
{
    if (const Provider* p = provider(id)) {
        return *p;
    }
    if (const Provider* custom = provider(QStringLiteral("custom"))) {
        return *custom;
    }
    return m_fallback;
}

ProviderCatalog::Recognition ProviderCatalog::recognize(const QByteArray& secret) const
{
    const QString text = QString::fromUtf8(secret);
    Recognition best;
    qsizetype bestLength = 0;
    for (const Provider& p : m_providers) {
        bool shape = p.pattern.isValid() && !p.pattern.pattern().isEmpty() && p.pattern.match(text).hasMatch();
        for (const QString& prefix : p.prefixes) {
            if (!prefix.isEmpty() && text.startsWith(prefix) && text.size() > prefix.size()) {
                // Longest prefix wins; a full-shape match breaks ties.
                const qsizetype length = prefix.size() + (shape ? 1000 : 0);
                if (length > bestLength) {
                    bestLength = length;
                    best = {p.id, shape};
                }
            }
        }
    }
    return best;
}

QString ProviderCatalog::mismatchWarning(const QString& providerId, const QByteArray& secret) const
{
    const Recognition recognized = recognize(secret);
    if (!recognized.ok() || recognized.providerId == providerId || providerId == QStringLiteral("custom")) {
        return {};
    }
    const Provider* looksLike = provider(recognized.providerId);
    const Provider* chosen = provider(providerId);
    if (!looksLike || !chosen) {
        return {};
    }
    // Only warn when the chosen service's own prefixes do not fit either.
    for (const QString& prefix : chosen->prefixes) {
        if (QString::fromUtf8(secret).startsWith(prefix)) {
            return {};
        }
    }
    return tr("This looks like a %1 token, not a %2 one. Check that you picked the right service; you can still "
              "add it.")
        .arg(looksLike->name, chosen->name);
}
