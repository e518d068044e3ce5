#pragma once

#include "data/JsonTable.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Helpers shared by the table tests.
namespace TableTestSupport {

// One letter per cell type, then the stored text: "i:12", "s:abc", "-" for missing.
inline QString cellCode(const JsonTable& table, int row, int column)
{
    const QString text = QString::fromUtf8(table.cellUtf8(row, column));
    switch (table.cellType(row, column)) {
    case JsonTable::CellType::Missing:
        return QStringLiteral("-");
    case JsonTable::CellType::Null:
        return QStringLiteral("n:");
    case JsonTable::CellType::Text:
        return QStringLiteral("s:") + text;
    case JsonTable::CellType::DateTime:
        return QStringLiteral("d:") + text;
    case JsonTable::CellType::Date:
        return QStringLiteral("D:") + text;
    case JsonTable::CellType::Url:
        return QStringLiteral("u:") + text;
    case JsonTable::CellType::Integer:
        return QStringLiteral("i:") + text;
    case JsonTable::CellType::Decimal:
        return QStringLiteral("f:") + text;
    case JsonTable::CellType::True:
    case JsonTable::CellType::False:
        return QStringLiteral("b:") + text;
    case JsonTable::CellType::List:
        return QStringLiteral("l:") + text;
    case JsonTable::CellType::EmptyList:
        return QStringLiteral("e:");
    case JsonTable::CellType::Nested:
        return QStringLiteral("c:") + text;
    }
    return {};
}

// "col1|col2\ncell|cell\n…" with columns in first-seen order.
inline QString render(const JsonTable& table)
{
    QStringList lines;
    lines.append(table.columnPaths().join(QLatin1Char('|')));
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table.columnCount(); ++c) {
            cells.append(cellCode(table, r, c));
        }
        lines.append(cells.join(QLatin1Char('|')));
    }
    return lines.join(QLatin1Char('\n'));
}

// Random JSON documents whose every value QJsonDocument keeps exactly (integers below 2^53,
// decimals in their shortest form, unique keys), written with random white space and escapes.
class JsonGenerator
{
public:
    explicit JsonGenerator(quint32 seed)
        : m_random(seed)
    { }

    int pick(int n) { return static_cast<int>(m_random.bounded(n)); }

    QByteArray document()
    {
        QByteArray out;
        switch (pick(10)) {
        case 0:
            scalar(out);
            break;
        case 1:
            list(out, 0, false);
            break;
        case 2:
        case 3: {
            // The list inside an object, under a usual name.
            static const char* names[] = {"results", "items", "data", "records", "values", "entries"};
            out += '{';
            space(out);
            out += "\"meta\":";
            object(out, 2);
            out += ',';
            space(out);
            out += '"';
            out += names[pick(6)];
            out += "\":";
            list(out, 0, true);
            out += '}';
            break;
        }
        default:
            list(out, 0, true);
        }
        return out;
    }

private:
    void space(QByteArray& out)
    {
        static const char* spaces[] = {"", "", "", " ", "\n", "\r\n  ", "\t"};
        out += spaces[pick(7)];
    }

    void list(QByteArray& out, int depth, bool ofObjects)
    {
        out += '[';
        space(out);
        const int n = ofObjects ? 1 + pick(25) : pick(6);
        for (int i = 0; i < n; ++i) {
            if (i > 0) {
                out += ',';
                space(out);
            }
            if (ofObjects && pick(20) != 0) {
                object(out, depth + 1);
            } else {
                value(out, depth + 1);
            }
            space(out);
        }
        out += ']';
    }

    void object(QByteArray& out, int depth)
    {
        static const char* keys[] = {"id",    "name",  "login",  "owner", "tags",  "labels", "created_at", "html_url",
                                     "count", "price", "active", "note",  "state", "é",      "k\\\"q",     "emoji😀"};
        out += '{';
        space(out);
        const int n = pick(depth > 2 ? 3 : 8);
        QList<int> used;
        bool first = true;
        for (int i = 0; i < n; ++i) {
            const int k = pick(16);
            if (used.contains(k)) {
                continue;
            }
            used.append(k);
            if (!first) {
                out += ',';
                space(out);
            }
            first = false;
            out += '"';
            out += keys[k];
            out += '"';
            space(out);
            out += ':';
            space(out);
            value(out, depth + 1);
        }
        out += '}';
    }

    void value(QByteArray& out, int depth)
    {
        const int choice = pick(depth > 3 ? 6 : 10);
        if (choice < 6) {
            scalar(out);
        } else if (choice < 8) {
            object(out, depth);
        } else {
            list(out, depth, pick(2) == 0);
        }
    }

    void scalar(QByteArray& out)
    {
        switch (pick(9)) {
        case 0:
            out += "null";
            break;
        case 1:
            out += pick(2) ? "true" : "false";
            break;
        case 2:
            out += QByteArray::number(static_cast<qint64>(m_random.bounded(2000000)) - 1000000);
            break;
        case 3:
            out += QByteArray::number(static_cast<qint64>(m_random.bounded(1000000000)) * 1000003LL);
            break;
        case 4: {
            static const char* decimals[] = {"0.5", "-2.25", "3.125", "1234.75", "0.1", "99.99"};
            out += decimals[pick(6)];
            break;
        }
        case 5: {
            static const char* dates[] = {"\"2024-01-05T10:00:00Z\"", "\"2023-12-31\"", "\"https://example.com/a?b=c\"",
                                          "\"2024-02-29T23:59:59.123+02:00\""};
            out += dates[pick(4)];
            break;
        }
        default:
            string(out);
        }
    }

    void string(QByteArray& out)
    {
        static const char* pieces[]
            = {"abc", " ",   "Zoë",     "日本",           "😀",       ",", "\\\"", "\\\\",   "\\n",
               "\\t", "\\/", "\\u00e9", "\\ud83d\\ude00", "\\u0001", "x", "42",   "file10", "\\r\\n"};
        out += '"';
        const int n = pick(6);
        for (int i = 0; i < n; ++i) {
            out += pieces[pick(18)];
        }
        out += '"';
    }

    QRandomGenerator m_random;
};

} // namespace TableTestSupport
