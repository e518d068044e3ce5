// libFuzzer target: Postman environments.
#include "FuzzSupport.h"
#include "interop/PostmanEnvironment.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const ImportResult result = PostmanEnvironment::parse(input, &Fuzz::catalog());
    Fuzz::checkResult(result);
    if (result.ok() && !result.requests.isEmpty()) {
        Fuzz::violated("an environment has no requests");
    }
    return 0;
}
