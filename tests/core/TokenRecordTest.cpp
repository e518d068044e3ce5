#include "vault/TokenRecord.h"

#include <QJsonDocument>
#include <QTest>

class TokenRecordTest : public QObject
{
    Q_OBJECT

private slots:
    void create_givesUuidAndCreationTime();
    void json_roundTripKeepsEveryField();
    void json_hasNoSecretField();
    void expiry_data();
    void expiry();
};

void TokenRecordTest::create_givesUuidAndCreationTime()
{
    const TokenRecord a = TokenRecord::create(QStringLiteral("a"), QString());
    const TokenRecord b = TokenRecord::create(QStringLiteral("b"), QStringLiteral("github"));
    QCOMPARE(a.id.size(), 36);
    QVERIFY(a.id != b.id);
    QCOMPARE(a.providerId, QStringLiteral("custom"));
    QCOMPARE(b.providerId, QStringLiteral("github"));
    QVERIFY(a.createdAt.isValid());
}

void TokenRecordTest::json_roundTripKeepsEveryField()
{
    TokenRecord record = TokenRecord::create(QStringLiteral("Work GitLab"), QStringLiteral("gitlab"));
    record.baseUrl = QStringLiteral("https://gitlab.example.com/api/v4");
    record.hosts = {QStringLiteral("gitlab.example.com"), QStringLiteral("registry.example.com")};
    record.extraHeaders = {{QStringLiteral("X-Team"), QStringLiteral("blue")}};
    record.fields = QJsonObject {{QStringLiteral("email"), QStringLiteral("me@example.com")}};
    record.lastUsedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    record.expiresAt = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    record.account = QStringLiteral("me");
    record.scopes = {QStringLiteral("read_api"), QStringLiteral("read_user")};
    record.lastCheckedAt = QDateTime(QDate(2026, 1, 3), QTime(0, 0), Qt::UTC);
    record.rateLimit = QStringLiteral("99 of 100 left");
    record.writesAllowed = true;
    record.createdAt = record.createdAt.addMSecs(-record.createdAt.time().msec()); // ms precision is kept anyway

    const TokenRecord back = TokenRecord::fromJson(record.toJson());
    QCOMPARE(back, record);
}

void TokenRecordTest::json_hasNoSecretField()
{
    const QByteArray json = QJsonDocument(TokenRecord::create(QStringLiteral("x"), {}).toJson()).toJson();
    QVERIFY(!json.contains("secret"));
    QVERIFY(!json.contains("password"));
    QVERIFY(!json.contains("token\""));
}

void TokenRecordTest::expiry_data()
{
    QTest::addColumn<int>("daysFromNow");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<bool>("soon");
    QTest::newRow("long ago") << -30 << true << false;
    QTest::newRow("yesterday") << -1 << true << false;
    QTest::newRow("in three days") << 3 << false << true;
    QTest::newRow("in a month") << 30 << false << false;
}

void TokenRecordTest::expiry()
{
    QFETCH(int, daysFromNow);
    QFETCH(bool, expired);
    QFETCH(bool, soon);
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    TokenRecord record;
    record.expiresAt = now.addDays(daysFromNow);
    QCOMPARE(record.isExpired(now), expired);
    QCOMPARE(record.expiresSoon(now), soon);
    record.expiresAt = {};
    QVERIFY(!record.isExpired(now));
    QVERIFY(!record.expiresSoon(now));
}

QTEST_GUILESS_MAIN(TokenRecordTest)
#include "TokenRecordTest.moc"
