#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

// Fresh XDG data/config/cache directories for one test, pointed to by the
// environment of this process (QStandardPaths reads it on every call) and of
// the processes the test starts. Nothing touches the user's real files.
class TestDirs
{
public:
    TestDirs()
    {
        const QString base = m_root.path();
        for (const char* name : {"data", "config", "cache"}) {
            QDir(base).mkpath(QString::fromLatin1(name));
        }
        qputenv("XDG_DATA_HOME", dataHome().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", configHome().toLocal8Bit());
        qputenv("XDG_CACHE_HOME", QDir(base).filePath(QStringLiteral("cache")).toLocal8Bit());
    }

    QString root() const { return m_root.path(); }
    QString dataHome() const { return QDir(m_root.path()).filePath(QStringLiteral("data")); }
    QString configHome() const { return QDir(m_root.path()).filePath(QStringLiteral("config")); }
    QString appDataDir() const { return QDir(dataHome()).filePath(QStringLiteral("latchkey")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(m_root.path()).filePath(QStringLiteral("cache")));
        return env;
    }

    // Every file under the test's directories whose bytes contain `needle`.
    QStringList filesContaining(const QByteArray& needle) const { return filesUnder(m_root.path(), needle); }

    // Every file under `directory` whose bytes contain `needle`.
    static QStringList filesUnder(const QString& directory, const QByteArray& needle)
    {
        QStringList hits;
        if (directory.isEmpty()) {
            return hits;
        }
        QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
                hits.append(path);
            }
        }
        return hits;
    }

private:
    QTemporaryDir m_root;
};
