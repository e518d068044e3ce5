#pragma once

// Shared by the libFuzzer targets: the provider catalog (loaded once) and
// the invariants every importer keeps whatever the input.

#include "interop/ImportResult.h"
#include "providers/ProviderCatalog.h"

#include <cstdio>
#include <cstdlib>

namespace Fuzz {

inline const ProviderCatalog& catalog()
{
    static const ProviderCatalog loaded = ProviderCatalog::load();
    return loaded;
}

[[noreturn]] inline void violated(const char* what)
{
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
}

// All or nothing: an error comes with a message and nothing imported; a
// success has no error. Every auth of a request refers to a credential.
inline void checkResult(const ImportResult& result)
{
    if (!result.ok()) {
        if (result.error.message.isEmpty()) {
            violated("error without a message");
        }
        if (!result.requests.isEmpty() || !result.credentials.isEmpty() || !result.variables.isEmpty()
            || !result.entries.isEmpty()) {
            violated("a failed import returned something");
        }
        if (result.error.line == 0 && result.error.path.isEmpty() && result.error.offset < 0
            && result.format != ImportFormat::Unknown && !result.error.message.contains(QStringLiteral("MB"))) {
            // Every error but the size limit and an unknown format says where.
            violated("an error without a position");
        }
        return;
    }
    for (const ImportedRequest& request : result.requests) {
        for (const RequestAuth& auth : request.auth) {
            if (!result.credential(auth.reference)) {
                violated("an auth refers to an unknown credential");
            }
        }
    }
    if (result.format == ImportFormat::Har && result.entries.size() != result.requests.size()) {
        violated("HAR entries and requests differ in number");
    }
    (void)result.toJson();
}

} // namespace Fuzz
