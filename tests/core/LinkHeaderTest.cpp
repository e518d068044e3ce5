// The Link header (RFC 8288) as services send it for pages.
#include "http/LinkHeader.h"

#include <QTest>

class LinkHeaderTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void LinkHeaderTest::parse_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("rel");
    QTest::addColumn<QString>("expected");

    const QByteArray github = R"(<https://api.github.com/user/repos?page=2&per_page=100>; rel="next", )"
                              R"(<https://api.github.com/user/repos?page=3&per_page=100>; rel="last")";
    QTest::newRow("github next") << github << QStringLiteral("next")
                                 << QStringLiteral("https://api.github.com/user/repos?page=2&per_page=100");
    QTest::newRow("github last") << github << QStringLiteral("last")
                                 << QStringLiteral("https://api.github.com/user/repos?page=3&per_page=100");
    QTest::newRow("no such rel") << github << QStringLiteral("prev") << QString();
    QTest::newRow("rel is case-insensitive") << QByteArray(R"(<https://a.example/x?page=2>; REL="Next")")
                                             << QStringLiteral("next") << QStringLiteral("https://a.example/x?page=2");
    QTest::newRow("unquoted rel, spaces") << QByteArray("<https://a.example/?p=2> ;  rel=next")
                                          << QStringLiteral("next") << QStringLiteral("https://a.example/?p=2");
    QTest::newRow("several relations in one") << QByteArray(R"(<https://a.example/2>; rel="next last")")
                                              << QStringLiteral("last") << QStringLiteral("https://a.example/2");
    QTest::newRow("comma inside the URL")
        << QByteArray(R"(<https://a.example/x?ids=1,2,3&page=2>; rel="next", <https://a.example/x>; rel="first")")
        << QStringLiteral("next") << QStringLiteral("https://a.example/x?ids=1,2,3&page=2");
    QTest::newRow("other parameters first") << QByteArray(R"(<https://a.example/2>; title="Page 2"; rel="next")")
                                            << QStringLiteral("next") << QStringLiteral("https://a.example/2");
    QTest::newRow("relative target resolved")
        << QByteArray(R"(</api/items?page=2>; rel="next")") << QStringLiteral("next")
        << QStringLiteral("https://b.example/api/items?page=2");
    QTest::newRow("mastodon max_id") << QByteArray(R"(<https://m.example/api/v1/bookmarks?max_id=7>; rel="next", )"
                                                   R"(<https://m.example/api/v1/bookmarks?min_id=9>; rel="prev")")
                                     << QStringLiteral("next")
                                     << QStringLiteral("https://m.example/api/v1/bookmarks?max_id=7");
    QTest::newRow("first of a relation wins")
        << QByteArray(R"(<https://a.example/1>; rel="next", <https://a.example/2>; rel="next")")
        << QStringLiteral("next") << QStringLiteral("https://a.example/1");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("next") << QString();
    QTest::newRow("garbage") << QByteArray("rel=next, <broken") << QStringLiteral("next") << QString();
}

void LinkHeaderTest::parse()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, rel);
    QFETCH(QString, expected);
    const QUrl target = LinkHeader::target(header, rel, QUrl(QStringLiteral("https://b.example/api/items?page=1")));
    QCOMPARE(target.isValid() ? target.toString() : QString(), expected);
}

QTEST_GUILESS_MAIN(LinkHeaderTest)
#include "LinkHeaderTest.moc"
