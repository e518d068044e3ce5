// The Table tab's view, driven through real widgets: a list loads (off the UI thread), sorts by
// a header click, filters as you type, exports CSV (with a byte order mark) and JSON, copies cells
// as tab-separated text, opens "n items" as a sub-table, and keeps its column layout as JSON.
#include "ResponseTableView.h"

#include "TableCellDelegate.h"
#include "data/JsonTableModel.h"
#include "data/TableFilter.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class ResponseTableViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadSortFilterExport_csvFileAsExpected();
    void exportThroughTheDialog_json();
    void cells_localTimes_checkMarks_rightAlignedNumbers_links();
    void searchOneColumn();
    void copy_isTabSeparated();
    void nestedCell_opensASubTable();
    void layout_roundTrips_beforeTheRowsArrive();
    void dragAHeader_movesTheColumn();

private:
    void load(const QByteArray& body);
    void clickHeader(const QString& path);
    QString cell(int row, const QString& path) const;

    std::unique_ptr<ResponseTableView> m_table;
    QTemporaryDir m_dir;
};

namespace {

const QByteArray kList = R"([
 {"id": 3, "name": "gamma, the third", "active": true, "stars": 12, "owner": {"login": "zoë"},
  "created_at": "2026-01-03T10:00:00Z", "tags": ["x", "y"], "labels": [{"name": "bug"}, {"name": "ui"}],
  "html_url": "https://example.com/3"},
 {"id": 1, "name": "alpha", "active": false, "stars": 120, "owner": {"login": "ada"},
  "created_at": "2026-01-01T10:00:00Z", "tags": [], "labels": [], "html_url": "https://example.com/1"},
 {"id": 2, "name": "beta \"quoted\"", "active": true, "stars": 7, "owner": {"login": "bob"},
  "created_at": "2026-01-02T10:00:00Z", "tags": ["y"], "labels": [{"name": "docs"}], "html_url": "https://example.com/2"}
])";

} // namespace

void ResponseTableViewTest::initTestCase()
{
    Translations::install(*QCoreApplication::instance());
}

void ResponseTableViewTest::init()
{
    m_table = std::make_unique<ResponseTableView>();
    m_table->resize(1200, 500);
    m_table->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_table.get()));
}

void ResponseTableViewTest::cleanup()
{
    m_table.reset();
}

void ResponseTableViewTest::load(const QByteArray& body)
{
    QSignalSpy loaded(m_table.get(), &ResponseTableView::loaded);
    m_table->showBody(body);
    QVERIFY(loaded.wait(10000));
}

void ResponseTableViewTest::clickHeader(const QString& path)
{
    QHeaderView* header = m_table->view()->horizontalHeader();
    const int column = m_table->model()->modelColumn(path);
    QVERIFY(column >= 0);
    m_table->view()->scrollTo(m_table->filter()->index(0, column));
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

QString ResponseTableViewTest::cell(int row, const QString& path) const
{
    const int column = m_table->model()->modelColumn(path);
    return m_table->filter()->index(row, column).data().toString();
}

void ResponseTableViewTest::loadSortFilterExport_csvFileAsExpected()
{
    load(kList);
    QCOMPARE(m_table->countLabel()->text(), QStringLiteral("3 rows"));
    QCOMPARE(cell(0, QStringLiteral("id")), QStringLiteral("3")); // the order they came in

    clickHeader(QStringLiteral("stars"));
    QCOMPARE(cell(0, QStringLiteral("stars")), QStringLiteral("7"));
    QCOMPARE(cell(2, QStringLiteral("stars")), QStringLiteral("120")); // by value, not as text
    clickHeader(QStringLiteral("stars"));
    QCOMPARE(cell(0, QStringLiteral("stars")), QStringLiteral("120"));

    QTest::keyClicks(m_table->searchField(), QStringLiteral("ZOË"));
    QTRY_COMPARE(m_table->countLabel()->text(), QStringLiteral("1 of 3 rows"));
    m_table->searchField()->clear();
    QTest::keyClicks(m_table->searchField(), QStringLiteral("y"));
    QTRY_COMPARE(m_table->countLabel()->text(), QStringLiteral("2 of 3 rows")); // the tags "x, y" and "y"
    QCOMPARE(cell(0, QStringLiteral("id")), QStringLiteral("3"));
    QCOMPARE(cell(1, QStringLiteral("id")), QStringLiteral("2"));

    const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
    QSignalSpy exported(m_table.get(), &ResponseTableView::exported);
    m_table->exportTable(path, ResponseTableView::ExportFormat::Csv, true, true);
    QVERIFY(exported.wait(10000));
    QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
    QCOMPARE(exported.first().at(2).toString(), QStringLiteral("Saved 2 rows to shown.csv."));

    // The expected file, cell by cell: the shown rows in the shown order, every visible column.
    const QStringList columns = m_table->model()->visibleColumns();
    const QHash<QString, QStringList> values {
        {QStringLiteral("id"), {QStringLiteral("3"), QStringLiteral("2")}},
        {QStringLiteral("name"), {QStringLiteral("\"gamma, the third\""), QStringLiteral("\"beta \"\"quoted\"\"\"")}},
        {QStringLiteral("active"), {QStringLiteral("true"), QStringLiteral("true")}},
        {QStringLiteral("stars"), {QStringLiteral("12"), QStringLiteral("7")}},
        {QStringLiteral("owner.login"), {QStringLiteral("zoë"), QStringLiteral("bob")}},
        {QStringLiteral("created_at"),
         {QStringLiteral("2026-01-03T10:00:00Z"), QStringLiteral("2026-01-02T10:00:00Z")}},
        {QStringLiteral("tags"), {QStringLiteral("\"x, y\""), QStringLiteral("y")}},
        {QStringLiteral("labels"),
         {QStringLiteral("\"[{\"\"name\"\": \"\"bug\"\"}, {\"\"name\"\": \"\"ui\"\"}]\""),
          QStringLiteral("\"[{\"\"name\"\": \"\"docs\"\"}]\"")}},
        {QStringLiteral("html_url"),
         {QStringLiteral("https://example.com/3"), QStringLiteral("https://example.com/2")}},
    };
    QCOMPARE(QSet<QString>(columns.begin(), columns.end()).size(), values.size());
    QByteArray expected = "\xEF\xBB\xBF" + columns.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (int row = 0; row < 2; ++row) {
        QStringList line;
        for (const QString& column : columns) {
            line.append(values.value(column).value(row));
        }
        expected += line.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);

    // All rows, no byte order mark: every row, in the order they came.
    const QString all = m_dir.filePath(QStringLiteral("all.csv"));
    exported.clear();
    m_table->exportTable(all, ResponseTableView::ExportFormat::Csv, false, false);
    QVERIFY(exported.wait(10000));
    QFile allFile(all);
    QVERIFY(allFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = allFile.readAll().split('\n');
    QCOMPARE(lines.size(), 5); // header, 3 rows, nothing after the last CRLF
    QVERIFY(lines.at(0).startsWith(columns.first().toUtf8()));
    QVERIFY(lines.at(1).startsWith("3,"));
    QVERIFY(lines.at(2).startsWith("1,"));
}

void ResponseTableViewTest::exportThroughTheDialog_json()
{
    load(kList);
    m_table->shownRowsOnlyAction()->setChecked(false);
    QAction* json = m_table->exportButton()->menu()->findChild<QAction*>(QStringLiteral("exportJson"));
    QVERIFY(json);
    json->trigger();
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_table->findChild<QFileDialog*>(QStringLiteral("exportDialog"))) != nullptr);
    const QString path = m_dir.filePath(QStringLiteral("rows.json"));
    QSignalSpy exported(m_table.get(), &ResponseTableView::exported);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // what the Save button does
    QVERIFY(exported.wait(10000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0)[QStringLiteral("labels")].toArray().size(), 2); // the original JSON, nothing flattened
    QCOMPARE(rows.at(0)[QStringLiteral("owner")][QStringLiteral("login")].toString(), QStringLiteral("zoë"));
}

void ResponseTableViewTest::cells_localTimes_checkMarks_rightAlignedNumbers_links()
{
    load(kList);
    const int created = m_table->model()->modelColumn(QStringLiteral("created_at"));
    const QModelIndex date = m_table->filter()->index(0, created);
    const QDateTime utc(QDate(2026, 1, 3), QTime(10, 0), Qt::UTC);
    QCOMPARE(TableCellDelegate::shownText(date), utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const int active = m_table->model()->modelColumn(QStringLiteral("active"));
    QCOMPARE(TableCellDelegate::shownText(m_table->filter()->index(0, active)), QStringLiteral("\u2713"));
    QCOMPARE(TableCellDelegate::shownText(m_table->filter()->index(1, active)), QStringLiteral("\u2717"));
    const int stars = m_table->model()->modelColumn(QStringLiteral("stars"));
    QCOMPARE(m_table->filter()->index(0, stars).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, Qt::AlignRight);
    const int url = m_table->model()->modelColumn(QStringLiteral("html_url"));
    QCOMPARE(m_table->filter()->index(0, url).data(JsonTableModel::UrlRole).toUrl(),
             QUrl(QStringLiteral("https://example.com/3")));
    // Identifying and readable columns first, links last.
    QCOMPARE(m_table->model()->visibleColumns().first(), QStringLiteral("id"));
    QCOMPARE(m_table->model()->visibleColumns().last(), QStringLiteral("html_url"));
}

void ResponseTableViewTest::searchOneColumn()
{
    load(kList);
    QComboBox* where = m_table->searchColumnBox();
    const int login = where->findData(QStringLiteral("owner.login"));
    QVERIFY(login > 0);
    where->setCurrentIndex(login);
    emit where->activated(login);
    QTest::keyClicks(m_table->searchField(), QStringLiteral("b"));
    QTRY_COMPARE(m_table->countLabel()->text(), QStringLiteral("1 of 3 rows")); // bob, not "beta" nor "bug"
    QCOMPARE(cell(0, QStringLiteral("id")), QStringLiteral("2"));
}

void ResponseTableViewTest::copy_isTabSeparated()
{
    load(kList);
    QTableView* view = m_table->view();
    const int id = m_table->model()->modelColumn(QStringLiteral("id"));
    const int name = m_table->model()->modelColumn(QStringLiteral("name"));
    QVERIFY(name == id + 1);
    view->setFocus();
    view->selectionModel()->select(QItemSelection(m_table->filter()->index(0, id), m_table->filter()->index(1, name)),
                                   QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("3\tgamma, the third\n1\talpha"));
}

void ResponseTableViewTest::nestedCell_opensASubTable()
{
    load(kList);
    QSignalSpy opened(m_table.get(), &ResponseTableView::subTableOpened);
    const int labels = m_table->model()->modelColumn(QStringLiteral("labels"));
    const QModelIndex cell = m_table->filter()->index(0, labels);
    QCOMPARE(cell.data().toString(), QStringLiteral("2 items"));
    m_table->view()->setCurrentIndex(cell);
    m_table->view()->setFocus();
    QTest::keyClick(m_table->view(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    auto* sub = opened.first().at(0).value<ResponseTableView*>();
    QCOMPARE(sub->model()->rowCount(), 2);
    QCOMPARE(sub->model()->visibleColumns(), QStringList {QStringLiteral("name")});
    QCOMPARE(sub->countLabel()->text(), QStringLiteral("2 rows"));
    sub->window()->close();
}

void ResponseTableViewTest::layout_roundTrips_beforeTheRowsArrive()
{
    load(kList);
    JsonTableModel* model = m_table->model();
    QSignalSpy changed(m_table.get(), &ResponseTableView::tableLayoutChanged);
    model->setColumnVisible(QStringLiteral("html_url"), false);
    model->setVisibleColumns({QStringLiteral("name"), QStringLiteral("stars"), QStringLiteral("id")});
    m_table->view()->sortByColumn(model->modelColumn(QStringLiteral("stars")), Qt::DescendingOrder);
    QVERIFY(changed.size() >= 2);
    const QJsonObject layout = m_table->tableLayout();
    QCOMPARE(layout[QStringLiteral("sort")][QStringLiteral("column")].toString(), QStringLiteral("stars"));
    QCOMPARE(layout[QStringLiteral("sort")][QStringLiteral("order")].toString(), QStringLiteral("descending"));

    // A preset opens: the layout first, the rows after.
    ResponseTableView other;
    other.setTableLayout(layout);
    QSignalSpy loaded(&other, &ResponseTableView::loaded);
    other.showBody(kList);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(other.model()->visibleColumns(),
             (QStringList {QStringLiteral("name"), QStringLiteral("stars"), QStringLiteral("id")}));
    QCOMPARE(other.filter()->index(0, 1).data().toString(), QStringLiteral("120"));
    QCOMPARE(other.tableLayout(), layout);
}

void ResponseTableViewTest::dragAHeader_movesTheColumn()
{
    load(kList);
    QHeaderView* header = m_table->view()->horizontalHeader();
    const QStringList before = m_table->model()->visibleColumns();
    header->moveSection(0, 2); // what a drag does
    const QStringList after = m_table->model()->visibleColumns();
    QCOMPARE(after.at(2), before.at(0));
    QCOMPARE(after.at(0), before.at(1));
    QCOMPARE(header->visualIndex(0), 0); // the header stays in step with the model
    QCOMPARE(m_table->tableLayout()[QStringLiteral("columns")][QStringLiteral("order")].toArray().at(2).toString(),
             before.at(0));
}

QTEST_MAIN(ResponseTableViewTest)
#include "ResponseTableViewTest.moc"
