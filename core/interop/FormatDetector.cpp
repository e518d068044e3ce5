#include "FormatDetector.h"

#include "CurlImporter.h"
#include "HarImporter.h"
#include "ImportError.h"
#include "ImportLimits.h"
#include "PostmanCollection.h"
#include "PostmanEnvironment.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

FormatDetector::Result unknown(const QString& reason)
{
    return {ImportFormat::Unknown, reason};
}

FormatDetector::Result known(ImportFormat format)
{
    return {format, FormatDetector::describe(format)};
}

} // namespace

QString FormatDetector::describe(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Curl:
        return FormatDetector::tr("a curl command");
    case ImportFormat::PostmanCollection:
        return FormatDetector::tr("a Postman collection");
    case ImportFormat::PostmanEnvironment:
        return FormatDetector::tr("a Postman environment");
    case ImportFormat::Har:
        return FormatDetector::tr("a HAR file from a browser");
    case ImportFormat::Unknown:
        break;
    }
    return FormatDetector::tr("something Latchkey cannot import");
}

FormatDetector::Result FormatDetector::detect(const QByteArray& input)
{
    if (input.size() > ImportLimits::maxInputBytes) {
        return unknown(FormatDetector::tr("It is %1 MB; Latchkey imports files up to %2 MB.")
                           .arg(input.size() / (1024 * 1024))
                           .arg(ImportLimits::maxInputBytes / (1024 * 1024)));
    }
    if (input.startsWith("\xFF\xFE") || input.startsWith("\xFE\xFF")) {
        return unknown(FormatDetector::tr("It is saved as UTF-16 text. Save it as UTF-8 and import it again."));
    }
    const QByteArray data = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty()) {
        return unknown(FormatDetector::tr("It is empty."));
    }
    if (data.left(8192).contains('\0')) {
        return unknown(
            FormatDetector::tr("It is not text (it looks like an image, an archive or another binary file)."));
    }

    const char first = trimmed.at(0);
    if (first == '{' || first == '[') {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(data, &error);
        if (error.error == QJsonParseError::NoError) {
            if (document.isArray()) {
                return unknown(
                    FormatDetector::tr("It is a JSON list, not a Postman collection or environment, nor a HAR file."));
            }
            const QJsonObject root = document.object();
            if (PostmanCollection::looksLikeCollection(root)) {
                return known(ImportFormat::PostmanCollection);
            }
            if (PostmanEnvironment::looksLikeEnvironment(root)) {
                return known(ImportFormat::PostmanEnvironment);
            }
            if (HarImporter::looksLikeHar(root)) {
                return known(ImportFormat::Har);
            }
            if (root.contains(QStringLiteral("openapi")) || root.contains(QStringLiteral("swagger"))) {
                return unknown(FormatDetector::tr(
                    "It is an OpenAPI (Swagger) description of a whole API. Latchkey imports requests: "
                    "copy one example as a curl command, or import a Postman collection made from it."));
            }
            if (root.value(QStringLiteral("_type")).toString() == QStringLiteral("export")) {
                return unknown(
                    FormatDetector::tr("It is an Insomnia export. In Insomnia, export the collection as HAR or Postman "
                                       "v2.1 and import that."));
            }
            return unknown(
                FormatDetector::tr("It is JSON, but not a Postman collection (no \"info\" and \"item\"), a Postman "
                                   "environment (no \"values\") or a HAR file (no \"log\" with \"entries\")."));
        }
        // Broken JSON: recognise the kind from its markers, so its importer reports where it breaks.
        const QByteArray head = data.left(65536);
        if (head.contains("\"_postman_id\"") || head.contains("getpostman.com/json/collection")) {
            return known(ImportFormat::PostmanCollection);
        }
        if (head.contains("\"_postman_variable_scope\"")
            || (head.contains("\"values\"") && head.contains("\"key\"") && !head.contains("\"item\""))) {
            return known(ImportFormat::PostmanEnvironment);
        }
        if (head.contains("\"log\"") && (head.contains("\"entries\"") || head.contains("\"creator\""))) {
            return known(ImportFormat::Har);
        }
        const ImportError position = ImportError::atByte(data, error.offset, error.errorString());
        return unknown(FormatDetector::tr("It looks like JSON, but it is broken at line %1, column %2 (%3).")
                           .arg(position.line)
                           .arg(position.column)
                           .arg(error.errorString()));
    }

    const QString text = QString::fromUtf8(data.left(65536));
    if (CurlImporter::looksLikeCurl(text)) {
        return known(ImportFormat::Curl);
    }
    const QString start = text.trimmed().left(200);
    if (start.startsWith(QStringLiteral("http://")) || start.startsWith(QStringLiteral("https://"))) {
        return unknown(FormatDetector::tr("It is a web address, not a command. Type it in the address field instead."));
    }
    if (text.contains(QStringLiteral("curl "))) {
        return unknown(
            FormatDetector::tr("It mentions curl but does not start with it. Paste only the curl command itself."));
    }
    if (start.startsWith(QStringLiteral("<"))) {
        return unknown(FormatDetector::tr("It is HTML or XML, not a curl command, a Postman file or a HAR file."));
    }
    return unknown(FormatDetector::tr(
        "It is text, but not a curl command (it should start with \"curl\"), and not a Postman or HAR "
        "file (those are JSON)."));
}
