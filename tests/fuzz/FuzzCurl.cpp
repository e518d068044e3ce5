// libFuzzer target: curl commands (ShellWords, CurlImporter), and the
// exporter's output read back.
#include "FuzzSupport.h"
#include "interop/CurlExporter.h"
#include "interop/CurlImporter.h"

#include <QByteArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

// References compared the way $LATCHKEY_NAME keeps them: case and punctuation aside.
QString normalized(const QString& reference)
{
    QString out;
    for (const QChar c : reference) {
        out += c.isLetterOrNumber() ? c.toLower() : QLatin1Char('_');
    }
    return out;
}

QStringList authKeys(const ImportedRequest& request)
{
    QStringList keys;
    for (const RequestAuth& auth : request.auth) {
        keys.append(DetectedCredential::kindName(auth.kind) + QLatin1Char('|') + auth.name + QLatin1Char('|')
                    + auth.username + QLatin1Char('|') + normalized(auth.reference));
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const ImportResult result = CurlImporter::parse(input, &Fuzz::catalog());
    Fuzz::checkResult(result);
    if (result.ok()) {
        if (result.requests.size() != 1) {
            Fuzz::violated("curl gives exactly one request");
        }
        // Whatever was imported, the exported command is a valid curl command again.
        const ImportedRequest& request = result.requests.first();
        const QString command = CurlExporter::write(request.spec, request.auth);
        const ImportResult again = CurlImporter::parse(command, &Fuzz::catalog());
        if (!again.ok()) {
            std::fprintf(stderr, "exported: %s\nerror: %s\n", qPrintable(command), qPrintable(again.error.toString()));
            Fuzz::violated("an exported command does not import");
        }
        // …and it is the same request (export → import is a round trip).
        const ImportedRequest& back = again.requests.first();
        if (!(back.spec == request.spec) || authKeys(back) != authKeys(request)) {
            std::fprintf(stderr, "exported: %s\nfirst:  %s %s\nsecond: %s %s\n", qPrintable(command),
                         QJsonDocument(request.spec.toJson()).toJson(QJsonDocument::Compact).constData(),
                         qPrintable(authKeys(request).join(QLatin1Char(','))),
                         QJsonDocument(back.spec.toJson()).toJson(QJsonDocument::Compact).constData(),
                         qPrintable(authKeys(back).join(QLatin1Char(','))));
            Fuzz::violated("export → import changed the request");
        }
    }
    return 0;
}
