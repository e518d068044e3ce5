#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class JsonTable;
class QAbstractItemModel;
class QIODevice;
struct TableSlice;

// Tables as CSV (RFC 4180): fields holding the delimiter, a quote, CR or LF are quoted, quotes
// doubled, lines end with CRLF, the first line names the columns (their paths). UTF-8, with an
// optional byte order mark so spreadsheet apps read it as UTF-8. Written in 64 KB pieces straight
// to the device: no giant string in memory.
//
// What goes in: the rows and columns the model shows, in its order — a JsonTableModel gives
// every row and its visible columns, a TableFilter the filtered and sorted rows. Any other model
// is read through DisplayRole. The JsonTable overload writes every row and column.
//
// Cells: strings, numbers (exact text), true/false; empty for null and missing; lists of scalars
// joined with ", "; lists of objects as their JSON (NestedCells::Json) or as "3 items".
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class NestedCells {
        Json, // the list's JSON, so nothing is lost
        Summary, // "3 items", as on screen
    };

    struct Options
    {
        char delimiter = ',';
        bool byteOrderMark = false;
        bool header = true;
        NestedCells nested = NestedCells::Json;
        // Spreadsheet formula injection: text starting with = + - @ tab or CR gets a leading '
        // (numbers are left alone). Off by default: it changes the data.
        bool protectFormulas = false;
    };

    static bool write(const QAbstractItemModel& model, QIODevice& out, const Options& options,
                      QString* error = nullptr);
    static bool write(const JsonTable& table, QIODevice& out, const Options& options, QString* error = nullptr);
    static bool write(const TableSlice& slice, QIODevice& out, const Options& options, QString* error = nullptr);

    // One field as it goes into the file: quoted when needed.
    static void appendField(QByteArray& line, QByteArrayView field, char delimiter = ',');
};
