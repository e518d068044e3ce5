#pragma once

#include "http/PreparedRequest.h"
#include "http/RequestJob.h"
#include "http/RequestRunner.h"
#include "http/Response.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// Helpers for tests that talk to the local servers of tests/fixtures/test-env.sh.
namespace HttpTest {

inline QString httpbin()
{
    return qEnvironmentVariable("LATCHKEY_TEST_HTTPBIN");
}

inline QString provider()
{
    return qEnvironmentVariable("LATCHKEY_TEST_PROVIDER");
}

inline QString tls()
{
    return qEnvironmentVariable("LATCHKEY_TEST_TLS");
}

// The same server as `url`, named "localhost" instead of "127.0.0.1": another origin.
inline QString otherOrigin(const QString& url)
{
    QString other = url;
    other.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    return other;
}

// A loopback port nothing listens on.
inline quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort(); // closed again when `server` goes away
}

inline PreparedRequest get(const QString& url)
{
    PreparedRequest request;
    request.url = QUrl(url);
    return request;
}

// Runs `request` and waits for its end.
inline Response run(RequestRunner& runner, const PreparedRequest& request, int waitMs = 60000)
{
    RequestJob* job = runner.start(request);
    QSignalSpy finished(job, &RequestJob::finished);
    if (!finished.wait(waitMs)) {
        job->cancel();
        return {};
    }
    Response response = finished.takeFirst().at(0).value<Response>();
    job->deleteLater();
    return response;
}

inline QJsonObject json(const Response& response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace HttpTest
