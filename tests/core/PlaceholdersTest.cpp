#include "providers/Placeholders.h"

#include <QTest>

class PlaceholdersTest : public QObject
{
    Q_OBJECT

private slots:
    void expand_data();
    void expand();
};

void PlaceholdersTest::expand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("host") << QStringLiteral("https://{host}/api/v4")
                          << QStringLiteral("https://gitlab.example.com/api/v4") << QStringList();
    QTest::newRow("two") << QStringLiteral("{email}/token:{token}") << QStringLiteral("ada@example.com/token:T")
                         << QStringList();
    QTest::newRow("missing") << QStringLiteral("{accountId}") << QStringLiteral("{accountId}")
                             << QStringList {QStringLiteral("accountId")};
    QTest::newRow("graphql braces are not placeholders")
        << QStringLiteral("{ viewer { id } }") << QStringLiteral("{ viewer { id } }") << QStringList();
    QTest::newRow("double braces are templates")
        << QStringLiteral("{{host}}") << QStringLiteral("{{host}}") << QStringList();
}

void PlaceholdersTest::expand()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);
    QStringList found;
    const QHash<QString, QString> values {{QStringLiteral("host"), QStringLiteral("gitlab.example.com")},
                                          {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                                          {QStringLiteral("token"), QStringLiteral("T")}};
    QCOMPARE(Placeholders::expand(text, values, &found), expected);
    QCOMPARE(found, missing);
}

QTEST_GUILESS_MAIN(PlaceholdersTest)
#include "PlaceholdersTest.moc"
