// The request runner against real local servers: httpbin for HTTP behaviour,
// the provider-shaped server for big bodies and a decompression bomb, and the
// same server behind a certificate nobody trusts for TLS failures.
#include "HttpTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>

using namespace HttpTest;

class RequestRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void methods_areSentAsIs_data();
    void methods_areSentAsIs();
    void headersQueryAndBody_arrive();
    void statusCodes_areResponsesNotErrors_data();
    void statusCodes_areResponsesNotErrors();
    void redirect_sameOrigin_keepsCredentials();
    void redirect_otherOrigin_dropsEveryCredential();
    void redirect_303_turnsPostIntoGet();
    void compressedBodies_areDecoded_data();
    void compressedBodies_areDecoded();
    void decompressionBomb_isRefused();
    void timeout_endsTheWait();
    void cancel_stopsTheRequest();
    void binaryBody_isKeptByteForByte();
    void largeBody_streamsCompletely();
    void overTheLimit_saysSaveToFile();
    void saveToFile_writesTheBody();
    void refusedConnection_isExplained();
    void unknownHost_isExplained();
    void untrustedCertificate_isRefusedWithDetails();
    void timings_areMeasured();

private:
    RequestRunner m_runner;
};

void RequestRunnerTest::initTestCase()
{
    QVERIFY2(!httpbin().isEmpty() && !provider().isEmpty(), "run inside tests/fixtures/test-env.sh");
}

void RequestRunnerTest::methods_areSentAsIs_data()
{
    QTest::addColumn<QByteArray>("method");
    for (const char* method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
        QTest::newRow(method) << QByteArray(method);
    }
}

void RequestRunnerTest::methods_areSentAsIs()
{
    QFETCH(QByteArray, method);
    PreparedRequest request = get(httpbin() + QStringLiteral("/anything"));
    request.method = method;
    const Response response = run(m_runner, request);
    QVERIFY2(response.received(), qPrintable(response.errorMessage));
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response).value(QStringLiteral("method")).toString().toLatin1(), method);
}

void RequestRunnerTest::headersQueryAndBody_arrive()
{
    PreparedRequest request = get(httpbin() + QStringLiteral("/anything?q=latch%20key&n=1"));
    request.method = "POST";
    request.headers.append("X-Custom", "hello");
    request.headers.append("Content-Type", "application/json");
    request.body = R"({"name": "Ada", "list": [1, 2]})";
    const QJsonObject echo = json(run(m_runner, request));
    QCOMPARE(echo[QStringLiteral("args")][QStringLiteral("q")].toString(), QStringLiteral("latch key"));
    QCOMPARE(echo[QStringLiteral("headers")][QStringLiteral("X-Custom")].toString(), QStringLiteral("hello"));
    QCOMPARE(echo[QStringLiteral("json")][QStringLiteral("name")].toString(), QStringLiteral("Ada"));
    QCOMPARE(echo[QStringLiteral("json")][QStringLiteral("list")].toArray().size(), 2);

    PreparedRequest form = get(httpbin() + QStringLiteral("/post"));
    form.method = "POST";
    form.headers.append("Content-Type", "application/x-www-form-urlencoded");
    form.body = "a=1&b=two%20words";
    const QJsonObject formEcho = json(run(m_runner, form));
    QCOMPARE(formEcho[QStringLiteral("form")][QStringLiteral("b")].toString(), QStringLiteral("two words"));
}

void RequestRunnerTest::statusCodes_areResponsesNotErrors_data()
{
    QTest::addColumn<int>("status");
    for (int status : {201, 204, 400, 401, 403, 404, 418, 429, 500, 503}) {
        QTest::newRow(qPrintable(QString::number(status))) << status;
    }
}

void RequestRunnerTest::statusCodes_areResponsesNotErrors()
{
    QFETCH(int, status);
    const Response response = run(m_runner, get(httpbin() + QStringLiteral("/status/%1").arg(status)));
    QVERIFY2(response.received(), qPrintable(response.errorMessage));
    QCOMPARE(response.status, status);
}

void RequestRunnerTest::redirect_sameOrigin_keepsCredentials()
{
    PreparedRequest request = get(httpbin() + QStringLiteral("/redirect-to?url=%2Fheaders"));
    request.headers.append("Authorization", "Bearer same-origin-secret");
    request.credentialHeaders = {"authorization"};
    const Response response = run(m_runner, request);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.redirects.size(), 1);
    QVERIFY(!response.credentialsDroppedOnRedirect);
    QCOMPARE(json(response)[QStringLiteral("headers")][QStringLiteral("Authorization")].toString(),
             QStringLiteral("Bearer same-origin-secret"));
}

void RequestRunnerTest::redirect_otherOrigin_dropsEveryCredential()
{
    // 127.0.0.1 → localhost: same server, another origin.
    const QString target = otherOrigin(httpbin()) + QStringLiteral("/anything");
    PreparedRequest request
        = get(httpbin() + QStringLiteral("/redirect-to?url=")
              + QString::fromLatin1(QUrl::toPercentEncoding(target + QStringLiteral("?keep=1&token=query-secret"))));
    request.headers.append("Authorization", "Bearer cross-origin-secret");
    request.headers.append("PRIVATE-TOKEN", "gitlab-style-secret");
    request.headers.append("Cookie", "session=cookie-secret");
    request.headers.append("Proxy-Authorization", "Basic proxy-secret");
    request.headers.append("X-Harmless", "stays");
    request.credentialHeaders = {"authorization", "private-token", "cookie", "proxy-authorization"};
    request.credentialQueryItems = {QStringLiteral("token")};
    const Response response = run(m_runner, request);
    QVERIFY2(response.received(), qPrintable(response.errorMessage));
    QCOMPARE(response.status, 200);
    QVERIFY(response.credentialsDroppedOnRedirect);
    QCOMPARE(response.finalUrl.host(), QStringLiteral("localhost"));
    const QJsonObject echo = json(response);
    const QJsonObject headers = echo[QStringLiteral("headers")].toObject();
    QVERIFY2(!headers.contains(QStringLiteral("Authorization")), QJsonDocument(headers).toJson().constData());
    QVERIFY(!headers.contains(QStringLiteral("Private-Token")));
    QVERIFY(!headers.contains(QStringLiteral("Cookie")));
    QVERIFY(!headers.contains(QStringLiteral("Proxy-Authorization")));
    QCOMPARE(headers[QStringLiteral("X-Harmless")].toString(), QStringLiteral("stays"));
    QVERIFY(!echo[QStringLiteral("args")].toObject().contains(QStringLiteral("token")));
    QCOMPARE(echo[QStringLiteral("args")][QStringLiteral("keep")].toString(), QStringLiteral("1"));
    QVERIFY(!response.body.contains("secret"));
}

void RequestRunnerTest::redirect_303_turnsPostIntoGet()
{
    PreparedRequest request
        = get(provider() + QStringLiteral("/redirect?status=303&to=")
              + QString::fromLatin1(QUrl::toPercentEncoding(httpbin() + QStringLiteral("/anything"))));
    request.method = "POST";
    request.body = "payload";
    request.headers.append("Content-Type", "text/plain");
    const Response response = run(m_runner, request);
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response)[QStringLiteral("method")].toString(), QStringLiteral("GET"));
}

void RequestRunnerTest::compressedBodies_areDecoded_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("flag");
    QTest::newRow("gzip") << QStringLiteral("/gzip") << QStringLiteral("gzipped");
    QTest::newRow("deflate") << QStringLiteral("/deflate") << QStringLiteral("deflated");
}

void RequestRunnerTest::compressedBodies_areDecoded()
{
    QFETCH(QString, path);
    QFETCH(QString, flag);
    const Response response = run(m_runner, get(httpbin() + path));
    QCOMPARE(response.status, 200);
    QVERIFY(json(response)[flag].toBool());
}

void RequestRunnerTest::decompressionBomb_isRefused()
{
    PreparedRequest request = get(provider() + QStringLiteral("/bomb?mb=300"));
    const Response response = run(m_runner, request);
    QVERIFY2(response.outcome == Response::Outcome::Decompression || response.outcome == Response::Outcome::TooLarge,
             qPrintable(response.errorMessage + QStringLiteral(" / ") + response.errorDetail));
    QVERIFY(!response.errorMessage.isEmpty());
    QVERIFY(response.body.isEmpty());
}

void RequestRunnerTest::timeout_endsTheWait()
{
    PreparedRequest request = get(httpbin() + QStringLiteral("/delay/5"));
    request.timeoutMs = 700;
    QElapsedTimer clock;
    clock.start();
    const Response response = run(m_runner, request);
    QCOMPARE(response.outcome, Response::Outcome::Timeout);
    QVERIFY(clock.elapsed() < 4000);
    QVERIFY(response.errorMessage.contains(QStringLiteral("within 0.7 seconds")));
}

void RequestRunnerTest::cancel_stopsTheRequest()
{
    RequestJob* job = m_runner.start(get(httpbin() + QStringLiteral("/delay/5")));
    QSignalSpy finished(job, &RequestJob::finished);
    QTimer::singleShot(200, job, &RequestJob::cancel);
    QVERIFY(finished.wait(3000));
    QCOMPARE(finished.first().at(0).value<Response>().outcome, Response::Outcome::Cancelled);
    QVERIFY(!job->isRunning());
    job->deleteLater();
}

void RequestRunnerTest::binaryBody_isKeptByteForByte()
{
    const Response response = run(m_runner, get(httpbin() + QStringLiteral("/image/png")));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType(), QByteArray("image/png"));
    QVERIFY(response.body.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(response.bodySize, response.body.size());
}

void RequestRunnerTest::largeBody_streamsCompletely()
{
    RequestJob* job = m_runner.start(get(provider() + QStringLiteral("/big.json?count=200000")));
    QSignalSpy progress(job, &RequestJob::progress);
    QSignalSpy finished(job, &RequestJob::finished);
    QVERIFY(finished.wait(60000));
    const Response response = finished.first().at(0).value<Response>();
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.size() > 50'000'000);
    // Read as it streamed, not in one go.
    QVERIFY2(progress.count() >= 2, qPrintable(QString::number(progress.count())));
    QVERIFY(progress.first().at(0).toLongLong() < response.bodySize);
    QVERIFY(response.body.startsWith('['));
    QVERIFY(response.body.trimmed().endsWith(']'));
    job->deleteLater();
}

void RequestRunnerTest::overTheLimit_saysSaveToFile()
{
    PreparedRequest request = get(provider() + QStringLiteral("/big.json?count=20000"));
    request.maxBodyBytes = 1024 * 1024;
    const Response response = run(m_runner, request);
    QCOMPARE(response.outcome, Response::Outcome::TooLarge);
    QVERIFY(response.errorMessage.contains(QStringLiteral("Save it to a file")));
    QVERIFY(response.body.isEmpty());
}

void RequestRunnerTest::saveToFile_writesTheBody()
{
    QTemporaryDir dir;
    PreparedRequest request = get(provider() + QStringLiteral("/big.json?count=20000"));
    request.maxBodyBytes = 1024 * 1024;
    request.saveTo = dir.filePath(QStringLiteral("answer.json"));
    const Response response = run(m_runner, request);
    QVERIFY2(response.received(), qPrintable(response.errorMessage));
    QCOMPARE(response.bodyFile, request.saveTo);
    QVERIFY(response.body.isEmpty());
    QCOMPARE(QFile(request.saveTo).size(), response.bodySize);
    QVERIFY(response.bodySize > 1024 * 1024);
}

void RequestRunnerTest::refusedConnection_isExplained()
{
    const quint16 port = closedPort();
    const Response response = run(m_runner, get(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    QCOMPARE(response.outcome, Response::Outcome::NetworkError);
    QVERIFY2(response.errorMessage.contains(QStringLiteral("refused the connection")),
             qPrintable(response.errorMessage));
}

void RequestRunnerTest::unknownHost_isExplained()
{
    const Response response = run(m_runner, get(QStringLiteral("https://no-such-host.invalid/")));
    QCOMPARE(response.outcome, Response::Outcome::NetworkError);
    QVERIFY2(response.errorMessage.contains(QStringLiteral("Could not find the server no-such-host.invalid")),
             qPrintable(response.errorMessage));
}

void RequestRunnerTest::untrustedCertificate_isRefusedWithDetails()
{
    QVERIFY2(!tls().isEmpty(), "the test environment serves https with an untrusted certificate");
    PreparedRequest request = get(tls() + QStringLiteral("/echo-auth"));
    request.headers.append("Authorization", "Bearer must-not-be-sent");
    const Response response = run(m_runner, request);
    QCOMPARE(response.outcome, Response::Outcome::TlsError);
    QVERIFY2(response.errorMessage.contains(QStringLiteral("could not verify the identity")),
             qPrintable(response.errorMessage));
    QVERIFY2(response.certificateSummary.contains(QStringLiteral("latchkey-test.invalid")),
             qPrintable(response.certificateSummary));
    QVERIFY(response.body.isEmpty());
}

void RequestRunnerTest::timings_areMeasured()
{
    const Response response = run(m_runner, get(httpbin() + QStringLiteral("/delay/0.3")));
    QCOMPARE(response.status, 200);
    QVERIFY(response.timings.firstByteMs >= 250);
    QVERIFY(response.timings.totalMs >= response.timings.firstByteMs);
    QCOMPARE(response.httpVersion, QStringLiteral("HTTP/1.1"));
}

QTEST_GUILESS_MAIN(RequestRunnerTest)
#include "RequestRunnerTest.moc"
