// Page rules: how the next page is asked for, per style, from a page's request and answer —
// without a network (PaginatorTest runs them against the local paging server).
#include "http/PageRule.h"

#include "http/Response.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class PageRuleTest : public QObject
{
    Q_OBJECT

private slots:
    void next_data();
    void next();
    void autoDetect_data();
    void autoDetect();
    void firstRequest_addsThePageSizeOnce();
    void cursorInBody();
    void queryParameters();
    void providerFilesRoundTrip();
};

namespace {

Response answer(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
{
    Response response;
    response.outcome = Response::Outcome::Received;
    response.status = 200;
    response.finalUrl = QUrl(QStringLiteral("https://api.example.com/items?page=1"));
    for (const auto& header : headers) {
        response.headers.append(header.first, header.second);
    }
    response.body = body;
    return response;
}

QJsonValue root(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(QJsonValue::Undefined);
}

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

void PageRuleTest::next_data()
{
    QTest::addColumn<QByteArray>("rule");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("next"); // empty: no next page
    QTest::addColumn<int>("totalPages");
    QTest::addColumn<qint64>("totalItems");

    const QByteArray link = R"({"style":"link","sizeParam":"per_page","size":100})";
    QTest::newRow("link: next and last")
        << link << QStringLiteral("/user/repos?per_page=100")
        << Headers {{"Link",
                     R"(<https://api.example.com/user/repos?per_page=100&page=2>; rel="next", )"
                     R"(<https://api.example.com/user/repos?per_page=100&page=3>; rel="last")"}}
        << QByteArray("[]") << 100 << QStringLiteral("https://api.example.com/user/repos?per_page=100&page=2") << 3
        << qint64(-1);
    QTest::newRow("link: last page has none")
        << link << QStringLiteral("https://api.example.com/user/repos?per_page=100&page=3")
        << Headers {{"Link", R"(<https://api.example.com/user/repos?page=2>; rel="prev")"}} << QByteArray("[]") << 50
        << QString() << -1 << qint64(-1);
    QTest::newRow("link: no header") << link << QStringLiteral("/x") << Headers {} << QByteArray("[]") << 3 << QString()
                                     << -1 << qint64(-1);
    QTest::newRow("link: next URL in the body")
        << QByteArray(R"({"style":"link","nextUrlPath":"links.next"})") << QStringLiteral("/v2/time_entries")
        << Headers {} << QByteArray(R"({"links":{"next":"https://api.example.com/v2/time_entries?page=2"}})") << 100
        << QStringLiteral("https://api.example.com/v2/time_entries?page=2") << -1 << qint64(-1);
    QTest::newRow("link: next URL null in the body")
        << QByteArray(R"({"style":"link","nextUrlPath":"links.next"})") << QStringLiteral("/v2/time_entries")
        << Headers {} << QByteArray(R"({"links":{"next":null}})") << 100 << QString() << -1 << qint64(-1);

    const QByteArray gitlab = R"({"style":"page","pageParam":"page","sizeParam":"per_page","size":100,)"
                              R"("nextPageHeader":"X-Next-Page","totalPagesHeader":"X-Total-Pages",)"
                              R"("totalHeader":"X-Total"})";
    QTest::newRow("page: X-Next-Page") << gitlab << QStringLiteral("/projects?per_page=100&page=2")
                                       << Headers {{"X-Next-Page", "3"}, {"X-Total-Pages", "3"}, {"X-Total", "250"}}
                                       << QByteArray("[]") << 100 << QStringLiteral("/projects?per_page=100&page=3")
                                       << 3 << qint64(250);
    QTest::newRow("page: X-Next-Page empty on the last") << gitlab << QStringLiteral("/projects?per_page=100&page=3")
                                                         << Headers {{"X-Next-Page", ""}, {"X-Total-Pages", "3"}}
                                                         << QByteArray("[]") << 50 << QString() << 3 << qint64(-1);
    QTest::newRow("page: only X-Total-Pages")
        << QByteArray(R"({"style":"page","totalPagesHeader":"X-Total-Pages"})") << QStringLiteral("/p")
        << Headers {{"X-Total-Pages", "2"}} << QByteArray("[]") << 10 << QStringLiteral("/p?page=2") << 2 << qint64(-1);
    QTest::newRow("page: next_page in the body (Harvest)")
        << QByteArray(R"({"style":"page","nextPagePath":"next_page","totalPagesPath":"total_pages"})")
        << QStringLiteral("/v2/time_entries?page=1&per_page=100") << Headers {}
        << QByteArray(R"({"time_entries":[],"next_page":2,"total_pages":3})") << 100
        << QStringLiteral("/v2/time_entries?page=2&per_page=100") << 3 << qint64(-1);
    QTest::newRow("page: next_page null")
        << QByteArray(R"({"style":"page","nextPagePath":"next_page"})") << QStringLiteral("/t?page=3") << Headers {}
        << QByteArray(R"({"next_page":null})") << 50 << QString() << -1 << qint64(-1);
    QTest::newRow("page: next page as a URL (DigitalOcean)")
        << QByteArray(R"({"style":"page","nextPagePath":"links.pages.next"})") << QStringLiteral("/v2/droplets")
        << Headers {} << QByteArray(R"({"links":{"pages":{"next":"https://api.example.com/v2/droplets?page=2"}}})")
        << 20 << QStringLiteral("https://api.example.com/v2/droplets?page=2") << -1 << qint64(-1);
    QTest::newRow("page: no hints, full page")
        << QByteArray(R"({"style":"page","sizeParam":"per_page","size":50})") << QStringLiteral("/zones?per_page=50")
        << Headers {} << QByteArray("[]") << 50 << QStringLiteral("/zones?per_page=50&page=2") << -1 << qint64(-1);
    QTest::newRow("page: no hints, short page") << QByteArray(R"({"style":"page","sizeParam":"per_page","size":50})")
                                                << QStringLiteral("/zones?per_page=50&page=4") << Headers {}
                                                << QByteArray("[]") << 7 << QString() << -1 << qint64(-1);

    const QByteArray notion = R"({"style":"cursor","cursorParam":"start_cursor","nextCursorPath":"next_cursor",)"
                              R"("hasMorePath":"has_more","sizeParam":"page_size","size":100})";
    QTest::newRow("cursor: next") << notion << QStringLiteral("/v1/users?page_size=100") << Headers {}
                                  << QByteArray(R"({"results":[],"next_cursor":"a+b/c=","has_more":true})") << 100
                                  << QStringLiteral("/v1/users?page_size=100&start_cursor=a%2Bb%2Fc%3D") << -1
                                  << qint64(-1);
    QTest::newRow("cursor: replaced, not added")
        << notion << QStringLiteral("/v1/users?start_cursor=old&page_size=100") << Headers {}
        << QByteArray(R"({"next_cursor":"new","has_more":true})") << 100
        << QStringLiteral("/v1/users?start_cursor=new&page_size=100") << -1 << qint64(-1);
    QTest::newRow("cursor: has_more false")
        << notion << QStringLiteral("/v1/users") << Headers {} << QByteArray(R"({"next_cursor":"x","has_more":false})")
        << 3 << QString() << -1 << qint64(-1);
    QTest::newRow("cursor: null") << notion << QStringLiteral("/v1/users") << Headers {}
                                  << QByteArray(R"({"next_cursor":null,"has_more":false})") << 3 << QString() << -1
                                  << qint64(-1);
    QTest::newRow("cursor: nested path, empty string ends (Slack)")
        << QByteArray(R"({"style":"cursor","cursorParam":"cursor","nextCursorPath":"response_metadata.next_cursor"})")
        << QStringLiteral("/api/conversations.list") << Headers {}
        << QByteArray(R"({"channels":[],"response_metadata":{"next_cursor":""}})") << 10 << QString() << -1
        << qint64(-1);

    const QByteArray contentful = R"({"style":"offset","offsetParam":"skip","limitParam":"limit","size":100,)"
                                  R"("totalPath":"total"})";
    QTest::newRow("offset: moves by the items received")
        << contentful << QStringLiteral("/spaces?limit=100") << Headers {}
        << QByteArray(R"({"items":[],"total":250,"skip":0,"limit":100})") << 100
        << QStringLiteral("/spaces?limit=100&skip=100") << 3 << qint64(250);
    QTest::newRow("offset: total reached")
        << contentful << QStringLiteral("/spaces?limit=100&skip=200") << Headers {}
        << QByteArray(R"({"items":[],"total":250})") << 50 << QString() << 3 << qint64(250);
    QTest::newRow("offset: no total, short page ends")
        << QByteArray(R"({"style":"offset","offsetParam":"offset","limitParam":"limit"})")
        << QStringLiteral("/x?limit=30&offset=60") << Headers {} << QByteArray("{}") << 12 << QString() << -1
        << qint64(-1);
    QTest::newRow("offset: empty page ends")
        << contentful << QStringLiteral("/spaces?skip=300") << Headers {} << QByteArray(R"({"items":[],"total":900})")
        << 0 << QString() << 9 << qint64(900);
    QTest::newRow("auto: nothing to follow") << QByteArray(R"({"style":"none"})") << QStringLiteral("/x") << Headers {}
                                             << QByteArray("[]") << 5 << QString() << -1 << qint64(-1);
}

void PageRuleTest::next()
{
    QFETCH(QByteArray, rule);
    QFETCH(QString, sent);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, items);
    QFETCH(QString, next);
    QFETCH(int, totalPages);
    QFETCH(qint64, totalItems);

    const PageRule pages = PageRule::fromJson(QJsonDocument::fromJson(rule).object());
    RequestSpec spec;
    spec.url = sent;
    const Response response = answer(headers, body);
    const PageRule::Next result = pages.next(spec, response, pages.readFacts(root(body), items));
    QCOMPARE(result.more, !next.isEmpty());
    if (result.more) {
        QCOMPARE(result.request.url, next);
        QCOMPARE(result.request.method, spec.method);
    }
    QCOMPARE(result.totalPages, totalPages);
    QCOMPARE(result.totalItems, totalItems);
}

void PageRuleTest::autoDetect_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("next");

    QTest::newRow("Link header") << Headers {{"Link", R"(<https://api.example.com/items?page=2>; rel="next")"}}
                                 << QByteArray("[]") << QStringLiteral("link")
                                 << QStringLiteral("https://api.example.com/items?page=2");
    QTest::newRow("X-Next-Page") << Headers {{"X-Next-Page", "2"}, {"X-Total-Pages", "9"}} << QByteArray("[]")
                                 << QStringLiteral("page") << QStringLiteral("/items?page=2");
    QTest::newRow("next_cursor") << Headers {} << QByteArray(R"({"results":[],"next_cursor":"c2","has_more":true})")
                                 << QStringLiteral("cursor") << QStringLiteral("/items?cursor=c2");
    QTest::newRow("links.next") << Headers {}
                                << QByteArray(R"({"data":[],"links":{"next":"https://api.example.com/items?p=2"}})")
                                << QStringLiteral("link") << QStringLiteral("https://api.example.com/items?p=2");
    QTest::newRow("total and skip") << Headers {} << QByteArray(R"({"items":[],"total":250,"skip":0,"limit":30})")
                                    << QStringLiteral("offset") << QStringLiteral("/items?skip=30");
    QTest::newRow("a plain list") << Headers {} << QByteArray("[]") << QStringLiteral("auto") << QString();
}

void PageRuleTest::autoDetect()
{
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, style);
    QFETCH(QString, next);
    const Response response = answer(headers, body);
    const PageRule rule = PageRule().resolved(response, root(body));
    QCOMPARE(PageRule::styleName(rule.style), style);
    RequestSpec spec;
    spec.url = QStringLiteral("/items");
    const PageRule::Next result = rule.next(spec, response, rule.readFacts(root(body), 30));
    QCOMPARE(result.more ? result.request.url : QString(), next);
}

void PageRuleTest::firstRequest_addsThePageSizeOnce()
{
    const PageRule rule = PageRule::fromJson(QJsonDocument::fromJson(R"({"style":"link","sizeParam":"per_page",)"
                                                                     R"("size":100})")
                                                 .object());
    RequestSpec spec;
    spec.url = QStringLiteral("/user/repos?sort=updated");
    QCOMPARE(rule.firstRequest(spec).url, QStringLiteral("/user/repos?sort=updated&per_page=100"));
    spec.url = QStringLiteral("/user/repos?per_page=5");
    QCOMPARE(rule.firstRequest(spec).url, QStringLiteral("/user/repos?per_page=5"));
    spec.url = QStringLiteral("/user/repos");
    QCOMPARE(rule.firstRequest(spec).url, QStringLiteral("/user/repos?per_page=100"));
    QCOMPARE(PageRule().firstRequest(spec).url, QStringLiteral("/user/repos")); // auto: left alone
}

void PageRuleTest::cursorInBody()
{
    const PageRule rule = PageRule::fromJson(QJsonDocument::fromJson(R"({"style":"cursor","cursorParam":)"
                                                                     R"("start_cursor","nextCursorPath":"next_cursor",)"
                                                                     R"("hasMorePath":"has_more","cursorIn":"body",)"
                                                                     R"("sizeParam":"page_size","size":100})")
                                                 .object());
    RequestSpec spec;
    spec.method = QStringLiteral("POST");
    spec.url = QStringLiteral("/v1/search");
    spec.body = QStringLiteral(R"({"query":"notes"})");
    spec.bodyType = QStringLiteral("json");
    const RequestSpec first = rule.firstRequest(spec);
    QCOMPARE(QJsonDocument::fromJson(first.body.toUtf8()).object().value(QStringLiteral("page_size")).toInt(), 100);
    const QByteArray body = R"({"results":[{"id":1}],"next_cursor":"abc","has_more":true})";
    const PageRule::Next next = rule.next(first, answer({}, body), rule.readFacts(root(body), 1));
    QVERIFY(next.more);
    QCOMPARE(next.request.url, QStringLiteral("/v1/search"));
    const QJsonObject sentBody = QJsonDocument::fromJson(next.request.body.toUtf8()).object();
    QCOMPARE(sentBody.value(QStringLiteral("start_cursor")).toString(), QStringLiteral("abc"));
    QCOMPARE(sentBody.value(QStringLiteral("query")).toString(), QStringLiteral("notes"));
}

void PageRuleTest::queryParameters()
{
    QCOMPARE(
        PageRule::withQueryParameter(QStringLiteral("/a?x=1&page=2#top"), QStringLiteral("page"), QStringLiteral("3")),
        QStringLiteral("/a?x=1&page=3#top"));
    QCOMPARE(
        PageRule::withQueryParameter(QStringLiteral("/a?page=1&page=2"), QStringLiteral("page"), QStringLiteral("3")),
        QStringLiteral("/a?page=3"));
    QCOMPARE(PageRule::withQueryParameter(QStringLiteral("/a"), QStringLiteral("page[after]"), QStringLiteral("x y")),
             QStringLiteral("/a?page[after]=x%20y"));
    QCOMPARE(PageRule::queryParameter(QStringLiteral("/a?q=a%2Bb&page=2"), QStringLiteral("q")), QStringLiteral("a+b"));
    QCOMPARE(PageRule::queryParameter(QStringLiteral("/a?q=1"), QStringLiteral("page")), QString());
    QVERIFY(PageRule::queryParameter(QStringLiteral("/a?q=1"), QStringLiteral("page")).isNull());
}

void PageRuleTest::providerFilesRoundTrip()
{
    const QByteArray json = R"({"style":"cursor","cursorParam":"page[after]","nextCursorPath":"meta.after_cursor",)"
                            R"("hasMorePath":"meta.has_more","sizeParam":"page[size]","size":100,"cursorIn":"query"})";
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    QCOMPARE(PageRule::fromJson(object).toJson(), object);
    QCOMPARE(PageRule::fromJson(QJsonObject {{QStringLiteral("style"), QStringLiteral("none")}}).style,
             PageRule::Style::Auto);
    QVERIFY(!PageRule::styleFromName(QStringLiteral("pages")).has_value());
    for (const PageRule::Style style : {PageRule::Style::Auto, PageRule::Style::Link, PageRule::Style::Page,
                                        PageRule::Style::Cursor, PageRule::Style::Offset}) {
        QCOMPARE(PageRule::styleFromName(PageRule::styleName(style)), style);
        QVERIFY(!PageRule::styleLabel(style).isEmpty());
    }
}

QTEST_GUILESS_MAIN(PageRuleTest)
#include "PageRuleTest.moc"
