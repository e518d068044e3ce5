#include "BodyDigest.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>

BodyDigest BodyDigest::make(const QByteArray& body, const QByteArray& contentType)
{
    QElapsedTimer clock;
    clock.start();
    BodyDigest digest;
    digest.kind = BodyFormatter::detect(contentType, body);
    if (digest.kind == BodyFormatter::Kind::Json) {
        digest.pretty = BodyFormatter::prettyJson(body, &digest.json);
        if (!digest.json.valid) {
            digest.problem = digest.json.error;
        } else if (body.size() <= treeLimit) {
            digest.tree = QJsonDocument::fromJson(body);
        }
    } else if (digest.kind == BodyFormatter::Kind::Xml || digest.kind == BodyFormatter::Kind::Html) {
        QString error;
        digest.pretty = BodyFormatter::prettyXml(body, &error);
        // HTML is often not well-formed XML: then it is simply shown as it came.
        if (digest.kind == BodyFormatter::Kind::Xml) {
            digest.problem = error;
        }
    }
    digest.elapsedMs = clock.elapsed();
    return digest;
}

void BodyDigest::start(const QByteArray& body, const QByteArray& contentType, QObject* receiver,
                       std::function<void(const BodyDigest&)> done)
{
    // The continuation runs on `receiver`'s thread and is dropped if `receiver`
    // is destroyed first (QFuture::then with a context object).
    auto promise = std::make_shared<QPromise<BodyDigest>>();
    QFuture<BodyDigest> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, body, contentType] {
        promise->addResult(make(body, contentType));
        promise->finish();
    });
    future.then(receiver, [done = std::move(done)](const BodyDigest& digest) { done(digest); });
}
