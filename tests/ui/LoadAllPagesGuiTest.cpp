// "Done when", in the window: "my repositories" on a provider-shaped server, 250 over 3 pages,
// become one sorted, filtered table and a CSV file — through the real request workspace, the
// Table tab it picks by itself, "Load all pages", a header click, the search box and Export.
// Also: a rate-limit pause is shown while it lasts, and Cancel stops the pages.
#include "MemorySecretStore.h"
#include "PageLoaderBar.h"
#include "RequestEditor.h"
#include "RequestWorkspace.h"
#include "ResponseTableView.h"
#include "ResponseView.h"
#include "data/JsonTableModel.h"
#include "data/TableFilter.h"
#include "http/RequestRunner.h"
#include "http/RequestSender.h"
#include "i18n/Translations.h"
#include "providers/ProviderCatalog.h"
#include "storage/Settings.h"
#include "vault/TokenVault.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

class LoadAllPagesGuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void repositories_250OverThreePages_oneSortedFilteredTable_andACsvFile();
    void rateLimitPause_isShown_thenGoesOn();
    void cancel_stopsLoading();
    void singlePage_offersNothing();

private:
    QString addToken(const QString& name, const QString& provider, const QString& baseUrl, const QString& secret);
    void send(const QString& tokenId, const QString& address);
    ResponseView* response() const { return m_workspace->response(); }
    ResponseTableView* table() const { return m_workspace->response()->tableView(); }
    static QList<QByteArray> csvFields(const QByteArray& line);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<TokenVault> m_vault;
    ProviderCatalog m_catalog;
    std::unique_ptr<RequestRunner> m_runner;
    std::unique_ptr<RequestSender> m_sender;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<RequestWorkspace> m_workspace;
    QString m_server = qEnvironmentVariable("LATCHKEY_TEST_PROVIDER");
};

void LoadAllPagesGuiTest::initTestCase()
{
    QVERIFY2(!m_server.isEmpty(), "run inside tests/fixtures/test-env.sh");
    Translations::install(*QCoreApplication::instance());
}

void LoadAllPagesGuiTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<MemorySecretStore>();
    m_vault = std::make_unique<TokenVault>(m_store.get(), QDir(m_dir->path()).filePath(QStringLiteral("tokens.json")));
    m_vault->load();
    m_catalog = ProviderCatalog::load();
    m_runner = std::make_unique<RequestRunner>();
    m_sender = std::make_unique<RequestSender>(*m_vault, m_catalog, *m_runner);
    m_settings = std::make_unique<Settings>(QDir(m_dir->path()).filePath(QStringLiteral("settings.ini")));
    m_workspace = std::make_unique<RequestWorkspace>(*m_vault, m_catalog, *m_sender, *m_settings);
    m_workspace->resize(1200, 800);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
}

void LoadAllPagesGuiTest::cleanup()
{
    m_workspace.reset();
    m_sender.reset();
    m_runner.reset();
    m_vault.reset();
    m_store.reset();
    m_dir.reset();
}

QString LoadAllPagesGuiTest::addToken(const QString& name, const QString& provider, const QString& baseUrl,
                                      const QString& secret)
{
    TokenRecord record = TokenRecord::create(name, provider);
    record.baseUrl = baseUrl;
    QString id;
    m_vault->addToken(record, secret, [&id](const TokenVault::Result& r) { id = r.tokenId; });
    if (!QTest::qWaitFor([&id] { return !id.isEmpty(); }, 10000)) {
        qWarning("the token was not added");
    }
    return id;
}

void LoadAllPagesGuiTest::send(const QString& tokenId, const QString& address)
{
    RequestEditor* editor = m_workspace->editor();
    editor->setCurrentToken(tokenId);
    editor->addressField()->clear();
    QTest::keyClicks(editor->addressField(), address);
    QTest::mouseClick(editor->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->isSending(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(response()->isDigestReady(), 20000);
}

QList<QByteArray> LoadAllPagesGuiTest::csvFields(const QByteArray& line)
{
    QList<QByteArray> fields {QByteArray()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quoted && c == '"' && i + 1 < line.size() && line.at(i + 1) == '"') {
            fields.last().append('"');
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.append(QByteArray());
        } else {
            fields.last().append(c);
        }
    }
    return fields;
}

void LoadAllPagesGuiTest::repositories_250OverThreePages_oneSortedFilteredTable_andACsvFile()
{
    const QString github
        = addToken(QStringLiteral("Local GitHub"), QStringLiteral("github"), m_server + QStringLiteral("/github"),
                   QStringLiteral("ghp_Pages0123456789abcdefghijklmnopqrst"));
    send(github, QStringLiteral("/user/repos?per_page=100"));

    // A list: the Table tab is chosen by itself, with the first page, and more pages are offered.
    QTRY_COMPARE(response()->tabs()->currentWidget(), static_cast<QWidget*>(table()));
    QTRY_COMPARE(table()->totalRows(), 100);
    PageLoaderBar* pages = response()->pageLoader();
    QTRY_VERIFY(pages->isOffered());
    QSignalSpy finished(pages, &PageLoaderBar::finished);
    QTest::mouseClick(pages->loadButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<Paginator::Outcome>(), Paginator::Outcome::Complete);
    QCOMPARE(table()->totalRows(), 250);
    QCOMPARE(pages->progressBar()->format(), QStringLiteral("Page 3 of 3 · 250 items so far"));
    QCOMPARE(pages->statusLabel()->text(), QStringLiteral("Every page loaded: 250 items on 3 pages."));
    QCOMPARE(table()->countLabel()->text(), QStringLiteral("250 rows"));

    // Sort: most stars first (two clicks on the header).
    const int stars = table()->model()->modelColumn(QStringLiteral("stargazers_count"));
    QHeaderView* header = table()->view()->horizontalHeader();
    table()->view()->scrollTo(table()->filter()->index(0, stars));
    const QPoint at(header->sectionViewportPosition(stars) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(header->sortIndicatorSection(), stars);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

    // Filter: one owner's repositories.
    QTest::keyClicks(table()->searchField(), QStringLiteral("latchkey-labs"));
    QTRY_COMPARE(table()->countLabel()->text(), QStringLiteral("41 of 250 rows"));

    // Export the rows shown as CSV for a spreadsheet, through the menu and the save dialog.
    table()->shownRowsOnlyAction()->setChecked(true);
    table()->byteOrderMarkAction()->setChecked(true);
    table()->exportButton()->menu()->findChild<QAction*>(QStringLiteral("exportCsv"))->trigger();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = table()->findChild<QFileDialog*>(QStringLiteral("exportDialog"))) != nullptr);
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("my-repositories.csv"));
    QSignalSpy exported(table(), &ResponseTableView::exported);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // what the Save button does
    QVERIFY(exported.wait(10000));
    QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    csv.remove(0, 3);
    QVERIFY(csv.endsWith("\r\n"));
    QList<QByteArray> lines = csv.split('\n');
    lines.removeLast();
    QCOMPARE(lines.size(), 42);
    for (QByteArray& line : lines) {
        QVERIFY(line.endsWith('\r'));
        line.chop(1);
    }
    const QList<QByteArray> headerFields = csvFields(lines.first());
    QCOMPARE(headerFields.size(), table()->model()->visibleColumns().size());
    const qsizetype fullName = headerFields.indexOf("full_name");
    const qsizetype starsAt = headerFields.indexOf("stargazers_count");
    const qsizetype idAt = headerFields.indexOf("id");
    QVERIFY(fullName >= 0 && starsAt >= 0 && idAt >= 0);
    QSet<QByteArray> ids;
    int previous = INT_MAX;
    for (const QByteArray& line : lines.mid(1)) {
        const QList<QByteArray> fields = csvFields(line);
        QCOMPARE(fields.size(), headerFields.size());
        QVERIFY2(fields.at(fullName).startsWith("latchkey-labs/"), line.constData());
        const int value = fields.at(starsAt).toInt();
        QVERIFY(value <= previous);
        previous = value;
        ids.insert(fields.at(idAt));
        // Every sixth repository (id 100000 + 6k) belongs to latchkey-labs, from all three pages.
        QCOMPARE((fields.at(idAt).toInt() - 100000) % 6, 0);
    }
    QCOMPARE(ids.size(), 41);
    QVERIFY(ids.contains("100246")); // from the third page
}

void LoadAllPagesGuiTest::rateLimitPause_isShown_thenGoesOn()
{
    const QString custom = addToken(QStringLiteral("Paging API"), QStringLiteral("custom"),
                                    m_server + QStringLiteral("/paging"), QStringLiteral("paging-token-0123456789"));
    send(custom,
         QStringLiteral("/ratelimited?per_page=100&after=1&run=%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    PageLoaderBar* pages = response()->pageLoader();
    QTRY_VERIFY(pages->isOffered());
    QVERIFY(pages->styleBox()->isVisible()); // a custom API: the page style can be chosen
    QSignalSpy finished(pages, &PageLoaderBar::finished);
    QTest::mouseClick(pages->loadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pages->statusLabel()->isVisible()
                                 && pages->statusLabel()->text().contains(QStringLiteral("too many requests")),
                             5000);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).value<Paginator::Outcome>(), Paginator::Outcome::Complete);
    QCOMPARE(table()->totalRows(), 250);
}

void LoadAllPagesGuiTest::cancel_stopsLoading()
{
    const QString custom = addToken(QStringLiteral("Paging API"), QStringLiteral("custom"),
                                    m_server + QStringLiteral("/paging"), QStringLiteral("paging-token-0123456789"));
    // Page 2 waits (X-RateLimit-Remaining: 0 on page 2), so there is time to cancel.
    send(custom, QStringLiteral("/remaining-zero?per_page=10"));
    PageLoaderBar* pages = response()->pageLoader();
    QTRY_VERIFY(pages->isOffered());
    QSignalSpy finished(pages, &PageLoaderBar::finished);
    QTest::mouseClick(pages->loadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pages->statusLabel()->text().contains(QStringLiteral("rate limit")), 10000);
    QVERIFY(pages->cancelButton()->isVisible());
    QTest::mouseClick(pages->cancelButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<Paginator::Outcome>(), Paginator::Outcome::Cancelled);
    QCOMPARE(table()->totalRows(), 20);
    QVERIFY(!pages->cancelButton()->isVisible());
}

void LoadAllPagesGuiTest::singlePage_offersNothing()
{
    const QString github
        = addToken(QStringLiteral("Local GitHub"), QStringLiteral("github"), m_server + QStringLiteral("/github"),
                   QStringLiteral("ghp_Pages0123456789abcdefghijklmnopqrst"));
    send(github, QStringLiteral("/notifications"));
    QTRY_COMPARE(response()->tabs()->currentWidget(), static_cast<QWidget*>(table()));
    QTRY_COMPARE(table()->totalRows(), 2);
    QVERIFY(!response()->pageLoader()->isOffered());
    send(github, QStringLiteral("/user")); // one object: no table tab
    QVERIFY(response()->tabs()->currentWidget() != table());
    QVERIFY(!response()->tabs()->isTabVisible(response()->tabs()->indexOf(table())));
}

QTEST_MAIN(LoadAllPagesGuiTest)
#include "LoadAllPagesGuiTest.moc"
