#include "data/JsonPath.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class JsonPathTest : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
};

void JsonPathTest::text_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("top") << QStringLiteral("login") << QStringLiteral("octocat");
    QTest::newRow("nested") << QStringLiteral("bot.owner.user.name") << QStringLiteral("Ada");
    QTest::newRow("array index") << QStringLiteral("accounts.1.id") << QStringLiteral("654321");
    QTest::newRow("integer without .0") << QStringLiteral("id") << QStringLiteral("583231");
    QTest::newRow("decimal") << QStringLiteral("score") << QStringLiteral("0.5");
    QTest::newRow("bool") << QStringLiteral("ok") << QStringLiteral("true");
    QTest::newRow("missing") << QStringLiteral("nope.deeper") << QString();
    QTest::newRow("index out of range") << QStringLiteral("accounts.9.id") << QString();
    QTest::newRow("object is not text") << QStringLiteral("bot") << QString();
    QTest::newRow("null") << QStringLiteral("email") << QString();
}

void JsonPathTest::text()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QJsonObject root = QJsonDocument::fromJson(R"({"login": "octocat", "id": 583231, "score": 0.5, "ok": true,
        "email": null, "bot": {"owner": {"user": {"name": "Ada"}}}, "accounts": [{"id": 123456}, {"id": 654321}]})")
                                 .object();
    QCOMPARE(JsonPath::text(root, path), expected);
}

QTEST_GUILESS_MAIN(JsonPathTest)
#include "JsonPathTest.moc"
