#include "Importer.h"

#include "CurlImporter.h"
#include "FormatDetector.h"
#include "HarImporter.h"
#include "PostmanCollection.h"
#include "PostmanEnvironment.h"

#include <QCoreApplication>

ImportResult Importer::parse(const QByteArray& data, const ProviderCatalog* catalog)
{
    const FormatDetector::Result detected = FormatDetector::detect(data);
    switch (detected.format) {
    case ImportFormat::Curl:
        return CurlImporter::parse(data, catalog);
    case ImportFormat::PostmanCollection:
        return PostmanCollection::parse(data, catalog);
    case ImportFormat::PostmanEnvironment:
        return PostmanEnvironment::parse(data, catalog);
    case ImportFormat::Har:
        return HarImporter::parse(data, catalog);
    case ImportFormat::Unknown:
        break;
    }
    return ImportResult::failure(
        ImportFormat::Unknown,
        ImportError::plain(
            QCoreApplication::translate("Importer", "Latchkey cannot import this. %1").arg(detected.reason)));
}
