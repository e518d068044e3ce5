#include "http/RateLimit.h"

#include <QTest>

class RateLimitTest : public QObject
{
    Q_OBJECT

private slots:
    void githubHeaders();
    void retryAfter_secondsAndDate();
    void remainingZero_waitsUntilReset();
    void resetKinds_data();
    void resetKinds();
    void nothingKnown();
};

void RateLimitTest::githubHeaders()
{
    const HttpHeaders headers {
        {"X-RateLimit-Limit", "5000"}, {"X-RateLimit-Remaining", "4987"}, {"X-RateLimit-Reset", "1795453200"}};
    const RateLimit rate = RateLimit::fromHeaders(headers);
    QCOMPARE(rate.limit, 5000);
    QCOMPARE(rate.remaining, 4987);
    QCOMPARE(rate.resetAt, QDateTime::fromSecsSinceEpoch(1795453200, Qt::UTC));
    QVERIFY(rate.text().contains(QStringLiteral("of")));
    QCOMPARE(rate.waitSeconds(), 0);
}

void RateLimitTest::retryAfter_secondsAndDate()
{
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    QCOMPARE(RateLimit::fromHeaders({{"Retry-After", "12"}}, {}, now).waitSeconds(now), 12);
    QCOMPARE(RateLimit::fromHeaders({{"Retry-After", "Mon, 23 Nov 2026 12:00:30 GMT"}}, {}, now).waitSeconds(now), 30);
    QVERIFY(RateLimit::fromHeaders({{"Retry-After", "12"}}, {}, now).text().contains(QStringLiteral("wait 12 s")));
}

void RateLimitTest::remainingZero_waitsUntilReset()
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const RateLimit rate
        = RateLimit::fromHeaders({{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "1800000005"}}, {}, now);
    QCOMPARE(rate.waitSeconds(now), 5);
}

void RateLimitTest::resetKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("secondsFromNow");
    QTest::newRow("epoch") << QStringLiteral("epoch") << QByteArray("1800000060") << qint64(60);
    QTest::newRow("seconds") << QStringLiteral("seconds") << QByteArray("90") << qint64(90);
    QTest::newRow("iso") << QStringLiteral("iso") << QByteArray("2027-01-15T08:00:30Z") << qint64(30);
}

void RateLimitTest::resetKinds()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, value);
    QFETCH(qint64, secondsFromNow);
    const QDateTime now = kind == QStringLiteral("iso") ? QDateTime(QDate(2027, 1, 15), QTime(8, 0), Qt::UTC)
                                                        : QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    const QJsonObject spec {{QStringLiteral("remaining"), QStringLiteral("RL-Left")},
                            {QStringLiteral("reset"), QStringLiteral("RL-Reset")},
                            {QStringLiteral("resetKind"), kind}};
    const RateLimit rate = RateLimit::fromHeaders({{"RL-Left", "0"}, {"RL-Reset", value}}, spec, now);
    QCOMPARE(rate.waitSeconds(now), secondsFromNow);
}

void RateLimitTest::nothingKnown()
{
    const RateLimit rate = RateLimit::fromHeaders({{"Content-Type", "application/json"}});
    QVERIFY(!rate.known());
    QVERIFY(rate.text().isEmpty());
}

QTEST_GUILESS_MAIN(RateLimitTest)
#include "RateLimitTest.moc"
