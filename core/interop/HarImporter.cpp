#include "HarImporter.h"

#include "CredentialExtractor.h"
#include "JsonReader.h"
#include "UrlText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

using J = JsonReader;

QString normalizedType(const QString& contentType)
{
    QString lower = contentType.toLower();
    lower.remove(QLatin1Char(' '));
    return lower;
}

bool isDropped(const QString& name)
{
    static const QSet<QString> dropped = {
        QStringLiteral("connection"),        QStringLiteral("keep-alive"), QStringLiteral("proxy-connection"),
        QStringLiteral("transfer-encoding"), QStringLiteral("te"),         QStringLiteral("trailer"),
        QStringLiteral("upgrade"),           QStringLiteral("host"),       QStringLiteral("content-length"),
        QStringLiteral("accept-encoding"),
    };
    return name.startsWith(QLatin1Char(':')) || dropped.contains(name.toLower());
}

class Reader
{
public:
    explicit Reader(const ProviderCatalog* catalog)
        : m_extractor(catalog)
    { }

    ImportResult read(const QJsonObject& root);

private:
    void readEntry(const QJsonObject& entry, const QString& path, int index);
    void readPostData(const QJsonObject& postData, const QString& path, ImportedRequest& request);

    CredentialExtractor m_extractor;
    ImportResult m_result;
    int m_skipped = 0;
};

void Reader::readPostData(const QJsonObject& postData, const QString& path, ImportedRequest& request)
{
    RequestSpec& spec = request.spec;
    const QString mimeType = normalizedType(J::text(postData, QStringLiteral("mimeType"), path));
    const QString text = J::text(postData, QStringLiteral("text"), path);
    QList<RequestSpec::Field> params;
    bool files = false;
    if (const auto array = J::optionalArray(postData, QStringLiteral("params"), path)) {
        const QString paramsPath = J::key(path, QStringLiteral("params"));
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QString paramPath = J::index(paramsPath, i);
            const QJsonObject param = J::object(array->at(i), paramPath);
            if (!J::text(param, QStringLiteral("fileName"), paramPath).isEmpty()) {
                files = true;
                continue;
            }
            params.append({J::text(param, QStringLiteral("name"), paramPath),
                           J::text(param, QStringLiteral("value"), paramPath)});
        }
    }
    QString headerType;
    for (const RequestSpec::Field& header : std::as_const(spec.headers)) {
        if (header.first.compare(QStringLiteral("Content-Type"), Qt::CaseInsensitive) == 0) {
            headerType = normalizedType(header.second);
        }
    }
    const QString type = (mimeType.isEmpty() ? headerType : mimeType).section(QLatin1Char(';'), 0, 0);
    bool dropType = false;
    if (type == QStringLiteral("application/x-www-form-urlencoded")) {
        QList<RequestSpec::Field> fields;
        const QStringList pieces = text.split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString& piece : pieces) {
            fields.append(UrlText::decodePiece(piece));
        }
        spec.formFields = fields.isEmpty() ? params : fields;
        spec.bodyType = QStringLiteral("form");
        dropType = headerType.startsWith(QStringLiteral("application/x-www-form-urlencoded"));
    } else if (type == QStringLiteral("multipart/form-data")) {
        spec.formFields = params;
        spec.bodyType = QStringLiteral("form");
        dropType = true;
        request.notes.append(
            HarImporter::tr("The browser sent this form as multipart/form-data; Latchkey sends its fields as an "
                            "ordinary form (application/x-www-form-urlencoded)."));
        if (files) {
            request.notes.append(
                HarImporter::tr("The form sent files; Latchkey does not send files, so they were left out."));
        }
    } else if (!text.isEmpty()) {
        const bool json = type == QStringLiteral("application/json") || type.endsWith(QStringLiteral("+json"));
        spec.body = text;
        spec.bodyType = json ? QStringLiteral("json") : QStringLiteral("raw");
        dropType = json ? headerType == QStringLiteral("application/json")
                        : headerType == QStringLiteral("text/plain;charset=utf-8");
    }
    if (dropType) {
        spec.headers.removeIf([](const RequestSpec::Field& header) {
            return header.first.compare(QStringLiteral("Content-Type"), Qt::CaseInsensitive) == 0;
        });
    }
}

void Reader::readEntry(const QJsonObject& entry, const QString& path, int index)
{
    const QString requestPath = J::key(path, QStringLiteral("request"));
    const QJsonObject request = J::object(entry.value(QStringLiteral("request")), requestPath);
    const QString url = J::text(request, QStringLiteral("url"), requestPath).trimmed();
    if (url.isEmpty()) {
        J::fail(J::key(requestPath, QStringLiteral("url")), HarImporter::tr("the request has no address."));
    }
    const QString scheme = UrlText::parse(url).scheme.toLower();
    if (scheme != QStringLiteral("https") && scheme != QStringLiteral("http")) {
        ++m_skipped; // data:, blob:, chrome-extension:, ws: …
        return;
    }

    ImportedRequest imported;
    RequestSpec& spec = imported.spec;
    spec.method = J::text(request, QStringLiteral("method"), requestPath).trimmed().toUpper();
    if (spec.method.isEmpty()) {
        spec.method = QStringLiteral("GET");
    }
    spec.url = url;
    bool hasCookie = false;
    if (const auto headers = J::optionalArray(request, QStringLiteral("headers"), requestPath)) {
        const QString headersPath = J::key(requestPath, QStringLiteral("headers"));
        for (qsizetype i = 0; i < headers->size(); ++i) {
            const QString headerPath = J::index(headersPath, i);
            const QJsonObject header = J::object(headers->at(i), headerPath);
            const QString name = J::text(header, QStringLiteral("name"), headerPath).trimmed();
            if (name.isEmpty() || isDropped(name)) {
                continue;
            }
            hasCookie = hasCookie || name.compare(QStringLiteral("Cookie"), Qt::CaseInsensitive) == 0;
            spec.headers.append({name, J::text(header, QStringLiteral("value"), headerPath)});
        }
    }
    if (const auto cookies = J::optionalArray(request, QStringLiteral("cookies"), requestPath); cookies && !hasCookie) {
        QStringList pairs;
        const QString cookiesPath = J::key(requestPath, QStringLiteral("cookies"));
        for (qsizetype i = 0; i < cookies->size(); ++i) {
            const QString cookiePath = J::index(cookiesPath, i);
            const QJsonObject cookie = J::object(cookies->at(i), cookiePath);
            const QString name = J::text(cookie, QStringLiteral("name"), cookiePath);
            if (!name.isEmpty()) {
                pairs.append(name + QLatin1Char('=') + J::text(cookie, QStringLiteral("value"), cookiePath));
            }
        }
        if (!pairs.isEmpty()) {
            spec.headers.append({QStringLiteral("Cookie"), pairs.join(QStringLiteral("; "))});
        }
    }
    if (const auto postData = J::optionalObject(request, QStringLiteral("postData"), requestPath)) {
        readPostData(*postData, J::key(requestPath, QStringLiteral("postData")), imported);
    }

    HarEntry summary;
    summary.index = index;
    summary.method = spec.method;
    summary.url = url;
    summary.startedDateTime = J::text(entry, QStringLiteral("startedDateTime"), path);
    const QJsonValue time = entry.value(QStringLiteral("time"));
    summary.timeMs = time.isDouble() ? time.toDouble() : -1;
    if (const auto response = J::optionalObject(entry, QStringLiteral("response"), path)) {
        const QString responsePath = J::key(path, QStringLiteral("response"));
        const double status = response->value(QStringLiteral("status")).toDouble();
        summary.status = status > 0 && status < 1000 ? int(status) : 0;
        if (const auto content = J::optionalObject(*response, QStringLiteral("content"), responsePath)) {
            summary.mimeType
                = J::text(*content, QStringLiteral("mimeType"), J::key(responsePath, QStringLiteral("content")));
            const double size = content->value(QStringLiteral("size")).toDouble(-1);
            summary.size = size >= 0 && size < 9.0e15 ? qint64(size) : -1;
        }
        const double bodySize = response->value(QStringLiteral("bodySize")).toDouble(-1);
        if (summary.size < 0 && bodySize >= 0 && bodySize < 9.0e15) {
            summary.size = qint64(bodySize);
        }
    }

    m_extractor.extract(imported);
    summary.url = spec.url; // without the credentials just taken out
    const UrlText parts = UrlText::parse(spec.url);
    imported.name = QString(spec.method + QLatin1Char(' ') + parts.host + parts.path).left(120);
    m_result.requests.append(imported);
    m_result.entries.append(summary);
}

ImportResult Reader::read(const QJsonObject& root)
{
    const QJsonObject log = J::object(root.value(QStringLiteral("log")), QStringLiteral("log"));
    const QJsonValue entriesValue = log.value(QStringLiteral("entries"));
    if (entriesValue.isUndefined()) {
        J::fail(QStringLiteral("log"), HarImporter::tr("the file has no \"entries\" list."));
    }
    const QJsonArray entries = J::array(entriesValue, QStringLiteral("log.entries"));
    m_result.format = ImportFormat::Har;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = J::index(QStringLiteral("log.entries"), i);
        readEntry(J::object(entries.at(i), path), path, int(i));
    }
    if (m_skipped > 0) {
        m_result.notes.append(
            m_skipped == 1
                ? HarImporter::tr("One entry was not a web request (data:, blob:, an extension…) and was left out.")
                : HarImporter::tr("%1 entries were not web requests (data:, blob:, extensions…) and were left out.")
                      .arg(m_skipped));
    }
    m_result.credentials = m_extractor.credentials();
    return m_result;
}

} // namespace

ImportResult HarImporter::parse(const QByteArray& data, const ProviderCatalog* catalog)
{
    QJsonDocument document;
    ImportError error;
    if (!JsonReader::parse(data, &document, &error, HarImporter::tr("This HAR file"))) {
        return ImportResult::failure(ImportFormat::Har, error);
    }
    try {
        return Reader(catalog).read(document.object());
    } catch (const JsonReader::Failure& failure) {
        return ImportResult::failure(ImportFormat::Har, failure.error);
    }
}

bool HarImporter::looksLikeHar(const QJsonObject& root)
{
    const QJsonObject log = root.value(QStringLiteral("log")).toObject();
    return root.value(QStringLiteral("log")).isObject()
        && (log.value(QStringLiteral("entries")).isArray()
            || (log.contains(QStringLiteral("version")) && log.contains(QStringLiteral("creator"))));
}
