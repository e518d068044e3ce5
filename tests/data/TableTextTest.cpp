#include "data/TableText.h"

#include <QDateTime>
#include <QTest>

class TableTextTest : public QObject
{
    Q_OBJECT

private slots:
    void isoDateTime_data();
    void isoDateTime();
    void classify_data();
    void classify();
    void naturalCompare_data();
    void naturalCompare();
    void integerText_data();
    void integerText();
    void containsAsciiLower();
};

void TableTextTest::isoDateTime_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<bool>("dateOnly");

    const auto at = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    };
    QTest::newRow("Z") << QByteArray("2024-05-01T10:20:30Z") << true << at(2024, 5, 1, 10, 20, 30) << false;
    QTest::newRow("fraction") << QByteArray("2024-05-01T10:20:30.123456Z") << true << at(2024, 5, 1, 10, 20, 30, 123)
                              << false;
    QTest::newRow("offset") << QByteArray("2024-05-01T10:20:30+02:00") << true << at(2024, 5, 1, 8, 20, 30) << false;
    QTest::newRow("offset no colon") << QByteArray("2024-05-01T10:20:30-0530") << true << at(2024, 5, 1, 15, 50, 30)
                                     << false;
    QTest::newRow("offset hours") << QByteArray("2024-05-01T00:00+01") << true << at(2024, 4, 30, 23) << false;
    QTest::newRow("space, no seconds") << QByteArray("2024-05-01 10:20") << true << at(2024, 5, 1, 10, 20) << false;
    QTest::newRow("date") << QByteArray("2024-02-29") << true << at(2024, 2, 29) << true;
    QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59Z") << true << at(1969, 12, 31, 23, 59, 59) << false;
    QTest::newRow("not a leap year") << QByteArray("2023-02-29") << false << QDateTime() << false;
    QTest::newRow("month 13") << QByteArray("2024-13-01") << false << QDateTime() << false;
    QTest::newRow("hour 25") << QByteArray("2024-01-01T25:00:00Z") << false << QDateTime() << false;
    QTest::newRow("junk after") << QByteArray("2024-01-01T10:00:00Zx") << false << QDateTime() << false;
    QTest::newRow("time only") << QByteArray("10:00:00") << false << QDateTime() << false;
    QTest::newRow("slashes") << QByteArray("2024/01/01") << false << QDateTime() << false;
    QTest::newRow("short") << QByteArray("2024-1-1") << false << QDateTime() << false;
}

void TableTextTest::isoDateTime()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(QDateTime, utc);
    QFETCH(bool, dateOnly);
    qint64 ms = 0;
    bool isDate = false;
    QCOMPARE(TableText::parseIsoDateTime(text, &ms, &isDate), valid);
    if (valid) {
        QCOMPARE(ms, utc.toMSecsSinceEpoch());
        QCOMPARE(isDate, dateOnly);
    }
}

void TableTextTest::classify_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("shape");
    QTest::newRow("plain") << QByteArray("hello") << int(TableText::StringShape::Plain);
    QTest::newRow("date") << QByteArray("2024-01-01") << int(TableText::StringShape::Date);
    QTest::newRow("date-time") << QByteArray("2024-01-01T00:00:00Z") << int(TableText::StringShape::DateTime);
    QTest::newRow("https") << QByteArray("https://example.com/x?y=1") << int(TableText::StringShape::Url);
    QTest::newRow("HTTP upper case") << QByteArray("HTTP://EXAMPLE.COM") << int(TableText::StringShape::Url);
    QTest::newRow("scheme only") << QByteArray("https://") << int(TableText::StringShape::Plain);
    QTest::newRow("with a space") << QByteArray("https://a b") << int(TableText::StringShape::Plain);
    QTest::newRow("ftp") << QByteArray("ftp://example.com") << int(TableText::StringShape::Plain);
    QTest::newRow("httpx") << QByteArray("httpx://example.com") << int(TableText::StringShape::Plain);
}

void TableTextTest::classify()
{
    QFETCH(QByteArray, text);
    QFETCH(int, shape);
    QCOMPARE(int(TableText::classify(text)), shape);
}

void TableTextTest::naturalCompare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("digits by value") << QStringLiteral("file2") << QStringLiteral("file10") << -1;
    QTest::newRow("case ignored") << QStringLiteral("ABC") << QStringLiteral("abc") << 0;
    QTest::newRow("prefix first") << QStringLiteral("ab") << QStringLiteral("abc") << -1;
    QTest::newRow("leading zeros: value first") << QStringLiteral("a007") << QStringLiteral("a8") << -1;
    QTest::newRow("same value, fewer zeros first") << QStringLiteral("a7") << QStringLiteral("a007") << -1;
    QTest::newRow("long numbers") << QStringLiteral("v12345678901234567890") << QStringLiteral("v9") << 1;
    QTest::newRow("versions") << QStringLiteral("1.10.0") << QStringLiteral("1.9.2") << 1;
    QTest::newRow("empty") << QString() << QStringLiteral("a") << -1;
}

void TableTextTest::naturalCompare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const auto signOf = [](int c) { return c < 0 ? -1 : (c > 0 ? 1 : 0); };
    QCOMPARE(signOf(TableText::naturalCompareAscii(a.toLatin1(), b.toLatin1())), sign);
    QCOMPARE(signOf(TableText::naturalCompareAscii(b.toLatin1(), a.toLatin1())), -sign);
    QCOMPARE(signOf(TableText::naturalCompare(a.toCaseFolded(), b.toCaseFolded())), sign);
}

void TableTextTest::integerText_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("equal") << QByteArray("12345678901234567890") << QByteArray("12345678901234567890") << 0;
    QTest::newRow("last digit") << QByteArray("12345678901234567890") << QByteArray("12345678901234567891") << -1;
    QTest::newRow("length") << QByteArray("999") << QByteArray("1000") << -1;
    QTest::newRow("negatives") << QByteArray("-1000") << QByteArray("-999") << -1;
    QTest::newRow("sign") << QByteArray("-1") << QByteArray("0") << -1;
    QTest::newRow("minus zero") << QByteArray("-0") << QByteArray("0") << 0;
}

void TableTextTest::integerText()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(int, sign);
    QCOMPARE(TableText::compareIntegerText(a, b), sign);
    QCOMPARE(TableText::compareIntegerText(b, a), -sign);
}

void TableTextTest::containsAsciiLower()
{
    QVERIFY(TableText::containsAsciiLower("Hello World", "o w"));
    QVERIFY(TableText::containsAsciiLower("HELLO", "hello"));
    QVERIFY(TableText::containsAsciiLower("abc", ""));
    QVERIFY(!TableText::containsAsciiLower("ab", "abc"));
    QVERIFY(!TableText::containsAsciiLower("Zoë", "zoe"));
    QVERIFY(TableText::containsAsciiLower("aaab", "aab"));
    QVERIFY(TableText::isAscii("plain text 123"));
    QVERIFY(!TableText::isAscii("plain text with é"));
}

QTEST_GUILESS_MAIN(TableTextTest)
#include "TableTextTest.moc"
