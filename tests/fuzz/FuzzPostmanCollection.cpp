// libFuzzer target: Postman collections, and the round trip through the
// collection written back (import → export → import gives the same requests).
#include "FuzzSupport.h"
#include "interop/PostmanCollection.h"

#include <QByteArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

QStringList authKeys(const ImportedRequest& request)
{
    QStringList keys;
    for (const RequestAuth& auth : request.auth) {
        keys.append(DetectedCredential::kindName(auth.kind) + QLatin1Char('|') + auth.name + QLatin1Char('|')
                    + auth.username + QLatin1Char('|') + auth.reference);
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

// A relative address ("/user") is exported as {{baseUrl}}/user, on purpose.
RequestSpec exportedSpec(const RequestSpec& spec)
{
    RequestSpec expected = spec;
    const QString url = spec.url.trimmed();
    if ((url.startsWith(QLatin1Char('/')) && !url.startsWith(QStringLiteral("//")))
        || url.startsWith(QLatin1Char('?'))) {
        expected.url = QStringLiteral("{{baseUrl}}") + url;
    }
    return expected;
}

bool same(const ImportedRequest& a, const ImportedRequest& b)
{
    return a.name == b.name && a.folderPath == b.folderPath && a.description == b.description
        && exportedSpec(a.spec) == b.spec && authKeys(a) == authKeys(b) && a.variables == b.variables;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const ImportResult result = PostmanCollection::parse(input, &Fuzz::catalog());
    Fuzz::checkResult(result);
    if (!result.ok()) {
        return 0;
    }
    PostmanCollection::WriteOptions options;
    options.name = result.name;
    options.description = result.description;
    options.variables = result.variables;
    const QByteArray exported = PostmanCollection::write(result.requests, options);
    const ImportResult again = PostmanCollection::parse(exported, &Fuzz::catalog());
    if (!again.ok() || again.requests.size() != result.requests.size()) {
        std::fprintf(stderr, "exported: %s\nerror: %s\n", exported.constData(), qPrintable(again.error.toString()));
        Fuzz::violated("an exported collection does not import");
    }
    for (qsizetype i = 0; i < result.requests.size(); ++i) {
        if (!same(result.requests[i], again.requests[i])) {
            std::fprintf(stderr, "exported: %s\nfirst:  %s %s\nsecond: %s %s\n", exported.constData(),
                         QJsonDocument(result.requests[i].toJson()).toJson(QJsonDocument::Compact).constData(),
                         qPrintable(authKeys(result.requests[i]).join(QLatin1Char(','))),
                         QJsonDocument(again.requests[i].toJson()).toJson(QJsonDocument::Compact).constData(),
                         qPrintable(authKeys(again.requests[i]).join(QLatin1Char(','))));
            Fuzz::violated("export → import changed a request");
        }
    }
    return 0;
}
