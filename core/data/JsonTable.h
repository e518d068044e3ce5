#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <array>
#include <vector>

class JsonRowReader;
class JsonValueFlattener;

// A JSON answer as rows and columns.
//
// Where the rows come from: a top-level array (each element is a row), or the array inside an
// object — `results`, `items`, `data`, `records`, `values`, `entries`, `rows`, `nodes`, `hits`,
// `edges`, else the largest member that is an array of objects, looked for up to four objects
// deep — or the array at an explicit items path ("data", "result.items", "0.list"). A single
// object with no such list is one row; a scalar is one row with one column "value".
//
// How a row becomes cells: nested objects become dotted columns (`owner.login`); arrays of
// scalars become one cell joined with ", " (nulls left out); arrays holding objects or arrays
// become a count ("3 items") whose JSON nestedJson() gives back; null is empty; numbers keep
// their exact text (12345678901234567890 stays whole); booleans stay booleans. Rows of
// different shapes give the union of their columns in first-seen order. An element of the list
// that is not an object is a row with one column "value".
//
// Storage is by column: one UTF-8 text buffer, one end offset and one type byte per cell, so a
// 100k × 20 table costs little more than its text. The bodies the rows came from are kept
// (implicitly shared, not copied) so rowJson() and nestedJson() can give back the original JSON.
//
// fromJson() reads the raw bytes with a single-pass tokenizer (JsonRowReader) and is the one to
// use; fromJsonValue() flattens an already parsed QJsonValue the same way. The two agree except
// where QJsonDocument loses information: numbers (it keeps doubles: 1.0 becomes 1, digits beyond
// 2^53 are lost) and key order (QJsonObject sorts keys, so first-seen column order is
// alphabetical per object).
class JsonTable
{
    Q_DECLARE_TR_FUNCTIONS(JsonTable)

public:
    enum class CellType : quint8 {
        Missing, // the row has no such field
        Null,
        Text, // a string
        DateTime, // a string holding an ISO 8601 date and time
        Date, // a string holding an ISO 8601 date
        Url, // a string holding an http(s) URL
        Integer, // a number without fraction or exponent, text kept exactly
        Decimal, // any other number, text kept exactly
        True,
        False,
        List, // array of scalars: the text is the elements joined with ", "
        EmptyList, // []
        Nested, // array holding objects or arrays: the text is the element count
    };
    static constexpr int CellTypeCount = 13;

    // A column's kind, from the cells it holds (empty cells do not count).
    enum class Kind : quint8 {
        Empty, // nothing but null, missing or []
        Text,
        Integer,
        Decimal, // numbers, some with a fraction
        Boolean,
        DateTime,
        Date,
        Url,
        Nested, // counts of sub-lists (open with nestedJson)
        Mixed, // different JSON types
    };

    // What the document was.
    enum class Shape : quint8 {
        None, // nothing read yet
        List, // an array: one row per element
        Object, // one object without a list in it: one row
        Scalar, // a string, number, boolean or null: one row, one column
    };

    struct Error
    {
        QString message; // plain language, with where it happened
        qint64 offset = -1; // byte offset into the body, -1 when there is no error
        int line = 0; // 1-based
        int column = 0; // 1-based, in bytes
        bool isError() const { return offset >= 0; }
    };

    JsonTable();

    // Reads a JSON body. On malformed JSON the table holds the rows read before the error (all of
    // them, for an error after the list) and *error says what and where.
    static JsonTable fromJson(const QByteArray& body, const QString& itemsPath = {}, Error* error = nullptr);
    static JsonTable fromJsonValue(const QJsonValue& root, const QString& itemsPath = {});

    // Later pages of the same list. The items path found on the first page is used again.
    bool appendPage(const QByteArray& body, Error* error = nullptr);
    void appendValue(const QJsonValue& root); // a later page already parsed
    // Rows read elsewhere (a worker thread's batch); columns are matched by path.
    void append(JsonTable&& rows);
    void clear();

    // Where the rows were found: "" for a top-level array, "results", "data.items"…
    QString itemsPath() const { return m_itemsPath; }
    // An explicit items path for the pages to come ("" = find it).
    void setItemsPath(const QString& path) { m_itemsPath = path; }
    Shape shape() const { return m_shape; }
    bool isList() const { return m_shape == Shape::List; }

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    int columnCount() const { return static_cast<int>(m_columns.size()); }

    QString columnPath(int column) const;
    QStringList columnPaths() const; // first-seen order
    int columnIndex(QStringView path) const; // -1 when there is no such column
    Kind columnKind(int column) const;
    bool columnIsAscii(int column) const; // every cell's text is ASCII
    qint64 columnCellCount(int column, CellType type) const; // how many cells of one type
    // The columns in a sensible order: identifying and human-readable fields first (id, name,
    // title, login, email…), then state, nested names (owner.login), dates, the rest, opaque ids,
    // and URLs last (html_url first among them).
    QList<int> defaultColumnOrder() const;
    QStringList defaultColumnPaths() const;

    CellType cellType(int row, int column) const;
    // The stored UTF-8 text: a string's content, a number's exact text, "true"/"false", the joined
    // list, the count of a nested list; empty for null, missing and [].
    QByteArrayView cellUtf8(int row, int column) const;
    // No value to show: missing, null, [], or empty text.
    bool isBlank(int row, int column) const;
    // What a person reads: the text, or "3 items" for a nested list.
    QString text(int row, int column) const;
    // Typed: qint64 (double beyond its range) for integers, double, bool, QDateTime (UTC, or local
    // when the text named no zone), QDate, int (count of a nested list), QString; invalid when blank.
    QVariant value(int row, int column) const;
    int nestedCount(int row, int column) const; // -1 when the cell is not a nested list

    // The original JSON of a row, as it came.
    QByteArray rowJson(int row) const;
    QByteArrayView rowJsonView(int row) const; // valid while the table lives and is not changed
    // The JSON array behind a nested cell ("3 items"), or behind a list cell ("[]" for an empty
    // list); empty otherwise.
    QByteArray nestedJson(int row, int column) const;
    QByteArrayView nestedJsonView(int row, int column) const;
    // That array as a table of its own (for a double-click on "3 items").
    JsonTable nestedTable(int row, int column) const;

    // Memory held by the table itself (text, offsets, types, row index), and by the bodies it keeps.
    qint64 storageBytes() const;
    qint64 sourceBytes() const;
    // Makes room for `rows` rows in all, guessing each column's text from the rows so far.
    void reserveRows(qsizetype rows);
    // The same for an estimate that is revised as rows come in: only storage that would not hold
    // `rows` rows grows, and then with a margin, so a column is copied to a larger place early and
    // rarely rather than doubling (a copy of the whole column) when it is largest.
    void growForRows(qsizetype rows);
    // Gives back spare capacity (more than a quarter) after the last rows arrived.
    void squeeze();

    // For tests: the same columns (by path), cell types and texts, row by row.
    bool sameCells(const JsonTable& other, QString* difference = nullptr) const;

private:
    friend class JsonRowReader;
    friend class JsonValueFlattener;

    struct NestedRef
    {
        qint64 offset = 0; // into the row's page
        quint32 length = 0;
    };

    struct Column
    {
        QString path;
        QByteArray pathUtf8;
        QList<QByteArray> keys; // path steps from the row (none: the row's element itself)
        std::vector<char> text;
        std::vector<quint32> ends; // end of each cell's text; a cell starts where the one before ended
        std::vector<CellType> types;
        std::vector<NestedRef> nested; // per row, only once a nested cell appeared
        std::array<qint64, CellTypeCount> counts {};
        bool ascii = true;
        int firstSeen = 0;

        qsizetype size() const { return static_cast<qsizetype>(types.size()); }
        quint32 begin(qsizetype row) const { return row == 0 ? 0 : ends[static_cast<size_t>(row - 1)]; }
    };

    struct RowRef
    {
        qint64 offset = 0;
        quint32 length = 0;
        quint32 page = 0;
    };

    // Writing, for the readers.
    int addPage(const QByteArray& body);
    int findColumn(QByteArrayView pathUtf8) const;
    int addColumn(QByteArrayView pathUtf8, const QList<QByteArray>& keys);
    void beginRow();
    void setCell(int column, CellType type, QByteArrayView text);
    // The JSON array behind the cell just set (a nested or a list cell).
    void setNested(int column, qint64 offset, qint64 length);
    void endRow(quint32 page, qint64 offset, qint64 length);
    // Malformed input in the middle of a row: forget its cells and the columns it added.
    void dropPartialRow();
    static void dropLastCell(Column& column);
    void padColumns();
    static void padColumn(Column& column, qsizetype rows);

    std::vector<Column> m_columns;
    QHash<QByteArray, int> m_columnIndex;
    std::vector<RowRef> m_rows;
    QList<QByteArray> m_pages;
    QString m_itemsPath;
    Shape m_shape = Shape::None;
    int m_columnsAtRowStart = 0;
};
