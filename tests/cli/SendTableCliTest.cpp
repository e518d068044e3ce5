// `latchkey send --output table|csv`, `--all-pages`, `--filter`, `--sort`, run as a person would,
// against the provider-shaped server (a GitHub-shaped list of 250 repositories).
#include "CliRunner.h"
#include "TestDirs.h"
#include "data/CsvWriter.h"
#include "data/JsonTable.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class SendTableCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void table_alignedAndCutToTheWidth();
    void csv_isTheTableOfTheAnswer();
    void allPages_250RepositoriesOverThreePages_sortedFilteredCsv();
    void allPages_table();
    void allPages_pretty_isOneList();
    void maxPages_stops();
    void allPages_nextLinkToAnotherHost_exit3();
    void usageErrors_data();
    void usageErrors();
    void notJson_saysSo();

private:
    CliRun cli(const QStringList& arguments) { return m_cli->run(arguments); }
    static QList<QByteArray> csvLines(const QByteArray& csv);
    static QList<QByteArray> csvFields(const QByteArray& line);
    std::unique_ptr<TestDirs> m_dirs;
    std::unique_ptr<CliRunner> m_cli;
    QString m_server = qEnvironmentVariable("LATCHKEY_TEST_PROVIDER");
};

void SendTableCliTest::initTestCase()
{
    QVERIFY2(!m_server.isEmpty(), "run inside tests/fixtures/test-env.sh");
    m_dirs = std::make_unique<TestDirs>();
    m_cli = std::make_unique<CliRunner>(m_dirs->environment());
    m_cli->environment().insert(QStringLiteral("COLUMNS"), QStringLiteral("100"));
    const CliRun added = m_cli->run({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("GH"),
                                     QStringLiteral("--base-url"), m_server + QStringLiteral("/github")},
                                    "ghp_TableCli0123456789abcdefghijklmnopqr");
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const CliRun paging = m_cli->run({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("Paging"),
                                      QStringLiteral("--provider"), QStringLiteral("custom"),
                                      QStringLiteral("--base-url"), m_server + QStringLiteral("/paging")},
                                     "paging-token-0123456789");
    QVERIFY2(paging.exitCode == 0, paging.err.constData());
}

void SendTableCliTest::cleanupTestCase()
{
    for (const char* name : {"GH", "Paging"}) {
        cli({QStringLiteral("tokens"), QStringLiteral("remove"), QString::fromLatin1(name), QStringLiteral("--yes")});
    }
}

QList<QByteArray> SendTableCliTest::csvLines(const QByteArray& csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    return lines;
}

QList<QByteArray> SendTableCliTest::csvFields(const QByteArray& line)
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

void SendTableCliTest::table_alignedAndCutToTheWidth()
{
    const CliRun run = cli({QStringLiteral("send"), QStringLiteral("/user/repos?per_page=5"), QStringLiteral("-t"),
                            QStringLiteral("GH"), QStringLiteral("--output"), QStringLiteral("table")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6); // header + 5 rows
    // The numbers' column (id) is right-aligned, its name too.
    QVERIFY2(lines.first().trimmed().startsWith(QStringLiteral("id  ")), qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QStringLiteral("name")));
    for (const QString& line : lines) {
        QVERIFY2(line.size() <= 100, qPrintable(line));
    }
    QVERIFY(lines.at(1).startsWith(QStringLiteral("100001")));
    // The columns that did not fit are named as left out, and csv has them all.
    QVERIFY2(run.errText().contains(QStringLiteral("left out to fit the width")), run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("200 OK — 5 items")), run.err.constData());

    // Numbers are right-aligned: the stars column ends where its header ends.
    m_cli->environment().insert(QStringLiteral("COLUMNS"), QStringLiteral("400"));
    const CliRun wide = cli({QStringLiteral("send"), QStringLiteral("/user/repos?per_page=5"), QStringLiteral("-t"),
                             QStringLiteral("GH"), QStringLiteral("-o"), QStringLiteral("table")});
    m_cli->environment().insert(QStringLiteral("COLUMNS"), QStringLiteral("100"));
    const QStringList wideLines = wide.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const qsizetype headerEnd
        = wideLines.first().indexOf(QStringLiteral("stargazers_count")) + QStringLiteral("stargazers_count").size();
    QVERIFY(headerEnd > 0);
    for (const QString& line : wideLines.mid(1)) {
        QVERIFY2(line.at(headerEnd - 1).isDigit(), qPrintable(line));
        QVERIFY2(line.size() == headerEnd || line.at(headerEnd) == QLatin1Char(' '), qPrintable(line));
    }
    QVERIFY(!wide.errText().contains(QStringLiteral("left out")));
}

void SendTableCliTest::csv_isTheTableOfTheAnswer()
{
    const QStringList address {QStringLiteral("send"), QStringLiteral("/user/repos?per_page=20"), QStringLiteral("-t"),
                               QStringLiteral("GH")};
    const CliRun raw = cli(address + QStringList {QStringLiteral("-o"), QStringLiteral("raw")});
    const CliRun csv = cli(address + QStringList {QStringLiteral("-o"), QStringLiteral("csv")});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    QVERIFY(CsvWriter::write(JsonTable::fromJson(raw.out), expected, {}));
    QCOMPARE(csv.out, expected.buffer());
    QVERIFY(csv.out.contains("\r\n"));
    QCOMPARE(csvLines(csv.out).size(), 21);
    // RFC 4180: the description with a comma-free unicode text, the joined topics quoted.
    QVERIFY(csv.out.contains("\"Café ☕ — naïve façade, 日本語のテスト, emoji 🚀🔑\""));
}

void SendTableCliTest::allPages_250RepositoriesOverThreePages_sortedFilteredCsv()
{
    // Done when: "my repositories", 250 over 3 pages, become one sorted, filtered CSV file.
    const CliRun run
        = cli({QStringLiteral("send"), QStringLiteral("/user/repos"), QStringLiteral("-t"), QStringLiteral("GH"),
               QStringLiteral("--all-pages"), QStringLiteral("--output"), QStringLiteral("csv")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.errText().contains(QStringLiteral("Every page loaded: 250 items on 3 pages.")), run.err.constData());
    const QList<QByteArray> lines = csvLines(run.out);
    QCOMPARE(lines.size(), 251);
    QVERIFY(lines.first().startsWith("id,name,full_name"));
    QSet<QByteArray> ids;
    for (const QByteArray& line : lines.mid(1)) {
        ids.insert(line.left(line.indexOf(',')));
    }
    QCOMPARE(ids.size(), 250);
    QVERIFY(ids.contains("100001") && ids.contains("100250"));

    const CliRun sorted
        = cli({QStringLiteral("send"), QStringLiteral("/user/repos"), QStringLiteral("-t"), QStringLiteral("GH"),
               QStringLiteral("--all-pages"), QStringLiteral("-o"), QStringLiteral("csv"), QStringLiteral("--filter"),
               QStringLiteral("latchkey-labs"), QStringLiteral("--sort"), QStringLiteral("-stargazers_count")});
    QVERIFY2(sorted.exitCode == 0, sorted.err.constData());
    const QList<QByteArray> rows = csvLines(sorted.out);
    QCOMPARE(rows.size(), 1 + 41); // every sixth repository belongs to latchkey-labs
    const qsizetype stars = csvFields(rows.first()).indexOf("stargazers_count");
    const qsizetype fullName = csvFields(rows.first()).indexOf("full_name");
    QVERIFY(stars > 0 && fullName > 0);
    int previous = INT_MAX;
    for (const QByteArray& row : rows.mid(1)) {
        const QList<QByteArray> fields = csvFields(row);
        QVERIFY2(fields.at(fullName).startsWith("latchkey-labs/"), row.constData());
        const int value = fields.at(stars).toInt();
        QVERIFY(value <= previous);
        previous = value;
    }
}

void SendTableCliTest::allPages_table()
{
    const CliRun run = cli({QStringLiteral("send"), QStringLiteral("/user/repos"), QStringLiteral("-t"),
                            QStringLiteral("GH"), QStringLiteral("--all-pages"), QStringLiteral("-o"),
                            QStringLiteral("table"), QStringLiteral("--sort"), QStringLiteral("name")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = run.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 251);
    QVERIFY2(lines.at(1).contains(QStringLiteral("amber-")), qPrintable(lines.at(1)));
    QVERIFY2(lines.last().contains(QStringLiteral("jolly-")), qPrintable(lines.last()));
}

void SendTableCliTest::allPages_pretty_isOneList()
{
    const CliRun run = cli({QStringLiteral("send"), QStringLiteral("/cursor?page_size=100"), QStringLiteral("-t"),
                            QStringLiteral("Paging"), QStringLiteral("--all-pages")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(items.size(), 250);
    QCOMPARE(items.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Item 250"));
}

void SendTableCliTest::maxPages_stops()
{
    const CliRun run = cli({QStringLiteral("send"), QStringLiteral("/link"), QStringLiteral("-t"),
                            QStringLiteral("Paging"), QStringLiteral("--all-pages"), QStringLiteral("--max-pages"),
                            QStringLiteral("2"), QStringLiteral("-o"), QStringLiteral("csv")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(csvLines(run.out).size(), 61);
    QVERIFY2(run.errText().contains(QStringLiteral("Stopped after 2 pages (the page limit)")), run.err.constData());
}

void SendTableCliTest::allPages_nextLinkToAnotherHost_exit3()
{
    const CliRun run
        = cli({QStringLiteral("send"), QStringLiteral("/link-elsewhere"), QStringLiteral("-t"),
               QStringLiteral("Paging"), QStringLiteral("--all-pages"), QStringLiteral("-o"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(csvLines(run.out).size(), 31); // the first page is kept
    QVERIFY2(run.errText().contains(QStringLiteral("localhost")), run.err.constData());
}

void SendTableCliTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown output") << QStringList {QStringLiteral("-o"), QStringLiteral("xml")}
                                    << QStringLiteral("table, csv");
    QTest::newRow("max-pages alone") << QStringList {QStringLiteral("--max-pages"), QStringLiteral("3")}
                                     << QStringLiteral("--all-pages");
    QTest::newRow("max-pages zero") << QStringList {QStringLiteral("--all-pages"), QStringLiteral("--max-pages"),
                                                    QStringLiteral("0")}
                                    << QStringLiteral("1 or more");
    QTest::newRow("sort without a table")
        << QStringList {QStringLiteral("--sort"), QStringLiteral("name")} << QStringLiteral("--output table or csv");
}

void SendTableCliTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = cli(
        QStringList {QStringLiteral("send"), QStringLiteral("/user/repos"), QStringLiteral("-t"), QStringLiteral("GH")}
        + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(mentions), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void SendTableCliTest::notJson_saysSo()
{
    const CliRun run
        = cli({QStringLiteral("send"), qEnvironmentVariable("LATCHKEY_TEST_HTTPBIN") + QStringLiteral("/robots.txt"),
               QStringLiteral("-o"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(QStringLiteral("not JSON")), run.err.constData());
}

QTEST_GUILESS_MAIN(SendTableCliTest)
#include "SendTableCliTest.moc"
