#include "vault/TokenInput.h"

#include <QTest>

class TokenInputTest : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
};

void TokenInputTest::normalize_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("notes");
    QTest::addColumn<QString>("errorMentions");

    const QString gh = QStringLiteral("ghp_abcdefghijklmnopqrstuvwxyz0123456789");
    QTest::newRow("clean") << gh << gh.toUtf8() << true << 0 << QString();
    QTest::newRow("trailing newline") << gh + QStringLiteral("\n") << gh.toUtf8() << true << 1 << QString();
    QTest::newRow("spaces around") << QStringLiteral("  ") + gh + QStringLiteral("\t \r\n") << gh.toUtf8() << true << 1
                                   << QString();
    QTest::newRow("zero-width and nbsp") << QStringLiteral("\u200B\u00A0") + gh + QStringLiteral("\uFEFF")
                                         << gh.toUtf8() << true << 1 << QString();
    QTest::newRow("double quotes") << QStringLiteral("\"") + gh + QStringLiteral("\"") << gh.toUtf8() << true << 1
                                   << QString();
    QTest::newRow("bearer prefix") << QStringLiteral("Bearer ") + gh << gh.toUtf8() << true << 1 << QString();
    QTest::newRow("token prefix, lower case")
        << QStringLiteral("token  ") + gh << gh.toUtf8() << true << 1 << QString();
    QTest::newRow("unicode kept") << QStringLiteral("abc\u00e9def") << QStringLiteral("abc\u00e9def").toUtf8() << true
                                  << 0 << QString();
    QTest::newRow("empty") << QString() << QByteArray() << false << 0 << QStringLiteral("empty");
    QTest::newRow("only whitespace") << QStringLiteral(" \n\t ") << QByteArray() << false << 0
                                     << QStringLiteral("empty");
    QTest::newRow("space inside") << QStringLiteral("ghp_abc def") << QByteArray() << false << 0
                                  << QStringLiteral("in the middle");
    QTest::newRow("line break inside") << QStringLiteral("ghp_abc\ndef") << QByteArray() << false << 0
                                       << QStringLiteral("in the middle");
    QTest::newRow("control character") << QStringLiteral("ghp_abc\u0007def") << QByteArray() << false << 0
                                       << QStringLiteral("control");
    QTest::newRow("far too long") << QString(5000, QLatin1Char('a')) << QByteArray() << false << 0
                                  << QStringLiteral("5000");
}

void TokenInputTest::normalize()
{
    QFETCH(QString, pasted);
    QFETCH(QByteArray, secret);
    QFETCH(bool, valid);
    QFETCH(int, notes);
    QFETCH(QString, errorMentions);

    const TokenInput::Result result = TokenInput::normalize(pasted);
    QCOMPARE(result.ok(), valid);
    QCOMPARE(result.secret, secret);
    if (valid) {
        QCOMPARE(result.notes.size(), notes);
    } else {
        QVERIFY2(result.error.contains(errorMentions), qPrintable(result.error));
        QVERIFY(result.secret.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TokenInputTest)
#include "TokenInputTest.moc"
