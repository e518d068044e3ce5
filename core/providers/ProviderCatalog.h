#pragma once

#include "Provider.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Every service Latchkey knows: the built-in provider files (compiled in as
// Qt resources under :/providers) and any the person adds as JSON files in
// <data dir>/providers. Invalid files are skipped and reported in problems().
class ProviderCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCatalog)

public:
    struct Recognition
    {
        QString providerId; // empty when nothing matched
        bool shapeMatches = false; // the full pattern matched too, not just a prefix
        bool ok() const { return !providerId.isEmpty(); }
    };

    ProviderCatalog() = default;

    // Loads the built-in providers and the person's own from `userDir` (if any).
    static ProviderCatalog load(const QString& userDir = {});
    // Loads only the files in `directory` (tests, validation).
    static ProviderCatalog loadDirectory(const QString& directory);

    const QList<Provider>& providers() const { return m_providers; }
    const Provider* provider(const QString& id) const;
    // The provider to use for `id`, falling back to the custom one.
    const Provider& providerOrCustom(const QString& id) const;
    const QStringList& problems() const { return m_problems; }

    // Which service a pasted token belongs to, from its prefix (longest wins).
    Recognition recognize(const QByteArray& secret) const;
    // A warning when `secret` looks like another service's token than
    // `providerId`'s; empty when it fits or nothing is known.
    QString mismatchWarning(const QString& providerId, const QByteArray& secret) const;

private:
    // `checked`: the files were validated before (the compiled-in ones, by the
    // test suite against resources/providers/); anything else is validated here.
    void addDirectory(const QString& directory, bool builtIn, bool checked = false);
    void sort();

    QList<Provider> m_providers;
    QStringList m_problems;
    Provider m_fallback;
};
