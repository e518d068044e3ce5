// Tables from JSON (core/data): the budgets of DESIGN.md for a 50 MB answer and 100k-row tables.
//
//   latchkey_bench_table                     Qt Test benchmarks (QBENCHMARK), figures on stdout
//   latchkey_bench_table --generate FILE     writes the 50 MB / 200k-object JSON array used here
//   latchkey_bench_table --csv FILE          FILE → table → CSV on stdout: what `latchkey send
//                                            --output csv` does after the download. The budget
//                                            compares it with `jq -c '.[]' FILE`:
//                                            hyperfine -N 'latchkey_bench_table --csv F' "jq -c '.[]' F"
#include "data/CsvWriter.h"
#include "data/JsonTable.h"
#include "data/JsonTableBuilder.h"
#include "data/JsonTableModel.h"
#include "data/TableFilter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

// One issue-like object of about 250 bytes: ids, text, a nested user, labels (a sub-list),
// tags (a joined list), a date, a URL, a boolean, a decimal.
void appendObject(QByteArray& out, int i, QRandomGenerator& random)
{
    static const char* words[]
        = {"crash", "login", "export", "slow", "table", "button", "sync", "token", "label", "error", "window", "page"};
    static const char* states[] = {"open", "closed"};
    static const char* labels[] = {"bug", "enhancement", "question", "wontfix", "docs"};
    const auto word = [&] { return words[random.bounded(12)]; };
    out += "{\"id\":";
    out += QByteArray::number(100000000 + i * 7);
    out += ",\"title\":\"Fix ";
    out += word();
    out += " in ";
    out += word();
    out += " #";
    out += QByteArray::number(random.bounded(1000));
    out += "\",\"state\":\"";
    out += states[random.bounded(2)];
    out += "\",\"user\":{\"login\":\"user";
    out += QByteArray::number(random.bounded(5000));
    out += "\",\"id\":";
    out += QByteArray::number(random.bounded(9000000));
    out += "},\"labels\":[";
    const int labelCount = static_cast<int>(random.bounded(3));
    for (int l = 0; l < labelCount; ++l) {
        out += l ? ",{\"name\":\"" : "{\"name\":\"";
        out += labels[random.bounded(5)];
        out += "\"}";
    }
    out += "],\"tags\":[\"";
    out += word();
    out += "\",\"";
    out += word();
    out += "\"],\"locked\":";
    out += random.bounded(10) == 0 ? "true" : "false";
    out += ",\"score\":";
    out += QByteArray::number(random.bounded(10000) / 100.0, 'f', 2);
    out += ",\"created_at\":\"2023-";
    out += QByteArray::number(10 + random.bounded(3));
    out += '-';
    out += QByteArray::number(10 + random.bounded(18));
    out += "T1";
    out += QByteArray::number(random.bounded(10));
    out += ":3";
    out += QByteArray::number(random.bounded(10));
    out += ":00Z\",\"html_url\":\"https://github.com/o/r/issues/";
    out += QByteArray::number(i + 1);
    out += "\"}";
}

QByteArray generate(int objects)
{
    QRandomGenerator random(42);
    QByteArray out;
    out.reserve(static_cast<qsizetype>(objects) * 260);
    out += '[';
    for (int i = 0; i < objects; ++i) {
        if (i > 0) {
            out += ",\n";
        }
        appendObject(out, i, random);
    }
    out += "]\n";
    return out;
}

// Peak and current resident memory of this process, in MB.
double statusMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

// CPU time of the calling thread: what it did itself, not time it waited for a core.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

void report(const char* what, double value, const char* unit)
{
    std::printf("FIGURE %-44s %10.1f %s\n", what, value, unit);
    std::fflush(stdout);
}

} // namespace

// Median of three runs of `run`, in milliseconds; `reset` runs untimed before each.
template <typename Run, typename Reset> double medianMs(Run&& run, Reset&& reset)
{
    std::vector<double> times;
    for (int i = 0; i < 3; ++i) {
        reset();
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[1];
}

class TableBench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // One pass printing every figure (FIGURE lines), each the median of three runs.
    void figures();
    // The same operations under QBENCHMARK, for Qt Test's own reporting.
    void parse50MB();
    void sortText100k();
    void sortNumber100k();
    void filterAllColumns100k();
    void filterOneColumn100k();
    void csvExport200k();
    void cliCsvPipeline50MB();

private:
    QByteArray m_big; // 200k objects, about 55 MB
    QByteArray m_hundredK; // 100k objects
    JsonTableModel m_model; // the 100k rows
};

void TableBench::initTestCase()
{
    m_big = generate(200000);
    m_hundredK = generate(100000);
    m_model.setTable(JsonTable::fromJson(m_hundredK));
    QCOMPARE(m_model.rowCount(), 100000);
}

void TableBench::figures()
{
    report("JSON size, 200k objects", m_big.size() / 1e6, "MB");

    // Parse + flatten, and what the table costs.
    const double rssBefore = statusMb("VmRSS:");
    JsonTable table;
    const double parseMs = medianMs([&] { table = JsonTable::fromJson(m_big); }, [&] { table = JsonTable(); });
    QCOMPARE(table.rowCount(), 200000);
    report("parse+flatten 200k objects (fromJson)", parseMs, "ms");
    report("  throughput", m_big.size() / 1e6 / (parseMs / 1000.0), "MB/s");
    report("  columns", table.columnCount(), "");
    report("  table storage per row (own)", double(table.storageBytes()) / table.rowCount(), "bytes");
    report("  source JSON per row (kept, shared)", double(table.sourceBytes()) / table.rowCount(), "bytes");
    report("  RSS growth with the table", statusMb("VmRSS:") - rssBefore, "MB");

    // CSV
    QFile devNull(QStringLiteral("/dev/null"));
    QVERIFY(devNull.open(QIODevice::WriteOnly));
    report("CSV export of 200k rows to /dev/null", medianMs([&] { CsvWriter::write(table, devNull, {}); }, [] {}),
           "ms");
    report("50 MB body -> table -> CSV (the CLI path)",
           medianMs(
               [&] {
                   const JsonTable t = JsonTable::fromJson(m_big);
                   CsvWriter::write(t, devNull, {});
               },
               [] {}),
           "ms");
    table = JsonTable();

    // The window's path: a worker reads, the UI thread appends batches to a model behind a filter.
    {
        JsonTableModel model;
        TableFilter filter;
        filter.setSourceModel(&model);
        JsonTableBuilder builder;
        builder.setTarget(&model);
        QSignalSpy finished(&builder, &JsonTableBuilder::finished);
        QElapsedTimer stall;
        qint64 longestStall = 0;
        double longestBusy = 0;
        double cpuBefore = threadCpuMs();
        QTimer tick; // how late the UI thread's event loop runs a 5 ms timer, and how busy it was meanwhile
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] {
            longestStall = std::max(longestStall, stall.restart() - 5);
            const double cpu = threadCpuMs();
            longestBusy = std::max(longestBusy, cpu - cpuBefore);
            cpuBefore = cpu;
        });
        stall.start();
        tick.start();
        builder.start(m_big);
        QVERIFY(finished.wait(60000));
        tick.stop();
        QCOMPARE(model.rowCount(), 200000);
        report("window: time to first rows", builder.msToFirstRows(), "ms");
        report("window: all 200k rows in the model", builder.msTotal(), "ms");
        report("window: longest batch hand-over (UI thread)", builder.longestDeliveryMs(), "ms");
        report("window: longest UI event-loop stall (wall)", longestStall, "ms");
        report("window: longest UI-thread CPU burst", longestBusy, "ms");
    }

    // Sort and filter on 100k rows.
    TableFilter filter;
    filter.setSourceModel(&m_model);
    const int title = m_model.modelColumn(QStringLiteral("title"));
    const int score = m_model.modelColumn(QStringLiteral("score"));
    const int created = m_model.modelColumn(QStringLiteral("created_at"));
    const auto unsorted = [&] { filter.sort(-1); };
    report("sort 100k by text (title)", medianMs([&] { filter.sort(title); }, unsorted), "ms");
    report("  same column, other direction",
           medianMs([&] { filter.sort(title, Qt::DescendingOrder); }, [&] { filter.sort(title); }), "ms");
    report("sort 100k by number (score)", medianMs([&] { filter.sort(score); }, unsorted), "ms");
    report("sort 100k by date (created_at)", medianMs([&] { filter.sort(created); }, unsorted), "ms");
    const auto clear = [&] { filter.setSearchText(QString()); };
    report("filter 100k, all columns ('crash')",
           medianMs([&] { filter.setSearchText(QStringLiteral("crash")); }, clear), "ms");
    report("  rows shown", filter.shownCount(), "");
    report("filter 100k, all columns, no match",
           medianMs([&] { filter.setSearchText(QStringLiteral("WONTFIX")); }, clear), "ms");
    report("filter 100k, all columns, non-ASCII needle",
           medianMs([&] { filter.setSearchText(QStringLiteral("zoë")); }, clear), "ms");
    filter.sort(title);
    report("filter 100k while sorted by title", medianMs([&] { filter.setSearchText(QStringLiteral("crash")); }, clear),
           "ms");
    filter.sort(-1);
    filter.setSearchColumn(title);
    report("filter 100k, one column (title)", medianMs([&] { filter.setSearchText(QStringLiteral("sync")); }, clear),
           "ms");
    filter.setSearchColumn(-1);
    clear();

    // A page arriving while the user has sorted: 10k rows merged into 100k sorted ones.
    {
        JsonTableModel model;
        TableFilter sorted;
        sorted.setSourceModel(&model);
        const JsonTable page = JsonTable::fromJson(generate(10000));
        const double ms = medianMs([&] { model.appendRows(JsonTable(page)); },
                                   [&] {
                                       model.setTable(JsonTable::fromJson(m_hundredK));
                                       sorted.sort(model.modelColumn(QStringLiteral("title")));
                                   });
        report("append 10k rows into a sorted 100k table", ms, "ms");
    }

    // The reference: QJsonDocument, as the path not taken.
    {
        const double before = statusMb("VmRSS:");
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument document = QJsonDocument::fromJson(m_big);
        report("reference: QJsonDocument::fromJson alone", timer.elapsed(), "ms");
        report("reference: RSS growth for the QJsonDocument", statusMb("VmRSS:") - before, "MB");
        const JsonTable viaQt = JsonTable::fromJsonValue(document.array());
        report("reference: + flatten via fromJsonValue", timer.elapsed(), "ms");
        QCOMPARE(viaQt.rowCount(), 200000);
    }
    report("peak RSS of this process (VmHWM)", statusMb("VmHWM:"), "MB");
}

void TableBench::parse50MB()
{
    JsonTable table;
    QBENCHMARK
    {
        table = JsonTable::fromJson(m_big);
    }
    QCOMPARE(table.rowCount(), 200000);
}

void TableBench::sortText100k()
{
    TableFilter filter;
    filter.setSourceModel(&m_model);
    const int title = m_model.modelColumn(QStringLiteral("title"));
    QBENCHMARK
    {
        filter.sort(title, Qt::AscendingOrder); // keys are built from scratch each time: sort(-1) drops them
        filter.sort(-1);
    }
}

void TableBench::sortNumber100k()
{
    TableFilter filter;
    filter.setSourceModel(&m_model);
    const int score = m_model.modelColumn(QStringLiteral("score"));
    QBENCHMARK
    {
        filter.sort(score, Qt::AscendingOrder);
        filter.sort(-1);
    }
}

void TableBench::filterAllColumns100k()
{
    TableFilter filter;
    filter.setSourceModel(&m_model);
    int i = 0;
    QBENCHMARK
    {
        filter.setSearchText(i++ % 2 ? QStringLiteral("crash") : QStringLiteral("user42"));
    }
}

void TableBench::filterOneColumn100k()
{
    TableFilter filter;
    filter.setSourceModel(&m_model);
    filter.setSearchColumn(m_model.modelColumn(QStringLiteral("title")));
    int i = 0;
    QBENCHMARK
    {
        filter.setSearchText(i++ % 2 ? QStringLiteral("crash") : QStringLiteral("sync"));
    }
}

void TableBench::csvExport200k()
{
    const JsonTable table = JsonTable::fromJson(m_big);
    QFile devNull(QStringLiteral("/dev/null"));
    QVERIFY(devNull.open(QIODevice::WriteOnly));
    QBENCHMARK
    {
        QVERIFY(CsvWriter::write(table, devNull, {}));
    }
}

void TableBench::cliCsvPipeline50MB()
{
    QFile devNull(QStringLiteral("/dev/null"));
    QVERIFY(devNull.open(QIODevice::WriteOnly));
    QBENCHMARK
    {
        const JsonTable table = JsonTable::fromJson(m_big);
        QVERIFY(CsvWriter::write(table, devNull, {}));
    }
}

namespace {

int generateFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(generate(200000)) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    return 0;
}

int csvFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray body = file.readAll();
    JsonTable::Error error;
    const JsonTable table = JsonTable::fromJson(body, QString(), &error);
    if (error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 1;
    }
    return CsvWriter::write(table, out, {}) ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--generate")) {
        return generateFile(arguments.at(2));
    }
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--csv")) {
        return csvFromFile(arguments.at(2));
    }
    TableBench bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "TableBench.moc"
