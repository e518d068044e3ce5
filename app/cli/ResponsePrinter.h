#pragma once

#include "data/BodyFormatter.h"
#include "data/JsonTable.h"
#include "http/SendResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

struct TableSlice;

// What `latchkey send` and `latchkey run` print on standard output for an answer, in one of
// the --output formats. Messages for people (notes, problems) are left to the caller, which
// reads them from problem() and hiddenColumns().
//
//     ResponsePrinter printer(ResponsePrinter::Format::Table);
//     printer.print(result);                       // one answer
//   or, with every page (Paginator::pageLoaded):
//     printer.addPage(result, rows); …; printer.finishPages();
//
// pretty   JSON indented (coloured on a terminal), other bodies as received
// raw      the bytes as received (streamed by the caller with printChunk() when it wants)
// json     status, headers and body as one JSON object
// headers  the status line and the headers
// table    the list as aligned columns, cut to the terminal's width (COLUMNS when not a terminal)
// csv      the list as CSV (RFC 4180), every column
// With pages: pretty, json, table and csv print the rows of all pages as one list; raw prints
// each page's body in turn, headers each page's headers.
class ResponsePrinter
{
    Q_DECLARE_TR_FUNCTIONS(ResponsePrinter)

public:
    enum class Format {
        Pretty,
        Raw,
        Json,
        Headers,
        Table,
        Csv,
    };

    explicit ResponsePrinter(Format format);

    static QStringList formatNames(); // pretty, raw, json, headers, table, csv
    static std::optional<Format> formatFromName(const QString& name);
    Format format() const { return m_format; }

    // Where the list is in the answer ("" = found automatically), e.g. the provider's itemsPath.
    void setItemsPath(const QString& path) { m_itemsPath = path; }
    // Line width for `table` (0 = no limit). Default: the terminal's width.
    void setWidth(int columns) { m_width = columns; }
    // table and csv: only rows holding `text` (any column, case-insensitive), sorted by a column
    // (its path, e.g. owner.login; typed: numbers by value, dates by time).
    void setSearch(const QString& text) { m_search = text; }
    void setSort(const QString& column, Qt::SortOrder order) { m_sortColumn = column, m_sortOrder = order; }
    // raw and headers: whether jsonInfo() is wanted (the summary's item count). Looking
    // through a large body for it is not free, so without a summary it is left out.
    void setCountItems(bool count) { m_countItems = count; }

    // Raw output as it arrives; print() then leaves the body out.
    void printChunk(const QByteArray& chunk);

    // One answer.
    void print(const SendResult& result);
    // A page of a paginated answer, with its rows (as Paginator read them), then the end.
    void addPage(const SendResult& result, const JsonTable& rows);
    void finishPages();

    // After print(): the body as JSON (for the summary line's item count).
    const BodyFormatter::JsonInfo& jsonInfo() const { return m_info; }
    // Rows printed by table/csv (after the search), or gathered from the pages.
    qint64 rowCount() const { return m_rows; }
    // Something the person should know (on standard error): the answer was not a list, …
    QString problem() const { return m_problem; }
    // Columns `table` left out to fit the width.
    int hiddenColumns() const { return m_hiddenColumns; }

private:
    void printBody(const SendResult& result);
    void printRows(JsonTable table);
    void printTable(const TableSlice& slice);
    void printCsv(const TableSlice& slice);
    void printJsonEnvelope(const SendResult& result, const QByteArray* itemsJson);
    static void printHeaders(const SendResult& result);
    JsonTable tableOf(const QByteArray& body);

    Format m_format;
    QString m_itemsPath;
    int m_width = 0;
    QString m_search;
    QString m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_streamed = false;
    BodyFormatter::JsonInfo m_info;
    bool m_countItems = true;
    qint64 m_rows = 0;
    QString m_problem;
    int m_hiddenColumns = 0;
    // Pages
    JsonTable m_pages;
    int m_pageCount = 0;
    qint64 m_pageRows = 0;
    std::optional<SendResult> m_lastPage;
};
