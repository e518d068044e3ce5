#include "JsonTable.h"

#include "JsonRowReader.h"
#include "JsonValueFlattener.h"
#include "TableText.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

JsonTable::JsonTable() = default;

JsonTable JsonTable::fromJson(const QByteArray& body, const QString& itemsPath, Error* error)
{
    JsonTable table;
    table.m_itemsPath = itemsPath;
    table.appendPage(body, error);
    table.squeeze();
    return table;
}

JsonTable JsonTable::fromJsonValue(const QJsonValue& root, const QString& itemsPath)
{
    JsonTable table;
    table.m_itemsPath = itemsPath;
    table.appendValue(root);
    return table;
}

bool JsonTable::appendPage(const QByteArray& body, Error* error)
{
    JsonRowReader reader(body, m_itemsPath);
    // A first sample of rows tells how many the whole body holds: room for all of them at once
    // saves copying while the columns grow.
    constexpr int kSample = 1000;
    const int before = rowCount();
    if (reader.read(*this, kSample) == kSample && !reader.atEnd() && reader.position() > 0) {
        const double rowsPerByte = double(rowCount() - before) / double(reader.position());
        reserveRows(rowCount()
                    + static_cast<qsizetype>(rowsPerByte * double(reader.size() - reader.position()) * 1.05));
    }
    reader.read(*this);
    if (error) {
        *error = reader.error();
    }
    return !reader.hasError();
}

void JsonTable::appendValue(const QJsonValue& root)
{
    JsonValueFlattener(*this).read(root);
}

void JsonTable::clear()
{
    *this = JsonTable();
}

int JsonTable::addPage(const QByteArray& body)
{
    if (!m_pages.isEmpty() && m_pages.last().constData() == body.constData() && m_pages.last().size() == body.size()) {
        return static_cast<int>(m_pages.size() - 1);
    }
    m_pages.append(body);
    return static_cast<int>(m_pages.size() - 1);
}

int JsonTable::findColumn(QByteArrayView pathUtf8) const
{
    return m_columnIndex.value(QByteArray::fromRawData(pathUtf8.data(), pathUtf8.size()), -1);
}

int JsonTable::addColumn(QByteArrayView pathUtf8, const QList<QByteArray>& keys)
{
    Column column;
    column.pathUtf8 = pathUtf8.toByteArray();
    column.path = TableText::decode(column.pathUtf8);
    column.keys = keys;
    column.firstSeen = static_cast<int>(m_columns.size());
    m_columns.push_back(std::move(column));
    const int index = static_cast<int>(m_columns.size() - 1);
    m_columnIndex.insert(m_columns.back().pathUtf8, index);
    return index;
}

void JsonTable::beginRow()
{
    m_columnsAtRowStart = static_cast<int>(m_columns.size());
}

void JsonTable::setCell(int columnIndex, CellType type, QByteArrayView text)
{
    Column& column = m_columns[static_cast<size_t>(columnIndex)];
    const auto row = static_cast<qsizetype>(m_rows.size());
    if (column.size() > row) {
        dropLastCell(column); // the same key twice in one object: the last one wins
    }
    if (column.size() < row) {
        padColumn(column, row);
    }
    if (column.text.size() + static_cast<size_t>(text.size()) > std::numeric_limits<quint32>::max()) {
        text = {}; // a column past 4 GB of text: not from any answer held in memory
    }
    column.text.insert(column.text.end(), text.begin(), text.end());
    column.ends.push_back(static_cast<quint32>(column.text.size()));
    column.types.push_back(type);
    if (!column.nested.empty()) {
        column.nested.emplace_back();
    }
    ++column.counts[static_cast<size_t>(type)];
    if (column.ascii && !TableText::isAscii(text)) {
        column.ascii = false;
    }
}

void JsonTable::setNested(int columnIndex, qint64 offset, qint64 length)
{
    Column& column = m_columns[static_cast<size_t>(columnIndex)];
    if (column.nested.empty()) {
        column.nested.resize(column.types.size());
    }
    column.nested.back() = NestedRef {offset, static_cast<quint32>(length)};
}

void JsonTable::endRow(quint32 page, qint64 offset, qint64 length)
{
    m_rows.push_back(RowRef {offset, static_cast<quint32>(length), page});
}

void JsonTable::dropPartialRow()
{
    while (static_cast<int>(m_columns.size()) > m_columnsAtRowStart) {
        m_columnIndex.remove(m_columns.back().pathUtf8);
        m_columns.pop_back();
    }
    const auto row = static_cast<qsizetype>(m_rows.size());
    for (Column& column : m_columns) {
        if (column.size() > row) {
            dropLastCell(column);
        }
    }
}

void JsonTable::dropLastCell(Column& column)
{
    const qsizetype last = column.size() - 1;
    --column.counts[static_cast<size_t>(column.types.back())];
    column.text.resize(column.begin(last));
    column.ends.pop_back();
    column.types.pop_back();
    if (!column.nested.empty()) {
        column.nested.pop_back();
    }
}

void JsonTable::padColumn(Column& column, qsizetype rows)
{
    const qsizetype missing = rows - column.size();
    if (missing <= 0) {
        return;
    }
    const auto end = static_cast<quint32>(column.text.size());
    column.ends.insert(column.ends.end(), static_cast<size_t>(missing), end);
    column.types.insert(column.types.end(), static_cast<size_t>(missing), CellType::Missing);
    if (!column.nested.empty()) {
        column.nested.resize(column.types.size());
    }
    column.counts[static_cast<size_t>(CellType::Missing)] += missing;
}

void JsonTable::padColumns()
{
    const auto rows = static_cast<qsizetype>(m_rows.size());
    for (Column& column : m_columns) {
        padColumn(column, rows);
    }
}

void JsonTable::append(JsonTable&& rows)
{
    if (rows.m_rows.empty() && rows.m_columns.empty()) {
        if (m_shape == Shape::None) {
            m_shape = rows.m_shape;
            m_itemsPath = rows.m_itemsPath;
        }
        return;
    }
    if (m_shape == Shape::None) {
        m_shape = rows.m_shape;
        m_itemsPath = rows.m_itemsPath;
    }
    std::vector<quint32> pageMap;
    pageMap.reserve(static_cast<size_t>(rows.m_pages.size()));
    for (const QByteArray& page : std::as_const(rows.m_pages)) {
        pageMap.push_back(static_cast<quint32>(addPage(page)));
    }
    const auto base = static_cast<qsizetype>(m_rows.size());
    for (Column& from : rows.m_columns) {
        int index = findColumn(from.pathUtf8);
        if (index < 0) {
            index = addColumn(from.pathUtf8, from.keys);
        }
        Column& to = m_columns[static_cast<size_t>(index)];
        padColumn(to, base);
        if (to.types.empty()) {
            to.text = std::move(from.text);
            to.ends = std::move(from.ends);
            to.types = std::move(from.types);
            to.nested = std::move(from.nested);
            to.counts = from.counts;
            to.ascii = from.ascii;
            continue;
        }
        const auto shift = static_cast<quint32>(to.text.size());
        to.text.insert(to.text.end(), from.text.begin(), from.text.end());
        to.ends.reserve(to.ends.size() + from.ends.size());
        for (const quint32 end : from.ends) {
            to.ends.push_back(end + shift);
        }
        to.types.insert(to.types.end(), from.types.begin(), from.types.end());
        if (!from.nested.empty()) {
            to.nested.resize(static_cast<size_t>(base));
            to.nested.insert(to.nested.end(), from.nested.begin(), from.nested.end());
        } else if (!to.nested.empty()) {
            to.nested.resize(to.types.size());
        }
        for (int i = 0; i < CellTypeCount; ++i) {
            to.counts[static_cast<size_t>(i)] += from.counts[static_cast<size_t>(i)];
        }
        to.ascii = to.ascii && from.ascii;
    }
    m_rows.reserve(m_rows.size() + rows.m_rows.size());
    for (const RowRef& ref : rows.m_rows) {
        m_rows.push_back(RowRef {ref.offset, ref.length, pageMap[ref.page]});
    }
    padColumns();
    rows.clear();
}

QString JsonTable::columnPath(int column) const
{
    return m_columns[static_cast<size_t>(column)].path;
}

QStringList JsonTable::columnPaths() const
{
    QStringList paths;
    paths.reserve(static_cast<qsizetype>(m_columns.size()));
    for (const Column& column : m_columns) {
        paths.append(column.path);
    }
    return paths;
}

int JsonTable::columnIndex(QStringView path) const
{
    return findColumn(path.toUtf8());
}

JsonTable::Kind JsonTable::columnKind(int columnIndex) const
{
    const auto& counts = m_columns[static_cast<size_t>(columnIndex)].counts;
    const auto count = [&](CellType type) { return counts[static_cast<size_t>(type)]; };
    const qint64 text = count(CellType::Text) + count(CellType::List);
    const qint64 dateTime = count(CellType::DateTime);
    const qint64 date = count(CellType::Date);
    const qint64 url = count(CellType::Url);
    const qint64 strings = text + dateTime + date + url;
    const qint64 integers = count(CellType::Integer);
    const qint64 numbers = integers + count(CellType::Decimal);
    const qint64 booleans = count(CellType::True) + count(CellType::False);
    const qint64 nested = count(CellType::Nested);
    const int families = (strings > 0 ? 1 : 0) + (numbers > 0 ? 1 : 0) + (booleans > 0 ? 1 : 0) + (nested > 0 ? 1 : 0);
    if (families == 0) {
        return Kind::Empty;
    }
    if (families > 1) {
        return Kind::Mixed;
    }
    if (numbers > 0) {
        return numbers == integers ? Kind::Integer : Kind::Decimal;
    }
    if (booleans > 0) {
        return Kind::Boolean;
    }
    if (nested > 0) {
        return Kind::Nested;
    }
    if (strings == url) {
        return Kind::Url;
    }
    if (strings == date) {
        return Kind::Date;
    }
    if (strings == date + dateTime) {
        return Kind::DateTime;
    }
    return Kind::Text;
}

bool JsonTable::columnIsAscii(int column) const
{
    return m_columns[static_cast<size_t>(column)].ascii;
}

qint64 JsonTable::columnCellCount(int column, CellType type) const
{
    return m_columns[static_cast<size_t>(column)].counts[static_cast<size_t>(type)];
}

namespace {

bool endsWith(const QString& text, const char* suffix)
{
    return text.endsWith(QLatin1String(suffix));
}

int indexIn(const QString& word, std::initializer_list<const char*> words)
{
    int i = 0;
    for (const char* candidate : words) {
        if (word == QLatin1String(candidate)) {
            return i;
        }
        ++i;
    }
    return -1;
}

} // namespace

QList<int> JsonTable::defaultColumnOrder() const
{
    struct Ranked
    {
        int tier;
        int sub;
        int seen;
        int column;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(m_columns.size());
    for (int c = 0; c < columnCount(); ++c) {
        const Column& column = m_columns[static_cast<size_t>(c)];
        const Kind kind = columnKind(c);
        const bool topLevel = column.keys.size() <= 1;
        const QString leaf = column.keys.isEmpty() ? column.path : TableText::decode(column.keys.last());
        const QString lowerLeaf = leaf.toLower();
        int tier = 4;
        int sub = 0;
        const int identity
            = indexIn(lowerLeaf,
                      {"id", "number", "key", "name", "title", "login", "full_name", "fullname", "display_name",
                       "displayname", "username", "email", "slug", "subject", "summary", "label", "value"});
        const int state = indexIn(lowerLeaf,
                                  {"state", "status", "type", "kind", "visibility", "private", "priority", "role",
                                   "active", "archived", "draft"});
        const int nestedName
            = indexIn(lowerLeaf, {"login", "name", "title", "full_name", "display_name", "username", "email", "label"});
        const bool dateName = endsWith(lowerLeaf, "_at") || endsWith(lowerLeaf, "_on") || endsWith(lowerLeaf, "_date")
            || endsWith(leaf, "At") || endsWith(leaf, "Date") || endsWith(leaf, "_time") || endsWith(leaf, "Time")
            || indexIn(lowerLeaf, {"date", "created", "updated", "modified", "timestamp", "due", "deadline"}) >= 0;
        const bool urlName = lowerLeaf == QLatin1String("url") || lowerLeaf == QLatin1String("uri")
            || lowerLeaf == QLatin1String("href") || lowerLeaf == QLatin1String("link") || endsWith(lowerLeaf, "_url")
            || endsWith(leaf, "Url") || endsWith(lowerLeaf, "_uri") || endsWith(lowerLeaf, "_href")
            || endsWith(lowerLeaf, "_link") || endsWith(leaf, "Link");
        const bool opaqueId = (!topLevel && lowerLeaf == QLatin1String("id")) || lowerLeaf == QLatin1String("node_id")
            || lowerLeaf == QLatin1String("nodeid") || lowerLeaf == QLatin1String("gravatar_id")
            || endsWith(lowerLeaf, "_id") || endsWith(leaf, "Id") || endsWith(lowerLeaf, "_ids")
            || lowerLeaf == QLatin1String("etag") || lowerLeaf == QLatin1String("sha");
        qint64 filled = 0;
        for (int t = 0; t < CellTypeCount; ++t) {
            if (t != static_cast<int>(CellType::Missing) && t != static_cast<int>(CellType::Null)) {
                filled += column.counts[static_cast<size_t>(t)];
            }
        }
        const bool longText = filled > 0 && static_cast<qint64>(column.text.size()) / filled > 120;

        if (urlName || kind == Kind::Url) {
            tier = 6;
            sub = (lowerLeaf == QLatin1String("html_url") || lowerLeaf == QLatin1String("web_url")
                   || lowerLeaf == QLatin1String("permalink"))
                ? 0
                : 1;
        } else if (topLevel && identity >= 0) {
            tier = 0;
            sub = identity;
        } else if (opaqueId) {
            tier = 5;
        } else if (topLevel && state >= 0) {
            tier = 1;
            sub = state;
        } else if (!topLevel && nestedName >= 0) {
            tier = 2;
            sub = nestedName;
        } else if (dateName || kind == Kind::Date || kind == Kind::DateTime) {
            tier = 3;
            sub = lowerLeaf.startsWith(QLatin1String("created"))
                ? 0
                : (lowerLeaf.startsWith(QLatin1String("updated")) ? 1 : 2);
        } else if (longText) {
            tier = 5;
        }
        ranked.push_back(Ranked {tier, sub, column.firstSeen, c});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.tier != b.tier) {
            return a.tier < b.tier;
        }
        if (a.sub != b.sub) {
            return a.sub < b.sub;
        }
        return a.seen < b.seen;
    });
    QList<int> order;
    order.reserve(static_cast<qsizetype>(ranked.size()));
    for (const Ranked& r : ranked) {
        order.append(r.column);
    }
    return order;
}

QStringList JsonTable::defaultColumnPaths() const
{
    QStringList paths;
    for (const int c : defaultColumnOrder()) {
        paths.append(columnPath(c));
    }
    return paths;
}

JsonTable::CellType JsonTable::cellType(int row, int column) const
{
    return m_columns[static_cast<size_t>(column)].types[static_cast<size_t>(row)];
}

QByteArrayView JsonTable::cellUtf8(int row, int column) const
{
    const Column& c = m_columns[static_cast<size_t>(column)];
    const quint32 begin = c.begin(row);
    const quint32 end = c.ends[static_cast<size_t>(row)];
    return QByteArrayView(c.text.data() + begin, end - begin);
}

bool JsonTable::isBlank(int row, int column) const
{
    switch (cellType(row, column)) {
    case CellType::Missing:
    case CellType::Null:
    case CellType::EmptyList:
        return true;
    default:
        return cellUtf8(row, column).isEmpty();
    }
}

QString JsonTable::text(int row, int column) const
{
    if (cellType(row, column) == CellType::Nested) {
        return tr("%n item(s)", nullptr, nestedCount(row, column));
    }
    return TableText::decode(cellUtf8(row, column));
}

int JsonTable::nestedCount(int row, int column) const
{
    if (cellType(row, column) != CellType::Nested) {
        return -1;
    }
    const QByteArrayView text = cellUtf8(row, column);
    int count = 0;
    std::from_chars(text.data(), text.data() + text.size(), count);
    return count;
}

QVariant JsonTable::value(int row, int column) const
{
    const QByteArrayView text = cellUtf8(row, column);
    switch (cellType(row, column)) {
    case CellType::Missing:
    case CellType::Null:
    case CellType::EmptyList:
        return {};
    case CellType::Text:
    case CellType::Url:
    case CellType::List:
        return TableText::decode(text);
    case CellType::DateTime: {
        qint64 ms = 0;
        bool hasOffset = false;
        if (TableText::parseIsoDateTime(text, &ms, nullptr, &hasOffset)) {
            if (hasOffset) {
                return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            }
            QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            return QDateTime(utc.date(), utc.time(), Qt::LocalTime);
        }
        return TableText::decode(text);
    }
    case CellType::Date: {
        qint64 ms = 0;
        if (TableText::parseIsoDateTime(text, &ms)) {
            return QDate(1970, 1, 1).addDays(ms / 86400000LL);
        }
        return TableText::decode(text);
    }
    case CellType::Integer: {
        qint64 number = 0;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), number);
        if (result.ec == std::errc() && result.ptr == text.data() + text.size()) {
            return number;
        }
        double approx = 0;
        std::from_chars(text.data(), text.data() + text.size(), approx);
        return approx;
    }
    case CellType::Decimal: {
        double number = 0;
        std::from_chars(text.data(), text.data() + text.size(), number);
        return number;
    }
    case CellType::True:
        return true;
    case CellType::False:
        return false;
    case CellType::Nested:
        return nestedCount(row, column);
    }
    return {};
}

QByteArray JsonTable::rowJson(int row) const
{
    return rowJsonView(row).toByteArray();
}

QByteArrayView JsonTable::rowJsonView(int row) const
{
    const RowRef& ref = m_rows[static_cast<size_t>(row)];
    return QByteArrayView(m_pages.at(ref.page)).sliced(ref.offset, ref.length);
}

QByteArray JsonTable::nestedJson(int row, int column) const
{
    return nestedJsonView(row, column).toByteArray();
}

QByteArrayView JsonTable::nestedJsonView(int row, int column) const
{
    const CellType type = cellType(row, column);
    if (type == CellType::EmptyList) {
        return QByteArrayView("[]");
    }
    const Column& c = m_columns[static_cast<size_t>(column)];
    if ((type != CellType::Nested && type != CellType::List) || c.nested.empty()) {
        return {};
    }
    const NestedRef& ref = c.nested[static_cast<size_t>(row)];
    return QByteArrayView(m_pages.at(m_rows[static_cast<size_t>(row)].page)).sliced(ref.offset, ref.length);
}

JsonTable JsonTable::nestedTable(int row, int column) const
{
    const QByteArray json = nestedJson(row, column);
    if (json.isEmpty()) {
        return {};
    }
    return fromJson(json);
}

qint64 JsonTable::storageBytes() const
{
    qint64 bytes = sizeof(JsonTable);
    for (const Column& column : m_columns) {
        bytes += static_cast<qint64>(sizeof(Column));
        bytes += static_cast<qint64>(column.text.capacity());
        bytes += static_cast<qint64>(column.ends.capacity() * sizeof(quint32));
        bytes += static_cast<qint64>(column.types.capacity() * sizeof(CellType));
        bytes += static_cast<qint64>(column.nested.capacity() * sizeof(NestedRef));
        bytes += column.path.capacity() * 2 + column.pathUtf8.capacity() * 2;
        for (const QByteArray& key : column.keys) {
            bytes += key.capacity();
        }
    }
    bytes += static_cast<qint64>(m_rows.capacity() * sizeof(RowRef));
    bytes += static_cast<qint64>(m_columnIndex.capacity()) * 32;
    return bytes;
}

qint64 JsonTable::sourceBytes() const
{
    qint64 bytes = 0;
    const char* previous = nullptr;
    for (const QByteArray& page : m_pages) {
        if (page.constData() != previous) {
            bytes += page.size();
        }
        previous = page.constData();
    }
    return bytes;
}

void JsonTable::reserveRows(qsizetype rows)
{
    const auto target = static_cast<size_t>(rows);
    if (target <= m_rows.size()) {
        return;
    }
    for (Column& column : m_columns) {
        const size_t cells = std::max<size_t>(column.types.size(), 1);
        column.text.reserve(static_cast<size_t>(double(column.text.size()) / double(cells) * double(target) * 1.05));
        column.ends.reserve(target);
        column.types.reserve(target);
        if (!column.nested.empty()) {
            column.nested.reserve(target);
        }
    }
    m_rows.reserve(target);
}

namespace {

template <typename Vector> void growWithMargin(Vector& vector, size_t needed)
{
    if (vector.capacity() < needed) {
        vector.reserve(needed + needed / 8);
    }
}

} // namespace

void JsonTable::growForRows(qsizetype rows)
{
    const auto target = static_cast<size_t>(rows);
    if (target <= m_rows.size()) {
        return;
    }
    for (Column& column : m_columns) {
        const size_t cells = std::max<size_t>(column.types.size(), 1);
        growWithMargin(column.text,
                       static_cast<size_t>(double(column.text.size()) / double(cells) * double(target) * 1.05));
        growWithMargin(column.ends, target);
        growWithMargin(column.types, target);
        if (!column.nested.empty()) {
            growWithMargin(column.nested, target);
        }
    }
    growWithMargin(m_rows, target);
}

namespace {

template <typename Vector> void shrinkIfWasteful(Vector& vector)
{
    if (vector.capacity() > vector.size() + vector.size() / 4 + 64) {
        vector.shrink_to_fit();
    }
}

} // namespace

void JsonTable::squeeze()
{
    for (Column& column : m_columns) {
        shrinkIfWasteful(column.text);
        shrinkIfWasteful(column.ends);
        shrinkIfWasteful(column.types);
        shrinkIfWasteful(column.nested);
    }
    shrinkIfWasteful(m_rows);
}

bool JsonTable::sameCells(const JsonTable& other, QString* difference) const
{
    const auto differ = [&](const QString& what) {
        if (difference) {
            *difference = what;
        }
        return false;
    };
    if (rowCount() != other.rowCount()) {
        return differ(QStringLiteral("rows: %1 vs %2").arg(rowCount()).arg(other.rowCount()));
    }
    if (columnCount() != other.columnCount()) {
        return differ(QStringLiteral("columns: %1 vs %2")
                          .arg(columnPaths().join(QLatin1Char(',')), other.columnPaths().join(QLatin1Char(','))));
    }
    if (m_shape != other.m_shape || m_itemsPath != other.m_itemsPath) {
        return differ(QStringLiteral("shape or items path: %1 vs %2").arg(m_itemsPath, other.m_itemsPath));
    }
    for (int c = 0; c < columnCount(); ++c) {
        const int o = other.columnIndex(columnPath(c));
        if (o < 0) {
            return differ(QStringLiteral("no column %1 in the other table").arg(columnPath(c)));
        }
        if (columnKind(c) != other.columnKind(o)) {
            return differ(QStringLiteral("kind of %1: %2 vs %3")
                              .arg(columnPath(c))
                              .arg(static_cast<int>(columnKind(c)))
                              .arg(static_cast<int>(other.columnKind(o))));
        }
        for (int r = 0; r < rowCount(); ++r) {
            if (cellType(r, c) != other.cellType(r, o) || cellUtf8(r, c) != other.cellUtf8(r, o)) {
                return differ(QStringLiteral("row %1, column %2: %3 '%4' vs %5 '%6'")
                                  .arg(r)
                                  .arg(columnPath(c))
                                  .arg(static_cast<int>(cellType(r, c)))
                                  .arg(QString::fromUtf8(cellUtf8(r, c)))
                                  .arg(static_cast<int>(other.cellType(r, o)))
                                  .arg(QString::fromUtf8(other.cellUtf8(r, o))));
            }
        }
    }
    return true;
}
