#pragma once

#include <QString>

// Where Latchkey keeps its files. Everything derives from QStandardPaths, so
// XDG_DATA_HOME / XDG_CONFIG_HOME redirect all of it (the tests rely on this).
class AppPaths
{
public:
    static constexpr auto applicationName = "latchkey";

    // The data directory (created with owner-only permissions when missing).
    static QString dataDir();
    // The configuration directory (created with owner-only permissions when missing).
    static QString configDir();

    static QString tokensFile();
    static QString presetsFile();
    static QString historyFile();
    static QString responsesDir();
    static QString settingsFile();
    // The person's own provider files (<data dir>/providers/*.json); not created.
    static QString userProvidersDir();

    // Creates `path` (and parents) and restricts it to its owner. Returns false on failure.
    static bool ensurePrivateDir(const QString& path);
};
