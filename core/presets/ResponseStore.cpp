#include "ResponseStore.h"

#include "storage/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QRegularExpression>

namespace {

QByteArray encode(const Response& response, const QDateTime& receivedAt)
{
    QJsonArray headers;
    for (const HttpHeaders::Header& header : response.headers.list()) {
        // Cookies a service sets are session credentials: never kept on disk.
        if (header.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0) {
            continue;
        }
        headers.append(QJsonArray {QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    }
    QJsonObject object {{QStringLiteral("kind"), QStringLiteral("latchkey.response")},
                        {QStringLiteral("schema"), 1},
                        {QStringLiteral("status"), response.status},
                        {QStringLiteral("reason"), response.reason},
                        {QStringLiteral("httpVersion"), response.httpVersion},
                        {QStringLiteral("url"), response.finalUrl.toString()},
                        {QStringLiteral("ms"), response.timings.totalMs},
                        {QStringLiteral("size"), response.bodySize},
                        {QStringLiteral("received"), receivedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("headers"), headers}};
    if (response.body.size() > ResponseStore::maxBodyBytes || !response.echoesChecked) {
        object.insert(QStringLiteral("bodyDropped"), true);
    } else {
        object.insert(QStringLiteral("body"), QString::fromLatin1(response.body.toBase64()));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ResponseStore::Stored decode(const QByteArray& bytes)
{
    ResponseStore::Stored stored;
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (object.value(QStringLiteral("kind")).toString() != QStringLiteral("latchkey.response")) {
        return stored;
    }
    stored.found = true;
    Response& response = stored.response;
    response.outcome = Response::Outcome::Received;
    response.status = object.value(QStringLiteral("status")).toInt();
    response.reason = object.value(QStringLiteral("reason")).toString();
    response.httpVersion = object.value(QStringLiteral("httpVersion")).toString();
    response.url = QUrl(object.value(QStringLiteral("url")).toString());
    response.finalUrl = response.url;
    response.timings.totalMs = object.value(QStringLiteral("ms")).toInteger();
    response.bodySize = object.value(QStringLiteral("size")).toInteger();
    for (const QJsonValue& header : object.value(QStringLiteral("headers")).toArray()) {
        response.headers.append(header[0].toString().toLatin1(), header[1].toString().toUtf8());
    }
    response.body = QByteArray::fromBase64(object.value(QStringLiteral("body")).toString().toLatin1());
    stored.bodyDropped = object.value(QStringLiteral("bodyDropped")).toBool();
    stored.receivedAt = QDateTime::fromString(object.value(QStringLiteral("received")).toString(), Qt::ISODateWithMs);
    return stored;
}

} // namespace

ResponseStore::ResponseStore(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_writer.setMaxThreadCount(1);
}

QString ResponseStore::fileFor(const QString& presetId) const
{
    // Preset ids are UUIDs; anything else is cleaned so it cannot name another path.
    QString safe = presetId;
    safe.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")));
    return QDir(m_directory).filePath(safe + QStringLiteral(".json"));
}

void ResponseStore::save(const QString& presetId, const Response& response)
{
    if (presetId.isEmpty() || !response.received() || !response.bodyFile.isEmpty()) {
        return;
    }
    const QString path = fileFor(presetId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_writer.start([path, response, now] { JsonFile::writePrivateFile(path, encode(response, now)); });
}

void ResponseStore::load(const QString& presetId, QObject* context, Callback done) const
{
    const QString path = fileFor(presetId);
    auto promise = std::make_shared<QPromise<Stored>>();
    QFuture<Stored> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, path] {
        QFile file(path);
        promise->addResult(file.open(QIODevice::ReadOnly) ? decode(file.readAll()) : Stored());
        promise->finish();
    });
    future.then(context, [done = std::move(done)](const Stored& stored) { done(stored); });
}

void ResponseStore::remove(const QString& presetId)
{
    const QString path = fileFor(presetId);
    m_writer.start([path] { QFile::remove(path); });
}

void ResponseStore::flush()
{
    m_writer.waitForDone();
}
