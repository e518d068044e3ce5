#include "JsonFile.h"

#include "AppPaths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace {

constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

JsonFile::JsonFile(QString path, QString kind, int schema)
    : m_path(std::move(path))
    , m_kind(std::move(kind))
    , m_schema(schema)
{ }

JsonFile::LoadResult JsonFile::load() const
{
    LoadResult result;
    QFile file(m_path);
    if (!file.exists()) {
        result.status = Status::Missing;
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = Status::IoError;
        result.message = tr("Latchkey could not read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    QString problem;
    if (parseError.error != QJsonParseError::NoError) {
        problem = tr("it is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
    } else if (!doc.isObject()) {
        problem = tr("it does not hold a JSON object");
    } else if (doc.object().value(QStringLiteral("kind")).toString() != m_kind) {
        problem = tr("it is not a Latchkey %1 file").arg(m_kind);
    } else if (!doc.object().value(QStringLiteral("schema")).isDouble()) {
        problem = tr("it has no schema version");
    }

    if (!problem.isEmpty()) {
        result.status = Status::Corrupt;
        result.movedAsidePath = moveAside(m_path);
        if (result.movedAsidePath.isEmpty()) {
            // Could not move it: do not let anyone overwrite it either.
            result.status = Status::IoError;
            result.message = tr("%1 could not be read because %2, and it could not be moved aside. "
                                "Latchkey will not change it.")
                                 .arg(QDir::toNativeSeparators(m_path), problem);
        } else {
            result.message
                = tr("%1 could not be read because %2. It was kept as %3 and Latchkey started "
                     "with an empty list.")
                      .arg(QDir::toNativeSeparators(m_path), problem, QDir::toNativeSeparators(result.movedAsidePath));
        }
        return result;
    }

    result.root = doc.object();
    result.schema = result.root.value(QStringLiteral("schema")).toInt();
    if (result.schema > m_schema) {
        result.status = Status::TooNew;
        result.root = {};
        result.message = tr("%1 was written by a newer version of Latchkey (format %2, this version reads up to %3). "
                            "Latchkey will not change it; please update Latchkey.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(result.schema)
                             .arg(m_schema);
        return result;
    }
    result.status = Status::Ok;
    return result;
}

bool JsonFile::save(const QJsonObject& root, QString* error) const
{
    QJsonObject doc = root;
    doc.insert(QStringLiteral("kind"), m_kind);
    doc.insert(QStringLiteral("schema"), m_schema);
    return writePrivateFile(m_path, QJsonDocument(doc).toJson(QJsonDocument::Indented), error);
}

bool JsonFile::writePrivateFile(const QString& path, const QByteArray& data, QString* error)
{
    const QFileInfo info(path);
    if (!AppPaths::ensurePrivateDir(info.absolutePath())) {
        if (error) {
            *error = tr("Latchkey could not create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        }
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("Latchkey could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    // Restrict the temporary file before any byte is written to it.
    file.setPermissions(ownerOnly);
    if (file.write(data) != data.size() || !file.commit()) {
        if (error) {
            *error = tr("Latchkey could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    QFile::setPermissions(path, ownerOnly);
    return true;
}

QString JsonFile::moveAside(const QString& path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(target); ++n) {
        target = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    }
    if (!QFile::rename(path, target)) {
        return {};
    }
    QFile::setPermissions(target, ownerOnly);
    return target;
}
