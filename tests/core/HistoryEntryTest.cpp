// What a history line keeps of a request: everything but secrets.
#include "presets/HistoryEntry.h"

#include "http/SendResult.h"

#include <QJsonDocument>
#include <QTest>

class HistoryEntryTest : public QObject
{
    Q_OBJECT

private slots:
    void redacted_headers_data();
    void redacted_headers();
    void redacted_query_data();
    void redacted_query();
    void fromResult_answered();
    void fromResult_refused_keepsTheReason();
    void json_holdsNoSecret();
};

void HistoryEntryTest::redacted_headers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("masked");
    QTest::newRow("authorization") << QStringLiteral("Authorization") << QStringLiteral("Bearer abc") << true;
    QTest::newRow("lower case") << QStringLiteral("authorization") << QStringLiteral("token abc") << true;
    QTest::newRow("gitlab") << QStringLiteral("PRIVATE-TOKEN") << QStringLiteral("glpat-x") << true;
    QTest::newRow("figma") << QStringLiteral("X-Figma-Token") << QStringLiteral("figd_x") << true;
    QTest::newRow("api key") << QStringLiteral("X-API-Key") << QStringLiteral("k") << true;
    QTest::newRow("cookie") << QStringLiteral("Cookie") << QStringLiteral("session=1") << true;
    QTest::newRow("secret") << QStringLiteral("X-Client-Secret") << QStringLiteral("s") << true;
    QTest::newRow("variable stays") << QStringLiteral("Authorization") << QStringLiteral("{{token}}") << false;
    QTest::newRow("accept") << QStringLiteral("Accept") << QStringLiteral("application/json") << false;
    QTest::newRow("account id") << QStringLiteral("Harvest-Account-Id") << QStringLiteral("123") << false;
}

void HistoryEntryTest::redacted_headers()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, masked);
    RequestSpec spec;
    spec.headers = {{name, value}};
    const RequestSpec safe = HistoryEntry::redacted(spec);
    QCOMPARE(safe.headers.first().first, name);
    QCOMPARE(safe.headers.first().second, masked ? PreparedRequest::mask() : value);
}

void HistoryEntryTest::redacted_query_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    const QString m = PreparedRequest::mask();
    QTest::newRow("none") << QStringLiteral("https://a.io/x") << QStringLiteral("https://a.io/x");
    QTest::newRow("plain") << QStringLiteral("https://a.io/x?page=2&q=a")
                           << QStringLiteral("https://a.io/x?page=2&q=a");
    QTest::newRow("token") << QStringLiteral("https://a.io/x?token=abc&page=2")
                           << QStringLiteral("https://a.io/x?token=%1&page=2").arg(m);
    QTest::newRow("trello") << QStringLiteral("https://api.trello.com/1/members/me?key=K&token=T")
                            << QStringLiteral("https://api.trello.com/1/members/me?key=%1&token=%1").arg(m);
    QTest::newRow("access_token") << QStringLiteral("/x?access_token=zzz#frag")
                                  << QStringLiteral("/x?access_token=%1#frag").arg(m);
    QTest::newRow("api_key encoded") << QStringLiteral("/x?api%5Fkey=zzz") << QStringLiteral("/x?api%5Fkey=%1").arg(m);
    QTest::newRow("variable stays") << QStringLiteral("/x?token={{token}}") << QStringLiteral("/x?token={{token}}");
}

void HistoryEntryTest::redacted_query()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    RequestSpec spec;
    spec.url = url;
    QCOMPARE(HistoryEntry::redacted(spec).url, expected);
}

void HistoryEntryTest::fromResult_answered()
{
    SendResult result;
    result.shownUrl = QUrl(QStringLiteral("https://api.github.com/user/repos"));
    result.response.outcome = Response::Outcome::Received;
    result.response.status = 404;
    result.response.reason = QStringLiteral("Not Found");
    result.response.timings.totalMs = 212;
    result.response.bodySize = 41000;
    RequestSpec composed;
    composed.method = QStringLiteral("get");
    composed.url = QStringLiteral("/user/repos");
    composed.tokenId = QStringLiteral("t-1");
    const HistoryEntry entry = HistoryEntry::fromResult(result, composed, QStringLiteral("p-1"));
    QVERIFY(!entry.id.isEmpty());
    QVERIFY(entry.when.isValid());
    QCOMPARE(entry.method, QStringLiteral("GET"));
    QCOMPARE(entry.url, QStringLiteral("https://api.github.com/user/repos"));
    QCOMPARE(entry.status, 404);
    QVERIFY(entry.outcome.startsWith(QStringLiteral("404")));
    QCOMPARE(entry.durationMs, 212);
    QCOMPARE(entry.size, 41000);
    QCOMPARE(entry.tokenId, QStringLiteral("t-1"));
    QCOMPARE(entry.presetId, QStringLiteral("p-1"));
    QCOMPARE(entry.request.url, QStringLiteral("/user/repos"));
}

void HistoryEntryTest::fromResult_refused_keepsTheReason()
{
    SendResult result;
    result.stage = SendResult::Stage::Refused;
    result.message = QStringLiteral("This token belongs to api.github.com, not evil.example.");
    RequestSpec composed;
    composed.url = QStringLiteral("https://evil.example/?token=abc");
    const HistoryEntry entry = HistoryEntry::fromResult(result, composed);
    QCOMPARE(entry.status, 0);
    QCOMPARE(entry.outcome, result.message);
    QVERIFY(!entry.url.contains(QStringLiteral("abc")));
}

void HistoryEntryTest::json_holdsNoSecret()
{
    RequestSpec composed;
    composed.url = QStringLiteral("https://a.io/x?api_key=SECRETVALUE123");
    composed.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer SECRETVALUE123")}};
    composed.formFields = {{QStringLiteral("password"), QStringLiteral("SECRETVALUE123")}};
    SendResult result;
    result.shownUrl = QUrl(composed.url);
    const HistoryEntry entry = HistoryEntry::fromResult(result, composed);
    const QByteArray json = QJsonDocument(entry.toJson()).toJson();
    QVERIFY2(!json.contains("SECRETVALUE123"), json.constData());
    const HistoryEntry back = HistoryEntry::fromJson(entry.toJson());
    QCOMPARE(back.id, entry.id);
    QCOMPARE(back.url, entry.url);
    QCOMPARE(back.request.headers, entry.request.headers);
}

QTEST_GUILESS_MAIN(HistoryEntryTest)
#include "HistoryEntryTest.moc"
