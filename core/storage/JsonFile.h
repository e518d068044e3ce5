#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// One JSON document on disk, written atomically (QSaveFile) with owner-only
// permissions and a schema version. A file that cannot be parsed is never
// overwritten: it is moved aside as NAME.corrupt-<timestamp> and reported.
class JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)

public:
    enum class Status {
        Ok, // parsed; root holds the document
        Missing, // no file yet: start empty
        Corrupt, // unparsable: moved aside (movedAsidePath), start empty
        TooNew, // written by a newer Latchkey: read nothing, write nothing
        IoError, // could not be read (permissions, disk): write nothing
    };

    struct LoadResult
    {
        Status status = Status::Missing;
        QJsonObject root;
        int schema = 0;
        QString message; // human-readable, for Corrupt/TooNew/IoError
        QString movedAsidePath; // for Corrupt
        bool ok() const { return status == Status::Ok || status == Status::Missing || status == Status::Corrupt; }
        bool writable() const { return status != Status::TooNew && status != Status::IoError; }
    };

    JsonFile(QString path, QString kind, int schema);

    const QString& path() const { return m_path; }

    // Reads the file. `kind` must match the file's "kind" field; `schema` is the
    // newest version this build understands (older ones are returned for migration).
    LoadResult load() const;

    // Writes {"kind":…, "schema":…, …root} atomically with permissions 0600.
    bool save(const QJsonObject& root, QString* error = nullptr) const;

    // Moves `path` aside as `path.corrupt-<timestamp>`; returns the new path or empty.
    static QString moveAside(const QString& path);

    // Writes `data` atomically with permissions 0600 (any file, not only JSON).
    static bool writePrivateFile(const QString& path, const QByteArray& data, QString* error = nullptr);

private:
    QString m_path;
    QString m_kind;
    int m_schema;
};
