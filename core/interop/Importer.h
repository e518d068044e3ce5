#pragma once

#include "ImportResult.h"

#include <QByteArray>

class ProviderCatalog;

// The one entry point for `latchkey import FILE|-`, File → Import, a dropped
// file or a paste: detects the format (FormatDetector) and runs its importer.
// Something Latchkey cannot import is an error whose message says why.
class Importer
{
public:
    static ImportResult parse(const QByteArray& data, const ProviderCatalog* catalog = nullptr);
};
