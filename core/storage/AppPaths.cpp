#include "AppPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {

QString baseDir(QStandardPaths::StandardLocation location)
{
    // GenericDataLocation / GenericConfigLocation + our own folder name: the
    // result does not depend on QCoreApplication's organisation name.
    const QString base = QStandardPaths::writableLocation(location);
    return QDir(base).filePath(QString::fromLatin1(AppPaths::applicationName));
}

} // namespace

bool AppPaths::ensurePrivateDir(const QString& path)
{
    QDir dir(path);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        return false;
    }
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString AppPaths::dataDir()
{
    const QString dir = baseDir(QStandardPaths::GenericDataLocation);
    ensurePrivateDir(dir);
    return dir;
}

QString AppPaths::configDir()
{
    const QString dir = baseDir(QStandardPaths::GenericConfigLocation);
    ensurePrivateDir(dir);
    return dir;
}

QString AppPaths::tokensFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("tokens.json"));
}

QString AppPaths::presetsFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("presets.json"));
}

QString AppPaths::historyFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("history.jsonl"));
}

QString AppPaths::responsesDir()
{
    const QString dir = QDir(dataDir()).filePath(QStringLiteral("responses"));
    ensurePrivateDir(dir);
    return dir;
}

QString AppPaths::settingsFile()
{
    return QDir(configDir()).filePath(QStringLiteral("settings.ini"));
}

QString AppPaths::userProvidersDir()
{
    return QDir(dataDir()).filePath(QStringLiteral("providers"));
}
