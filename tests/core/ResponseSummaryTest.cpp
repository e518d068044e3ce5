// The answer in plain language, first.
#include "http/ResponseSummary.h"

#include "i18n/Translations.h"
#include "providers/ProviderCatalog.h"

#include <QTest>

namespace {

Response answered(int status, const QString& reason, qint64 size = 41000, qint64 ms = 212)
{
    Response response;
    response.outcome = Response::Outcome::Received;
    response.status = status;
    response.reason = reason;
    response.bodySize = size;
    response.timings.totalMs = ms;
    return response;
}

} // namespace

class ResponseSummaryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void success_withItems();
    void errors_useTheServicesHint_data();
    void errors_useTheServicesHint();
    void tooManyRequests_saysWhenToTryAgain();
    void networkFailure_isTheMessage();
    void droppedCredentials_areMentioned();
    void details_listTimingsAndRateLimit();

private:
    ProviderCatalog m_catalog;
};

void ResponseSummaryTest::initTestCase()
{
    Translations::install(*QCoreApplication::instance());
    m_catalog = ProviderCatalog::load();
}

void ResponseSummaryTest::success_withItems()
{
    const ResponseSummary summary = ResponseSummary::of(answered(200, QStringLiteral("OK")), nullptr, 30);
    QCOMPARE(summary.headline, QStringLiteral("200 OK — 30 items, 41 KB, 212 ms"));
    QCOMPARE(summary.tone, ResponseSummary::Tone::Success);
    QVERIFY(summary.advice.isEmpty());
    QCOMPARE(ResponseSummary::of(answered(200, QStringLiteral("OK")), nullptr, 1).headline,
             QStringLiteral("200 OK — 1 item, 41 KB, 212 ms"));
    QCOMPARE(ResponseSummary::of(answered(204, QStringLiteral("No Content"), 0), nullptr).headline,
             QStringLiteral("204 No Content — empty, 212 ms"));
}

void ResponseSummaryTest::errors_useTheServicesHint_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("advice");
    QTest::newRow("github 401") << QStringLiteral("github") << 401
                                << QStringLiteral("GitHub did not accept this token");
    QTest::newRow("gitlab 403") << QStringLiteral("gitlab") << 403 << QStringLiteral("read_api");
    QTest::newRow("no provider 404") << QString() << 404 << QStringLiteral("Nothing was found");
    QTest::newRow("no provider 500") << QString() << 500 << QStringLiteral("problem of its own");
}

void ResponseSummaryTest::errors_useTheServicesHint()
{
    QFETCH(QString, provider);
    QFETCH(int, status);
    QFETCH(QString, advice);
    const ResponseSummary summary = ResponseSummary::of(answered(status, QStringLiteral("Reason")),
                                                        provider.isEmpty() ? nullptr : m_catalog.provider(provider));
    QCOMPARE(summary.tone, ResponseSummary::Tone::Error);
    QVERIFY(summary.headline.startsWith(QString::number(status)));
    QVERIFY2(summary.advice.contains(advice), qPrintable(summary.advice));
}

void ResponseSummaryTest::tooManyRequests_saysWhenToTryAgain()
{
    Response response = answered(429, QStringLiteral("Too Many Requests"));
    response.headers.append("Retry-After", "12");
    const ResponseSummary summary = ResponseSummary::of(response, nullptr);
    QVERIFY2(summary.advice.contains(QStringLiteral("try again in 12 seconds")), qPrintable(summary.advice));
}

void ResponseSummaryTest::networkFailure_isTheMessage()
{
    Response response;
    response.outcome = Response::Outcome::NetworkError;
    response.errorMessage = QStringLiteral("Could not find the server x.invalid.");
    const ResponseSummary summary = ResponseSummary::of(response, nullptr);
    QCOMPARE(summary.headline, response.errorMessage);
    QCOMPARE(summary.tone, ResponseSummary::Tone::Error);
}

void ResponseSummaryTest::droppedCredentials_areMentioned()
{
    Response response = answered(200, QStringLiteral("OK"));
    response.credentialsDroppedOnRedirect = true;
    response.finalUrl = QUrl(QStringLiteral("https://objects.example.net/file"));
    QVERIFY(ResponseSummary::of(response, nullptr).advice.contains(QStringLiteral("objects.example.net")));
}

void ResponseSummaryTest::details_listTimingsAndRateLimit()
{
    Response response = answered(200, QStringLiteral("OK"));
    response.httpVersion = QStringLiteral("HTTP/2");
    response.timings.firstByteMs = 120;
    response.headers.append("X-RateLimit-Limit", "5000");
    response.headers.append("X-RateLimit-Remaining", "4987");
    const QString details = ResponseSummary::details(response, m_catalog.provider(QStringLiteral("github")));
    QVERIFY(details.startsWith(QStringLiteral("HTTP/2")));
    QVERIFY(details.contains(QStringLiteral("first byte after 120 ms")));
    QVERIFY(details.contains(QStringLiteral("4,987 of 5,000")));
}

QTEST_GUILESS_MAIN(ResponseSummaryTest)
#include "ResponseSummaryTest.moc"
