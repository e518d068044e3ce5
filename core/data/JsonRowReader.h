#pragma once

#include "JsonTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

// The fast path from a JSON body to table rows: one pass over the raw bytes, no DOM.
//
// Strings are decoded (escapes, \uXXXX with surrogate pairs; invalid UTF-8 and lone surrogates
// become U+FFFD), numbers are kept as their exact text, nesting deeper than MaxDepth is refused,
// and malformed input stops with an Error naming the byte offset (and line and column). Rows can
// be read in batches, so a worker thread can hand the first rows over before the last are read.
//
// What it accepts is what QJsonDocument accepts (checked by a test on mutated documents): strict
// JSON plus Qt's leniencies — raw control characters in strings, "\x" read as "x", ".5", "-.5"
// and "1." — and a leading UTF-8 byte order mark. The same key twice in an object: the last wins.
// The list is found under keys without a dot only, since its path (keys joined by dots) must
// name it again.
//
//     JsonRowReader reader(body);
//     JsonTable table;
//     while (reader.read(table, 5000) > 0) { … }
//     if (reader.hasError()) { … reader.error() … }
class JsonRowReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonRowReader)

public:
    static constexpr int MaxDepth = 512;

    explicit JsonRowReader(const QByteArray& body, const QString& itemsPath = {});

    // Finds the list (read() calls it when needed). For a document that is not a top-level array
    // this checks the whole document first, so an error anywhere is found before any row is given.
    bool open();
    // Reads up to maxRows rows into `table` (which may already hold rows: columns are matched by
    // path). Returns the number of rows read; 0 at the end or on error.
    int read(JsonTable& table, int maxRows = 1 << 30);

    bool atEnd() const { return m_state == State::Done || m_state == State::Failed; }
    bool hasError() const { return m_error.isError(); }
    JsonTable::Error error() const { return m_error; }
    QString itemsPath() const { return m_foundPath; }
    JsonTable::Shape shape() const { return m_shape; }
    qint64 position() const { return m_pos - m_begin; }
    qint64 size() const { return m_end - m_begin; }

    // Builds the error for `offset` into `body` (line and column counted).
    static JsonTable::Error makeError(const QByteArray& body, qint64 offset, const QString& what);

private:
    enum class State {
        Closed,
        Rows, // inside the list
        SingleRow, // one row: an object or a scalar
        Done,
        Failed,
    };

    struct Member
    {
        std::string key;
        const char* begin = nullptr; // the value
        const char* end = nullptr;
        char type = 0; // first byte of the value
        qint64 count = 0; // arrays: elements
        bool allObjects = false; // arrays: at least one object, and only objects (or nulls)
    };

    struct Located
    {
        const char* value = nullptr; // the list's '['
        std::string path;
        qint64 count = -1;
        int depth = 0; // containers around the list
    };

    // Errors
    bool fail(const char* at, const char* what);
    bool failed() const { return m_state == State::Failed; }

    // Low-level scanning; each returns false after calling fail().
    void skipWhitespace(const char*& p) const
    {
        while (p < m_end && static_cast<unsigned char>(*p) <= ' '
               && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) {
            ++p;
        }
    }
    // After an item of a list (close = ']') or a member of an object (close = '}'): skips the
    // whitespace, then a ',' (Next) or `close` (End); anything else fails.
    enum class Separator {
        Next,
        End,
        Failed,
    };
    Separator afterElement(const char*& p, char close);
    // At an object's '{': steps in. Next when a member follows, End when the object is empty
    // (p is then past its '}').
    Separator enterObject(const char*& p, int depth);
    // At a member: reads its name and the ':' after it, and leaves p at its value.
    bool readMemberName(const char*& p, QByteArrayView* key);
    bool readString(const char*& p, std::string& scratch, QByteArrayView* out);
    bool readNumber(const char*& p, bool* integer);
    bool readLiteral(const char*& p, const char* word, int length);
    bool skipValue(const char*& p, int depth);
    bool skipArray(const char*& p, int depth, qint64* count, bool* allObjects);
    bool scanObject(const char*& p, int depth, std::vector<Member>* members);

    // Finding the list
    bool locateExplicit(const char* root);
    bool locateAuto(const std::vector<Member>& members, int depth, int level, const std::string& prefix,
                    Located* found);
    void startAt(const char* value, int depth);

    // Rows
    bool readElement(JsonTable& table, const char*& p, int depth);
    bool flattenObject(JsonTable& table, const char*& p, int depth);
    bool flattenArrayCell(JsonTable& table, int column, const char*& p, int depth);
    bool scalarCell(JsonTable& table, int column, const char*& p);
    int columnForPath(JsonTable& table);
    void finishList(const char* p);

    QByteArray m_body;
    QString m_itemsPath;
    const char* m_begin = nullptr;
    const char* m_end = nullptr;
    const char* m_pos = nullptr;
    State m_state = State::Closed;
    JsonTable::Shape m_shape = JsonTable::Shape::None;
    JsonTable::Error m_error;
    QString m_foundPath;
    int m_listDepth = 0;
    bool m_topLevelArray = false;
    bool m_firstElement = true;
    quint32 m_page = 0;

    // Flattening state: the dotted path of the current field and where each key starts in it.
    std::string m_path;
    std::vector<size_t> m_keyStarts;
    std::string m_keyScratch;
    std::string m_valueScratch;
    std::string m_joined;
    // Columns of the previous row in order: rows of one shape then need no hash look-up.
    std::vector<int> m_predicted;
    std::vector<int> m_current;
    const JsonTable* m_predictedFor = nullptr;
};
