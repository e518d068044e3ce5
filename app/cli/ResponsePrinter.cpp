#include "ResponsePrinter.h"

#include "ConsoleIO.h"
#include "TerminalColours.h"
#include "TextTable.h"
#include "data/CsvWriter.h"
#include "data/JsonExport.h"
#include "data/JsonTableModel.h"
#include "data/TableFilter.h"
#include "data/TableSlice.h"
#include "http/ResponseSummary.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

constexpr int kGap = 2; // TextTable's space between columns
constexpr int kWidestCell = 40; // a column is never planned wider than this
constexpr int kNarrowest = 12; // nor, when it has that much text, narrower than this
constexpr int kWidthSample = 2000; // rows looked at to plan the widths

const QStringList names = {QStringLiteral("pretty"),  QStringLiteral("raw"),   QStringLiteral("json"),
                           QStringLiteral("headers"), QStringLiteral("table"), QStringLiteral("csv")};

void printPretty(const QByteArray& pretty)
{
    ConsoleIO::outBytes(TerminalColours::wanted() ? TerminalColours::json(pretty) : pretty);
}

} // namespace

ResponsePrinter::ResponsePrinter(Format format)
    : m_format(format)
    , m_width(ConsoleIO::terminalWidth())
{ }

QStringList ResponsePrinter::formatNames()
{
    return names;
}

std::optional<ResponsePrinter::Format> ResponsePrinter::formatFromName(const QString& name)
{
    const qsizetype index = names.indexOf(name.trimmed().toLower());
    if (index < 0) {
        return std::nullopt;
    }
    return static_cast<Format>(index);
}

void ResponsePrinter::printChunk(const QByteArray& chunk)
{
    m_streamed = true;
    ConsoleIO::outBytes(chunk);
}

void ResponsePrinter::print(const SendResult& result)
{
    const Response& response = result.response;
    if (!response.received()) {
        return;
    }
    if (!response.bodyFile.isEmpty()) {
        if (m_format == Format::Headers) {
            printHeaders(result);
        } else if (m_format == Format::Json) {
            printJsonEnvelope(result, nullptr);
        }
        return;
    }
    printBody(result);
}

void ResponsePrinter::printBody(const SendResult& result)
{
    const Response& response = result.response;
    const bool json = BodyFormatter::detect(response.contentType(), response.body) == BodyFormatter::Kind::Json;
    switch (m_format) {
    case Format::Pretty: {
        QByteArray pretty;
        if (json) {
            pretty = BodyFormatter::prettyJson(response.body, &m_info);
        } else {
            m_info = BodyFormatter::inspectJson(response.body);
        }
        if (!pretty.isEmpty()) {
            printPretty(pretty);
        } else {
            ConsoleIO::outBytes(response.body);
            if (!response.body.isEmpty() && !response.body.endsWith('\n') && ConsoleIO::stdoutIsTerminal()) {
                ConsoleIO::outBytes("\n");
            }
            if (json && !m_info.valid && !response.body.isEmpty()) {
                m_problem
                    = tr("The answer says it is JSON but is not valid JSON; shown as received. %1").arg(m_info.error);
            }
        }
        return;
    }
    case Format::Raw:
        if (!m_streamed) {
            ConsoleIO::outBytes(response.body);
        }
        if (m_countItems && json) {
            m_info = BodyFormatter::inspectJson(response.body);
        }
        return;
    case Format::Headers:
        if (m_countItems && json) {
            m_info = BodyFormatter::inspectJson(response.body);
        }
        printHeaders(result);
        return;
    case Format::Json:
        m_info = BodyFormatter::inspectJson(response.body);
        printJsonEnvelope(result, nullptr);
        return;
    case Format::Table:
    case Format::Csv: {
        JsonTable table = tableOf(response.body);
        if (m_problem.isEmpty()) {
            m_info.valid = true;
            m_info.itemCount = table.isList() ? table.rowCount() : -1;
        }
        printRows(std::move(table));
        return;
    }
    }
}

JsonTable ResponsePrinter::tableOf(const QByteArray& body)
{
    if (body.trimmed().isEmpty()) {
        m_problem = tr("The answer has no body: there is no table to show.");
        return {};
    }
    JsonTable::Error error;
    JsonTable table = JsonTable::fromJson(body, m_itemsPath, &error);
    if (error.isError()) {
        m_problem = table.rowCount() > 0
            ? tr("The answer is not valid JSON after row %1: %2").arg(table.rowCount()).arg(error.message)
            : tr("The answer is not JSON, so it cannot be shown as a table: %1").arg(error.message);
    }
    return table;
}

void ResponsePrinter::printRows(JsonTable rows)
{
    if (rows.columnCount() == 0) {
        if (m_problem.isEmpty() && rows.isList()) {
            m_problem = tr("The list is empty.");
        }
        return;
    }
    // Search and sort as the window's table does.
    JsonTableModel model;
    model.setTable(std::move(rows));
    TableFilter filter;
    filter.setSourceModel(&model);
    if (!m_search.isEmpty()) {
        filter.setSearchText(m_search);
    }
    if (!m_sortColumn.isEmpty()) {
        const int column = model.modelColumn(m_sortColumn);
        if (column < 0) {
            m_problem = tr("There is no column \"%1\" to sort by; the columns are: %2.")
                            .arg(m_sortColumn, model.visibleColumns().join(QStringLiteral(", ")));
        } else {
            filter.sort(column, m_sortOrder);
        }
    }
    const TableSlice slice = TableSlice::of(filter);
    m_rows = static_cast<qint64>(slice.rows.size());
    if (m_format == Format::Table) {
        printTable(slice);
    } else {
        printCsv(slice);
    }
}

void ResponsePrinter::printTable(const TableSlice& slice)
{
    const JsonTable& table = *slice.table;
    const QList<int> order(slice.columns.begin(), slice.columns.end());
    const int sample = std::min(static_cast<int>(slice.rows.size()), kWidthSample);

    // Plan: every column as wide as its text (up to kWidestCell); when the line is too long,
    // keep the columns that fit at a narrower width, in the default order (identifying fields
    // first, long URLs and ids last), and leave the rest out.
    QList<int> chosen;
    int used = 0;
    for (const int column : order) {
        int natural = TextTable::displayWidth(table.columnPath(column));
        for (int i = 0; i < sample && natural < kWidestCell; ++i) {
            natural = std::max(natural, TextTable::displayWidth(table.text(slice.rows[size_t(i)], column)));
        }
        natural = std::min(natural, kWidestCell);
        const int needed = std::min(natural, kNarrowest) + (chosen.isEmpty() ? 0 : kGap);
        if (m_width > 0 && !chosen.isEmpty() && used + needed > m_width) {
            continue;
        }
        chosen.append(column);
        used += needed;
    }
    m_hiddenColumns = static_cast<int>(order.size() - chosen.size());

    QStringList headers;
    for (const int column : chosen) {
        headers.append(table.columnPath(column));
    }
    TextTable text(headers);
    for (int i = 0; i < chosen.size(); ++i) {
        const JsonTable::Kind kind = table.columnKind(chosen.at(i));
        text.setRightAligned(i, kind == JsonTable::Kind::Integer || kind == JsonTable::Kind::Decimal);
    }
    for (const int row : slice.rows) {
        QStringList cells;
        cells.reserve(chosen.size());
        for (const int column : chosen) {
            cells.append(table.text(row, column));
        }
        text.addRow(std::move(cells));
    }
    ConsoleIO::out(text.render(m_width));
}

void ResponsePrinter::printCsv(const TableSlice& slice)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        m_problem = tr("Could not write to standard output.");
        return;
    }
    QString error;
    if (!CsvWriter::write(slice, out, CsvWriter::Options {}, &error)) {
        m_problem = error;
    }
    out.flush();
}

void ResponsePrinter::printHeaders(const SendResult& result)
{
    const Response& response = result.response;
    ConsoleIO::outLine(QStringLiteral("%1 %2").arg(response.httpVersion,
                                                   ResponseSummary::statusText(response.status, response.reason)));
    for (const HttpHeaders::Header& h : response.headers.list()) {
        ConsoleIO::outLine(QString::fromUtf8(h.first + ": " + h.second));
    }
}

void ResponsePrinter::printJsonEnvelope(const SendResult& result, const QByteArray* itemsJson)
{
    const Response& response = result.response;
    QJsonObject envelope {{QStringLiteral("status"), response.status},
                          {QStringLiteral("reason"), response.reason},
                          {QStringLiteral("url"), result.shownUrl.toString()},
                          {QStringLiteral("timeMs"), response.timings.totalMs},
                          {QStringLiteral("size"), response.bodySize}};
    QJsonObject headers;
    for (const HttpHeaders::Header& h : response.headers.list()) {
        headers.insert(QString::fromUtf8(h.first), QString::fromUtf8(h.second));
    }
    envelope.insert(QStringLiteral("headers"), headers);
    if (itemsJson) {
        envelope.insert(QStringLiteral("pages"), m_pageCount);
        envelope.insert(QStringLiteral("items"), QJsonDocument::fromJson(*itemsJson).array());
    } else if (!response.bodyFile.isEmpty()) {
        envelope.insert(QStringLiteral("bodyFile"), response.bodyFile);
    } else {
        const QJsonDocument body = QJsonDocument::fromJson(response.body);
        if (!body.isNull()) {
            envelope.insert(QStringLiteral("body"),
                            body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object()));
        } else {
            envelope.insert(QStringLiteral("body"), QString::fromUtf8(response.body));
        }
    }
    ConsoleIO::outBytes(QJsonDocument(envelope).toJson(QJsonDocument::Indented));
}

void ResponsePrinter::addPage(const SendResult& result, const JsonTable& rows)
{
    ++m_pageCount;
    m_lastPage = result;
    m_rows += rows.rowCount();
    m_pageRows += rows.rowCount();
    switch (m_format) {
    case Format::Raw:
        ConsoleIO::outBytes(result.response.body);
        if (!result.response.body.endsWith('\n')) {
            ConsoleIO::outBytes("\n");
        }
        return;
    case Format::Headers:
        if (m_pageCount > 1) {
            ConsoleIO::outLine(QString());
        }
        printHeaders(result);
        return;
    default:
        m_pages.append(JsonTable(rows));
        return;
    }
}

void ResponsePrinter::finishPages()
{
    m_info.valid = true;
    m_info.itemCount = m_pageRows;
    switch (m_format) {
    case Format::Raw:
    case Format::Headers:
        return;
    case Format::Table:
    case Format::Csv:
        printRows(std::move(m_pages));
        m_pages = JsonTable();
        return;
    case Format::Pretty:
    case Format::Json: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JsonExport::write(m_pages, buffer, JsonExport::Shape::Original);
        if (m_format == Format::Json && m_lastPage) {
            printJsonEnvelope(*m_lastPage, &buffer.buffer());
        } else {
            BodyFormatter::JsonInfo info;
            const QByteArray pretty = BodyFormatter::prettyJson(buffer.buffer(), &info);
            printPretty(pretty.isEmpty() ? buffer.buffer() : pretty);
        }
        return;
    }
    }
}
