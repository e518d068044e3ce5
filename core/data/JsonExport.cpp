#include "JsonExport.h"

#include "JsonTable.h"
#include "TableSlice.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QIODevice>

namespace {

constexpr qsizetype kChunk = 64 * 1024;

void appendJsonString(QByteArray& out, QByteArrayView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out.append(text.sliced(start, i - start));
        start = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    out.append(text.sliced(start));
    out.append('"');
}

bool flush(QIODevice& device, QByteArray& buffer, QString* error)
{
    if (!buffer.isEmpty() && device.write(buffer) != buffer.size()) {
        if (error) {
            *error = JsonExport::tr("Could not write the file: %1").arg(device.errorString());
        }
        return false;
    }
    buffer.resize(0);
    return true;
}

} // namespace

bool JsonExport::write(const TableSlice& slice, QIODevice& out, Shape shape, QString* error)
{
    const JsonTable& table = *slice.table;
    QByteArray buffer;
    buffer.reserve(kChunk + 4096);
    buffer.append('[');
    std::vector<QByteArray> keys;
    for (const int c : slice.columns) {
        QByteArray key;
        appendJsonString(key, table.columnPath(c).toUtf8());
        keys.push_back(key + ':');
    }
    bool firstRow = true;
    for (const int r : slice.rows) {
        buffer.append(firstRow ? "\n" : ",\n");
        firstRow = false;
        if (shape == Shape::Original) {
            buffer.append(table.rowJsonView(r));
        } else {
            buffer.append('{');
            bool firstField = true;
            for (size_t i = 0; i < slice.columns.size(); ++i) {
                const int c = slice.columns[i];
                const JsonTable::CellType type = table.cellType(r, c);
                if (type == JsonTable::CellType::Missing) {
                    continue;
                }
                if (!firstField) {
                    buffer.append(',');
                }
                firstField = false;
                buffer.append(keys[i]);
                switch (type) {
                case JsonTable::CellType::Null:
                    buffer.append("null");
                    break;
                case JsonTable::CellType::Integer:
                case JsonTable::CellType::Decimal:
                case JsonTable::CellType::True:
                case JsonTable::CellType::False:
                    buffer.append(table.cellUtf8(r, c));
                    break;
                case JsonTable::CellType::List:
                case JsonTable::CellType::EmptyList:
                case JsonTable::CellType::Nested: {
                    const QByteArrayView json = table.nestedJsonView(r, c);
                    if (json.isEmpty()) {
                        appendJsonString(buffer, table.cellUtf8(r, c));
                    } else {
                        buffer.append(json);
                    }
                    break;
                }
                default:
                    appendJsonString(buffer, table.cellUtf8(r, c));
                }
            }
            buffer.append('}');
        }
        if (buffer.size() >= kChunk && !flush(out, buffer, error)) {
            return false;
        }
    }
    buffer.append(firstRow ? "]\n" : "\n]\n");
    return flush(out, buffer, error);
}

bool JsonExport::write(const JsonTable& table, QIODevice& out, Shape shape, QString* error)
{
    return write(TableSlice::of(table), out, shape, error);
}

bool JsonExport::write(const QAbstractItemModel& model, QIODevice& out, Shape shape, QString* error)
{
    const TableSlice slice = TableSlice::of(model);
    if (slice.table) {
        return write(slice, out, shape, error);
    }
    // Any other model: its displayed text, flattened.
    QByteArray buffer("[");
    for (int r = 0; r < model.rowCount(); ++r) {
        buffer.append(r == 0 ? "\n{" : ",\n{");
        for (int c = 0; c < model.columnCount(); ++c) {
            if (c > 0) {
                buffer.append(',');
            }
            appendJsonString(buffer, model.headerData(c, Qt::Horizontal).toString().toUtf8());
            buffer.append(':');
            appendJsonString(buffer, model.data(model.index(r, c)).toString().toUtf8());
        }
        buffer.append('}');
        if (buffer.size() >= kChunk && !flush(out, buffer, error)) {
            return false;
        }
    }
    buffer.append(model.rowCount() == 0 ? "]\n" : "\n]\n");
    return flush(out, buffer, error);
}
