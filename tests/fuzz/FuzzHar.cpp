// libFuzzer target: HAR files.
#include "FuzzSupport.h"
#include "interop/HarImporter.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const ImportResult result = HarImporter::parse(input, &Fuzz::catalog());
    Fuzz::checkResult(result);
    if (result.ok() && !result.requests.isEmpty()) {
        (void)result.selected({0, int(result.requests.size()) - 1});
    }
    return 0;
}
