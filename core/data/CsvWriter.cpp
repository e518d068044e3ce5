#include "CsvWriter.h"

#include "JsonTable.h"
#include "TableSlice.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QIODevice>

namespace {

constexpr qsizetype kChunk = 64 * 1024;

// Writes the buffer when it is full (or at the end), then empties it keeping its capacity.
class Output
{
public:
    Output(QIODevice& device, QString* error)
        : m_device(device)
        , m_error(error)
    {
        m_buffer.reserve(kChunk + 4096);
    }

    QByteArray& buffer() { return m_buffer; }

    bool flushIfFull() { return m_buffer.size() < kChunk || flush(); }

    bool flush()
    {
        if (m_failed) {
            return false;
        }
        if (!m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size()) {
            m_failed = true;
            if (m_error) {
                *m_error = CsvWriter::tr("Could not write the file: %1").arg(m_device.errorString());
            }
            return false;
        }
        m_buffer.resize(0);
        return true;
    }

private:
    QIODevice& m_device;
    QString* m_error;
    QByteArray m_buffer;
    bool m_failed = false;
};

bool needsFormulaGuard(QByteArrayView text)
{
    if (text.isEmpty()) {
        return false;
    }
    const char c = text[0];
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

bool isStringType(JsonTable::CellType type)
{
    switch (type) {
    case JsonTable::CellType::Text:
    case JsonTable::CellType::DateTime:
    case JsonTable::CellType::Date:
    case JsonTable::CellType::Url:
    case JsonTable::CellType::List:
        return true;
    default:
        return false;
    }
}

} // namespace

void CsvWriter::appendField(QByteArray& line, QByteArrayView field, char delimiter)
{
    bool quote = false;
    for (const char c : field) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line.append(field);
        return;
    }
    line.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '"') {
            line.append(field.sliced(start, i + 1 - start));
            line.append('"');
            start = i + 1;
        }
    }
    line.append(field.sliced(start));
    line.append('"');
}

bool CsvWriter::write(const TableSlice& slice, QIODevice& out, const Options& options, QString* error)
{
    Output output(out, error);
    QByteArray& buffer = output.buffer();
    if (options.byteOrderMark) {
        buffer.append("\xEF\xBB\xBF");
    }
    const JsonTable& table = *slice.table;
    if (options.header) {
        bool first = true;
        for (const int c : slice.columns) {
            if (!first) {
                buffer.append(options.delimiter);
            }
            first = false;
            appendField(buffer, table.columnPath(c).toUtf8(), options.delimiter);
        }
        buffer.append("\r\n");
    }
    QByteArray scratch;
    for (const int r : slice.rows) {
        bool first = true;
        for (const int c : slice.columns) {
            if (!first) {
                buffer.append(options.delimiter);
            }
            first = false;
            const JsonTable::CellType type = table.cellType(r, c);
            QByteArrayView text = table.cellUtf8(r, c);
            if (type == JsonTable::CellType::Nested) {
                if (options.nested == NestedCells::Json) {
                    text = table.nestedJsonView(r, c);
                } else {
                    scratch = table.text(r, c).toUtf8();
                    text = scratch;
                }
            }
            if (options.protectFormulas && isStringType(type) && needsFormulaGuard(text)) {
                scratch = QByteArray("'" + text.toByteArray());
                text = scratch;
            }
            appendField(buffer, text, options.delimiter);
        }
        buffer.append("\r\n");
        if (!output.flushIfFull()) {
            return false;
        }
    }
    return output.flush();
}

bool CsvWriter::write(const JsonTable& table, QIODevice& out, const Options& options, QString* error)
{
    return write(TableSlice::of(table), out, options, error);
}

bool CsvWriter::write(const QAbstractItemModel& model, QIODevice& out, const Options& options, QString* error)
{
    const TableSlice slice = TableSlice::of(model);
    if (slice.table) {
        return write(slice, out, options, error);
    }
    // Any other model: what it displays.
    Output output(out, error);
    QByteArray& buffer = output.buffer();
    if (options.byteOrderMark) {
        buffer.append("\xEF\xBB\xBF");
    }
    const int columns = model.columnCount();
    const auto line = [&](auto&& textAt) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0) {
                buffer.append(options.delimiter);
            }
            const QByteArray text = textAt(c).toUtf8();
            if (options.protectFormulas && needsFormulaGuard(text)) {
                appendField(buffer, QByteArray("'" + text), options.delimiter);
            } else {
                appendField(buffer, text, options.delimiter);
            }
        }
        buffer.append("\r\n");
    };
    if (options.header) {
        line([&](int c) { return model.headerData(c, Qt::Horizontal).toString(); });
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        line([&](int c) { return model.data(model.index(r, c), Qt::DisplayRole).toString(); });
        if (!output.flushIfFull()) {
            return false;
        }
    }
    return output.flush();
}
