// "Load all pages" against the local paging server: every style, the last page, an empty page,
// a repeating next link, 429 mid-way, X-RateLimit-Remaining 0, the page cap, cancel, and a next
// link to another host (refused by host pinning, like any request with the token).
#include "http/Paginator.h"

#include "HttpTestSupport.h"
#include "MemorySecretStore.h"
#include "http/RequestSender.h"
#include "http/SendJob.h"
#include "i18n/Translations.h"
#include "providers/ProviderCatalog.h"
#include "vault/TokenVault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

using namespace HttpTest;

class PaginatorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void github_250RepositoriesOverThreePages();
    void styles_data();
    void styles();
    void autoStyle_data();
    void autoStyle();
    void emptyPage_data();
    void emptyPage();
    void repeatingNextLink_stops_data();
    void repeatingNextLink_stops();
    void tooManyRequests_midway_waitsAndGoesOn_data();
    void tooManyRequests_midway_waitsAndGoesOn();
    void remainingZero_waitsForTheReset();
    void pageCap_stops();
    void cancel_stops();
    void nextLinkToAnotherHost_isRefused();
    void resume_afterTheFirstPage();
    void failingFirstPage_isReported();

private:
    struct Run
    {
        Paginator::Outcome outcome = Paginator::Outcome::Failed;
        QString message;
        QList<int> pageRows;
        qint64 items = 0;
        QStringList ids;
        QStringList waits;
        Paginator::Progress progress;
        qint64 elapsedMs = 0;
    };
    Run load(const PageRule& rule, const QString& url, const QString& tokenId, int cap = 50);
    static void collect(Paginator& pages, Run& run);
    static PageRule rule(PageRule::Style style, int size);

    QTemporaryDir m_dir;
    MemorySecretStore m_store;
    std::unique_ptr<TokenVault> m_vault;
    ProviderCatalog m_catalog;
    RequestRunner m_runner;
    std::unique_ptr<RequestSender> m_sender;
    QString m_github;
    QString m_custom;
    int m_runs = 0;
};

void PaginatorTest::initTestCase()
{
    QVERIFY2(!provider().isEmpty(), "run inside tests/fixtures/test-env.sh");
    m_catalog = ProviderCatalog::load();
    Translations::install(*QCoreApplication::instance());
}

void PaginatorTest::init()
{
    m_vault = std::make_unique<TokenVault>(&m_store,
                                           QDir(m_dir.path()).filePath(QStringLiteral("t-%1.json").arg(++m_runs)));
    m_vault->load();
    m_sender = std::make_unique<RequestSender>(*m_vault, m_catalog, m_runner);
    TokenRecord github = TokenRecord::create(QStringLiteral("Local GitHub"), QStringLiteral("github"));
    github.baseUrl = provider() + QStringLiteral("/github");
    m_github.clear();
    m_vault->addToken(github, QStringLiteral("ghp_Paginator0123456789abcdefghijklmnop"),
                      [this](const TokenVault::Result& r) { m_github = r.tokenId; });
    TokenRecord custom = TokenRecord::create(QStringLiteral("Paging API"), QStringLiteral("custom"));
    custom.baseUrl = provider() + QStringLiteral("/paging");
    m_custom.clear();
    m_vault->addToken(custom, QStringLiteral("paging-token-0123456789"),
                      [this](const TokenVault::Result& r) { m_custom = r.tokenId; });
    QTRY_VERIFY(!m_github.isEmpty() && !m_custom.isEmpty());
}

PageRule PaginatorTest::rule(PageRule::Style style, int size)
{
    PageRule rule = PageRule::forStyle(style);
    rule.size = size;
    switch (style) {
    case PageRule::Style::Link:
        rule.sizeParam = QStringLiteral("per_page");
        break;
    case PageRule::Style::Page:
        rule.sizeParam = QStringLiteral("per_page");
        break;
    case PageRule::Style::Cursor:
        rule.sizeParam = QStringLiteral("page_size");
        break;
    case PageRule::Style::Offset:
        rule.sizeParam = QStringLiteral("limit");
        break;
    case PageRule::Style::Auto:
        break;
    }
    return rule;
}

void PaginatorTest::collect(Paginator& pages, Run& run)
{
    connect(&pages, &Paginator::pageLoaded, &pages, [&run](const Paginator::Page& page) {
        run.pageRows.append(page.rows.rowCount());
        run.items += page.rows.rowCount();
        const int id = page.rows.columnIndex(u"id");
        for (int row = 0; row < page.rows.rowCount(); ++row) {
            run.ids.append(page.rows.text(row, id));
        }
    });
    connect(&pages, &Paginator::waiting, &pages, [&run](qint64 seconds, const QString& message) {
        run.waits.append(QString::number(seconds) + QLatin1Char(' ') + message);
    });
}

PaginatorTest::Run PaginatorTest::load(const PageRule& pageRule, const QString& url, const QString& tokenId, int cap)
{
    Paginator pages(*m_sender);
    pages.setRule(pageRule);
    pages.setPageCap(cap);
    pages.setRateLimitSpec(m_catalog.providerOrCustom(QStringLiteral("github")).rateLimit);
    Run run;
    collect(pages, run);
    QSignalSpy finished(&pages, &Paginator::finished);
    RequestSpec spec;
    spec.url = url;
    spec.tokenId = tokenId;
    QElapsedTimer clock;
    clock.start();
    pages.start(spec);
    if (!finished.wait(60000)) {
        run.message = QStringLiteral("did not finish");
        return run;
    }
    run.elapsedMs = clock.elapsed();
    run.outcome = finished.first().at(0).value<Paginator::Outcome>();
    run.message = finished.first().at(1).toString();
    run.progress = pages.progress();
    return run;
}

void PaginatorTest::github_250RepositoriesOverThreePages()
{
    const PageRule github = PageRule::fromJson(m_catalog.providerOrCustom(QStringLiteral("github")).pagination);
    const Run run = load(github, QStringLiteral("/user/repos"), m_github);
    QCOMPARE(run.outcome, Paginator::Outcome::Complete);
    QCOMPARE(run.pageRows, (QList<int> {100, 100, 50}));
    QCOMPARE(run.items, 250);
    QCOMPARE(run.ids.first(), QStringLiteral("100001"));
    QCOMPARE(run.ids.last(), QStringLiteral("100250"));
    QCOMPARE(run.ids.size(), static_cast<qsizetype>(QSet<QString>(run.ids.begin(), run.ids.end()).size()));
    QCOMPARE(run.progress.page, 3);
    QCOMPARE(run.progress.totalPages, 3);
    QVERIFY2(run.message.contains(QStringLiteral("250 items")), qPrintable(run.message));
    QVERIFY(run.waits.isEmpty());
}

void PaginatorTest::styles_data()
{
    QTest::addColumn<PageRule::Style>("style");
    QTest::addColumn<int>("size");
    QTest::addColumn<QList<int>>("pages");
    const QList<int> hundreds {100, 100, 50};
    const QList<int> fifties {50, 50, 50, 50, 50}; // the last page is full: nothing after it
    for (const auto& [name, style] :
         {std::pair {"link", PageRule::Style::Link}, std::pair {"page", PageRule::Style::Page},
          std::pair {"cursor", PageRule::Style::Cursor}, std::pair {"offset", PageRule::Style::Offset}}) {
        QTest::addRow("%s, 100 a page", name) << style << 100 << hundreds;
        QTest::addRow("%s, 50 a page (last page full)", name) << style << 50 << fifties;
    }
}

void PaginatorTest::styles()
{
    QFETCH(PageRule::Style, style);
    QFETCH(int, size);
    QFETCH(QList<int>, pages);
    const Run run = load(rule(style, size), QLatin1Char('/') + PageRule::styleName(style), m_custom);
    QVERIFY2(run.outcome == Paginator::Outcome::Complete, qPrintable(run.message));
    QCOMPARE(run.pageRows, pages);
    QCOMPARE(run.items, 250);
    QCOMPARE(run.ids.first(), QStringLiteral("1"));
    QCOMPARE(run.ids.last(), QStringLiteral("250"));
    QCOMPARE(run.progress.page, pages.size());
    if (style != PageRule::Style::Cursor) { // a cursor says nothing about the pages to come
        QCOMPARE(run.progress.totalPages, pages.size());
    }
}

void PaginatorTest::autoStyle_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<int>("pages");
    QTest::newRow("Link header") << QStringLiteral("/link") << 9;
    QTest::newRow("X-Next-Page") << QStringLiteral("/page") << 9;
    QTest::newRow("next_cursor") << QStringLiteral("/cursor") << 9;
    QTest::newRow("total and skip") << QStringLiteral("/offset") << 9;
}

void PaginatorTest::autoStyle()
{
    QFETCH(QString, route);
    QFETCH(int, pages);
    const Run run = load(PageRule(), route, m_custom);
    QVERIFY2(run.outcome == Paginator::Outcome::Complete, qPrintable(run.message));
    QCOMPARE(run.pageRows.size(), pages); // the server's default: 30 a page
    QCOMPARE(run.items, 250);
}

void PaginatorTest::emptyPage_data()
{
    QTest::addColumn<PageRule::Style>("style");
    QTest::newRow("link") << PageRule::Style::Link;
    QTest::newRow("page") << PageRule::Style::Page;
    QTest::newRow("cursor") << PageRule::Style::Cursor;
    QTest::newRow("offset") << PageRule::Style::Offset;
}

void PaginatorTest::emptyPage()
{
    QFETCH(PageRule::Style, style);
    const Run run = load(rule(style, 30), QStringLiteral("/empty?style=") + PageRule::styleName(style), m_custom);
    QCOMPARE(run.outcome, Paginator::Outcome::Complete);
    QCOMPARE(run.pageRows, QList<int> {0});
    QCOMPARE(run.progress.page, 1);
}

void PaginatorTest::repeatingNextLink_stops_data()
{
    emptyPage_data();
}

void PaginatorTest::repeatingNextLink_stops()
{
    QFETCH(PageRule::Style, style);
    const Run run = load(rule(style, 30), QStringLiteral("/link-loop?style=") + PageRule::styleName(style), m_custom);
    QVERIFY2(run.outcome == Paginator::Outcome::Loop, qPrintable(run.message));
    QCOMPARE(run.pageRows, QList<int> {30}); // the repeated page is not added twice
    QVERIFY2(run.message.contains(QStringLiteral("circles")), qPrintable(run.message));
}

void PaginatorTest::tooManyRequests_midway_waitsAndGoesOn_data()
{
    emptyPage_data();
}

void PaginatorTest::tooManyRequests_midway_waitsAndGoesOn()
{
    QFETCH(PageRule::Style, style);
    const QString run_id = QUuid::createUuid().toString(QUuid::Id128);
    const Run run = load(rule(style, 100),
                         QStringLiteral("/ratelimited?after=1&run=%1&style=%2").arg(run_id, PageRule::styleName(style)),
                         m_custom);
    QVERIFY2(run.outcome == Paginator::Outcome::Complete, qPrintable(run.message));
    QCOMPARE(run.pageRows, (QList<int> {100, 100, 50}));
    QCOMPARE(run.waits.size(), 1);
    QVERIFY2(run.waits.first().startsWith(QStringLiteral("1 ")), qPrintable(run.waits.first()));
    QVERIFY2(run.waits.first().contains(QStringLiteral("too many requests")), qPrintable(run.waits.first()));
    QVERIFY2(run.waits.first().contains(QStringLiteral("page 2")), qPrintable(run.waits.first()));
    QVERIFY(run.elapsedMs >= 900); // Retry-After: 1
}

void PaginatorTest::remainingZero_waitsForTheReset()
{
    const Run run = load(rule(PageRule::Style::Link, 100), QStringLiteral("/remaining-zero?style=link"), m_custom);
    QVERIFY2(run.outcome == Paginator::Outcome::Complete, qPrintable(run.message));
    QCOMPARE(run.pageRows, (QList<int> {100, 100, 50}));
    QCOMPARE(run.waits.size(), 1);
    QVERIFY2(run.waits.first().contains(QStringLiteral("rate limit")), qPrintable(run.waits.first()));
    QVERIFY2(run.waits.first().contains(QStringLiteral("page 3")), qPrintable(run.waits.first()));
    QVERIFY(run.elapsedMs >= 500);
}

void PaginatorTest::pageCap_stops()
{
    const Run run = load(rule(PageRule::Style::Link, 30), QStringLiteral("/link"), m_custom, 2);
    QCOMPARE(run.outcome, Paginator::Outcome::Capped);
    QCOMPARE(run.pageRows, (QList<int> {30, 30}));
    QVERIFY2(run.message.contains(QStringLiteral("(the page limit)")), qPrintable(run.message));
}

void PaginatorTest::cancel_stops()
{
    Paginator pages(*m_sender);
    pages.setRule(rule(PageRule::Style::Link, 10));
    Run run;
    collect(pages, run);
    connect(&pages, &Paginator::pageLoaded, &pages, [&pages](const Paginator::Page& page) {
        if (page.number == 2) {
            pages.cancel();
        }
    });
    QSignalSpy finished(&pages, &Paginator::finished);
    RequestSpec spec;
    spec.url = QStringLiteral("/link");
    spec.tokenId = m_custom;
    pages.start(spec);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).value<Paginator::Outcome>(), Paginator::Outcome::Cancelled);
    QCOMPARE(run.pageRows, (QList<int> {10, 10}));
    QVERIFY(!pages.isRunning());
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(run.pageRows.size(), 2);
}

void PaginatorTest::nextLinkToAnotherHost_isRefused()
{
    const Run run = load(rule(PageRule::Style::Link, 100), QStringLiteral("/link-elsewhere"), m_custom);
    QCOMPARE(run.outcome, Paginator::Outcome::Refused);
    QCOMPARE(run.pageRows, QList<int> {100});
    QVERIFY2(run.message.contains(QStringLiteral("localhost")), qPrintable(run.message));
    QVERIFY2(run.message.contains(QStringLiteral("127.0.0.1")), qPrintable(run.message));
}

void PaginatorTest::resume_afterTheFirstPage()
{
    RequestSpec spec;
    spec.url = QStringLiteral("/user/repos?per_page=100");
    spec.tokenId = m_github;
    SendJob* job = m_sender->send(spec, {});
    QSignalSpy sent(job, &SendJob::finished);
    QVERIFY(sent.wait(20000));
    const SendResult first = sent.first().at(0).value<SendResult>();
    QCOMPARE(first.response.status, 200);

    Paginator pages(*m_sender);
    pages.setRule(PageRule::fromJson(m_catalog.providerOrCustom(QStringLiteral("github")).pagination));
    Run run;
    collect(pages, run);
    QSignalSpy finished(&pages, &Paginator::finished);
    pages.resume(spec, first);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).value<Paginator::Outcome>(), Paginator::Outcome::Complete);
    QCOMPARE(run.pageRows, (QList<int> {100, 50})); // the first page is not handed over again
    QCOMPARE(pages.progress().items, 250);
    QCOMPARE(pages.progress().page, 3);
    QCOMPARE(run.ids.first(), QStringLiteral("100101"));
}

void PaginatorTest::failingFirstPage_isReported()
{
    const Run run = load(rule(PageRule::Style::Cursor, 30), QStringLiteral("/cursor?cursor=bad"), m_custom);
    QCOMPARE(run.outcome, Paginator::Outcome::Failed);
    QVERIFY(run.pageRows.isEmpty());
    QVERIFY2(run.message.contains(QStringLiteral("400")), qPrintable(run.message));
}

QTEST_GUILESS_MAIN(PaginatorTest)
#include "PaginatorTest.moc"
