#pragma once

#include "DetectedCredential.h"
#include "HarEntry.h"
#include "ImportError.h"
#include "ImportFormat.h"
#include "ImportedRequest.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Everything one import brought in, or an error and nothing at all: an
// importer never returns half a file.
struct ImportResult
{
    using Variable = QPair<QString, QString>;

    ImportFormat format = ImportFormat::Unknown;
    QString name; // collection or environment name; empty for curl and HAR
    QString description;
    QList<ImportedRequest> requests;
    QList<DetectedCredential> credentials; // each credential once; requests refer to them by reference
    QList<Variable> variables; // non-secret variables (collection, environment), in order
    QStringList notes; // about the whole import
    QList<HarEntry> entries; // HAR only: entries[i] describes requests[i]
    ImportError error; // when set, everything else is empty

    bool ok() const { return error.isNull(); }
    const DetectedCredential* credential(const QString& reference) const;

    // The requests at `indexes` (HAR: what the person picked), with only the
    // credentials they use and their entries.
    ImportResult selected(const QList<int>& indexes) const;

    // For `latchkey import --dry-run --json`: secrets are never included.
    QJsonObject toJson() const;

    static ImportResult failure(ImportFormat format, const ImportError& error);
    static QString formatName(ImportFormat format); // "curl", "postman-collection", …
};
