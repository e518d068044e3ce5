// The provider file validator catches what would break the app or leak a token.
#include "providers/ProviderValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
QJsonObject good();
} // namespace

class ProviderValidatorTest : public QObject
{
    Q_OBJECT

private slots:
    void goodFile_hasNoProblems();
    void problems_data();
    void problems();
};

void ProviderValidatorTest::goodFile_hasNoProblems()
{
    QCOMPARE(ProviderValidator::validate(good(), QStringLiteral("acme")), QStringList());
}

void ProviderValidatorTest::problems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("wrong schema") << QStringLiteral("schema") << QJsonValue(2) << QStringLiteral("\"schema\"");
    QTest::newRow("id is not the file name")
        << QStringLiteral("id") << QJsonValue(QStringLiteral("other")) << QStringLiteral("file name");
    QTest::newRow("upper-case id") << QStringLiteral("id") << QJsonValue(QStringLiteral("Acme"))
                                   << QStringLiteral("lower-case");
    QTest::newRow("no help") << QStringLiteral("help") << QJsonValue(QString()) << QStringLiteral("\"help\"");
    QTest::newRow("plain http base") << QStringLiteral("baseUrl")
                                     << QJsonValue(QStringLiteral("http://api.acme.example"))
                                     << QStringLiteral("https://");
    QTest::newRow("two targets") << QStringLiteral("regions")
                                 << QJsonValue(QJsonArray {QJsonObject {
                                        {QStringLiteral("id"), QStringLiteral("eu")},
                                        {QStringLiteral("baseUrl"), QStringLiteral("https://eu.acme.example")}}})
                                 << QStringLiteral("exactly one");
    QTest::newRow("unknown scheme") << QStringLiteral("auth")
                                    << QJsonValue(QJsonObject {{QStringLiteral("scheme"), QStringLiteral("magic")}})
                                    << QStringLiteral("auth.scheme");
    QTest::newRow("header scheme without a header")
        << QStringLiteral("auth") << QJsonValue(QJsonObject {{QStringLiteral("scheme"), QStringLiteral("header")}})
        << QStringLiteral("auth.header");
    QTest::newRow("secret in a plain header")
        << QStringLiteral("headers")
        << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("X-Key")},
                                               {QStringLiteral("value"), QStringLiteral("{token}")}}})
        << QStringLiteral("only appear in \"auth\"");
    QTest::newRow("unknown placeholder") << QStringLiteral("headers")
                                         << QJsonValue(QJsonArray {
                                                QJsonObject {{QStringLiteral("name"), QStringLiteral("X-Account")},
                                                             {QStringLiteral("value"), QStringLiteral("{account}")}}})
                                         << QStringLiteral("{account}");
    QTest::newRow("bad regex") << QStringLiteral("recognize")
                               << QJsonValue(QJsonObject {{QStringLiteral("pattern"), QStringLiteral("^(unclosed")}})
                               << QStringLiteral("regular expression");
    QTest::newRow("unknown pagination") << QStringLiteral("pagination")
                                        << QJsonValue(QJsonObject {{QStringLiteral("style"), QStringLiteral("magic")}})
                                        << QStringLiteral("pagination.style");
    QTest::newRow("writing recipe") << QStringLiteral("recipes")
                                    << QJsonValue(QJsonArray {
                                           QJsonObject {{QStringLiteral("id"), QStringLiteral("nuke")},
                                                        {QStringLiteral("name"), QStringLiteral("Delete all")},
                                                        {QStringLiteral("method"), QStringLiteral("DELETE")},
                                                        {QStringLiteral("path"), QStringLiteral("/things")}}})
                                    << QStringLiteral("not a read-only request");
    QTest::newRow("duplicate recipe ids")
        << QStringLiteral("recipes")
        << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                                               {QStringLiteral("name"), QStringLiteral("A")},
                                               {QStringLiteral("path"), QStringLiteral("/a")}},
                                  QJsonObject {{QStringLiteral("id"), QStringLiteral("a")},
                                               {QStringLiteral("name"), QStringLiteral("B")},
                                               {QStringLiteral("path"), QStringLiteral("/b")}}})
        << QStringLiteral("used twice");
    QTest::newRow("no whoami") << QStringLiteral("whoami") << QJsonValue(QJsonObject()) << QStringLiteral("\"whoami\"");
    QTest::newRow("bad error status") << QStringLiteral("errors")
                                      << QJsonValue(QJsonObject {{QStringLiteral("200"), QStringLiteral("fine")}})
                                      << QStringLiteral("not an HTTP error status");
}

void ProviderValidatorTest::problems()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, mentions);
    QJsonObject object = good();
    object.insert(key, value);
    const QStringList problems = ProviderValidator::validate(object, QStringLiteral("acme"));
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.join(QLatin1Char('\n')).contains(mentions), qPrintable(problems.join(QLatin1Char('\n'))));
}

namespace {

// A valid provider file the rows below break one key at a time.
QJsonObject good()
{
    return QJsonDocument::fromJson(R"({"schema": 1, "id": "acme", "name": "Acme", "help": "Read-only is enough.",
        "tokenPage": "https://acme.example/tokens", "baseUrl": "https://api.acme.example",
        "auth": {"scheme": "bearer"}, "whoami": {"path": "/me", "account": "name"},
        "headers": [{"name": "X-Version", "value": "2"}],
        "recipes": [{"id": "things", "name": "My things", "method": "GET", "path": "/things"}]})")
        .object();
}

} // namespace

QTEST_GUILESS_MAIN(ProviderValidatorTest)
#include "ProviderValidatorTest.moc"
