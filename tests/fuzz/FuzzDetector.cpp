// libFuzzer target: format detection and the Importer entry point.
#include "FuzzSupport.h"
#include "interop/FormatDetector.h"
#include "interop/Importer.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const FormatDetector::Result detected = FormatDetector::detect(input);
    if (detected.reason.isEmpty()) {
        Fuzz::violated("the detector gives no reason");
    }
    const ImportResult result = Importer::parse(input, &Fuzz::catalog());
    if (detected.format == ImportFormat::Unknown && result.ok()) {
        Fuzz::violated("an unknown format was imported");
    }
    if (result.ok() && result.format != detected.format) {
        Fuzz::violated("imported as another format than detected");
    }
    Fuzz::checkResult(result);
    return 0;
}
