#pragma once

#include "ImportFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Which importer a file or a paste is for: a curl command, a Postman
// collection or environment, or a HAR file. For anything else, the reason in
// plain words (empty, binary, an OpenAPI description, JSON of another kind,
// broken JSON with its position, text that is not a curl command, …).
class FormatDetector
{
    Q_DECLARE_TR_FUNCTIONS(FormatDetector)

public:
    struct Result
    {
        ImportFormat format = ImportFormat::Unknown;
        QString reason; // for Unknown: why; otherwise a short description ("a Postman collection")
    };

    static Result detect(const QByteArray& data);
    // "a curl command", "a Postman collection", …
    static QString describe(ImportFormat format);
};
