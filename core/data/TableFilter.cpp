#include "TableFilter.h"

#include "JsonTableModel.h"
#include "TableText.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace {

constexpr double kExactDoubleLimit = 9007199254740992.0; // 2^53

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const int c = n > 0 ? std::memcmp(a.data(), b.data(), static_cast<size_t>(n)) : 0;
    if (c != 0) {
        return c < 0 ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

} // namespace

TableFilter::TableFilter(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

void TableFilter::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : m_connections) {
        disconnect(connection);
    }
    m_connections.clear();
    m_model = qobject_cast<JsonTableModel*>(model);
    QAbstractProxyModel::setSourceModel(m_model);
    connectSource();
    m_keys = SortKeys();
    resolvePaths();
    rebuildIndex();
    endResetModel();
    emitCounts();
}

void TableFilter::connectSource()
{
    if (!m_model) {
        return;
    }
    JsonTableModel* model = m_model;
    const auto add = [this](QMetaObject::Connection connection) { m_connections.push_back(connection); };
    add(connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }));
    add(connect(model, &QAbstractItemModel::modelReset, this, &TableFilter::onSourceReset));
    add(connect(model, &QAbstractItemModel::rowsInserted, this, &TableFilter::onSourceRowsInserted));
    add(connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { beginResetModel(); }));
    add(connect(model, &QAbstractItemModel::rowsRemoved, this, &TableFilter::onSourceReset));
    add(connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); }));
    add(connect(model, &QAbstractItemModel::layoutChanged, this, &TableFilter::onSourceReset));
    add(connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this,
                [this](const QModelIndex&, int first, int last) { beginInsertColumns({}, first, last); }));
    add(connect(model, &QAbstractItemModel::columnsInserted, this, [this] {
        endInsertColumns();
        if (!m_needle.isEmpty() && m_searchPath.isEmpty()) {
            changeLayout([this] { rebuildIndex(); }, QAbstractItemModel::NoLayoutChangeHint); // more to search in
        }
    }));
    add(connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                [this](const QModelIndex&, int first, int last) { beginRemoveColumns({}, first, last); }));
    add(connect(model, &QAbstractItemModel::columnsRemoved, this, [this] {
        endRemoveColumns();
        if (!m_needle.isEmpty() && m_searchPath.isEmpty()) {
            changeLayout([this] { rebuildIndex(); }, QAbstractItemModel::NoLayoutChangeHint);
        }
    }));
    add(connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this,
                [this](const QModelIndex&, int first, int last, const QModelIndex&, int destination) {
                    beginMoveColumns({}, first, last, {}, destination);
                }));
    add(connect(model, &QAbstractItemModel::columnsMoved, this, [this] { endMoveColumns(); }));
    add(connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
                    if (!m_rows.empty()) {
                        emit dataChanged(index(0, topLeft.column()),
                                         index(static_cast<int>(m_rows.size()) - 1, bottomRight.column()), roles);
                    }
                }));
    add(connect(model, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal) {
                        emit headerDataChanged(orientation, first, last);
                    }
                }));
}

int TableFilter::totalCount() const
{
    return m_model ? m_model->rowCount() : 0;
}

void TableFilter::emitCounts()
{
    emit countsChanged(shownCount(), totalCount());
}

// Columns named by path follow the table through resets and column moves.
void TableFilter::resolvePaths()
{
    if (!m_model) {
        m_sortTableColumn = -1;
        return;
    }
    const JsonTable& table = m_model->table();
    m_sortTableColumn = m_sortPath.isEmpty() ? -1 : table.columnIndex(m_sortPath);
    if (m_keys.tableColumn != m_sortTableColumn) {
        m_keys = SortKeys();
    }
}

void TableFilter::setSearchText(const QString& text)
{
    m_search = text;
    const QString needle = text.trimmed().toCaseFolded();
    if (needle == m_needle) {
        return;
    }
    m_needle = needle;
    m_needleIsAscii = true;
    for (const QChar c : std::as_const(m_needle)) {
        if (c.unicode() >= 0x80) {
            m_needleIsAscii = false;
            break;
        }
    }
    m_needleAscii = m_needleIsAscii ? m_needle.toLatin1().toLower() : QByteArray();
    changeLayout([this] { rebuildIndex(); }, QAbstractItemModel::NoLayoutChangeHint);
    emitCounts();
}

void TableFilter::setSearchColumn(int sourceColumn)
{
    const QString path = (m_model && sourceColumn >= 0) ? m_model->columnPath(sourceColumn) : QString();
    if (path == m_searchPath) {
        return;
    }
    m_searchPath = path;
    if (!m_needle.isEmpty()) {
        changeLayout([this] { rebuildIndex(); }, QAbstractItemModel::NoLayoutChangeHint);
        emitCounts();
    }
}

int TableFilter::searchColumn() const
{
    return (m_model && !m_searchPath.isEmpty()) ? m_model->modelColumn(m_searchPath) : -1;
}

int TableFilter::sortColumn() const
{
    return (m_model && m_sortTableColumn >= 0) ? m_model->modelColumn(m_sortTableColumn) : -1;
}

void TableFilter::sort(int column, Qt::SortOrder order)
{
    if (!m_model) {
        return;
    }
    m_sortPath = column >= 0 ? m_model->columnPath(column) : QString();
    m_order = order;
    resolvePaths();
    changeLayout(
        [this] {
            if (m_sortTableColumn < 0) {
                std::sort(m_rows.begin(), m_rows.end());
            } else {
                sortRows(m_rows);
            }
            std::fill(m_shownAt.begin(), m_shownAt.end(), -1);
            for (size_t i = 0; i < m_rows.size(); ++i) {
                m_shownAt[static_cast<size_t>(m_rows[i])] = static_cast<int>(i);
            }
        },
        QAbstractItemModel::VerticalSortHint);
}

bool TableFilter::matches(int row, int tableColumn) const
{
    const JsonTable& table = m_model->table();
    switch (table.cellType(row, tableColumn)) {
    case JsonTable::CellType::Missing:
    case JsonTable::CellType::Null:
    case JsonTable::CellType::EmptyList:
    case JsonTable::CellType::Nested:
        return false;
    default:
        break;
    }
    const QByteArrayView text = table.cellUtf8(row, tableColumn);
    if (m_needleIsAscii) {
        return TableText::containsAsciiLower(text, m_needleAscii);
    }
    if (table.columnIsAscii(tableColumn) || TableText::isAscii(text)) {
        return false; // a non-ASCII needle is not in ASCII text
    }
    return QString::fromUtf8(text).contains(m_needle, Qt::CaseInsensitive);
}

bool TableFilter::accepts(int row) const
{
    if (m_needle.isEmpty()) {
        return true;
    }
    if (!m_searchPath.isEmpty()) {
        const int column = m_model->table().columnIndex(m_searchPath);
        return column >= 0 && matches(row, column);
    }
    const int columns = m_model->columnCount();
    for (int c = 0; c < columns; ++c) {
        if (matches(row, m_model->tableColumn(c))) {
            return true;
        }
    }
    return false;
}

std::vector<int> TableFilter::filteredRows()
{
    std::vector<int> rows;
    if (!m_model) {
        return rows;
    }
    const int total = m_model->rowCount();
    rows.reserve(static_cast<size_t>(total));
    if (m_needle.isEmpty()) {
        for (int r = 0; r < total; ++r) {
            rows.push_back(r);
        }
        return rows;
    }
    if (!m_searchPath.isEmpty()) {
        const int column = m_model->table().columnIndex(m_searchPath);
        if (column >= 0) {
            for (int r = 0; r < total; ++r) {
                if (matches(r, column)) {
                    rows.push_back(r);
                }
            }
        }
        return rows;
    }
    std::vector<int> columns;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        columns.push_back(m_model->tableColumn(c));
    }
    for (int r = 0; r < total; ++r) {
        for (const int c : columns) {
            if (matches(r, c)) {
                rows.push_back(r);
                break;
            }
        }
    }
    return rows;
}

void TableFilter::rebuildIndex()
{
    m_rows = filteredRows();
    if (m_sortTableColumn >= 0) {
        sortRows(m_rows);
    }
    m_shownAt.assign(static_cast<size_t>(m_model ? m_model->rowCount() : 0), -1);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_shownAt[static_cast<size_t>(m_rows[i])] = static_cast<int>(i);
    }
}

bool TableFilter::ensureKeys(int rows)
{
    if (m_sortTableColumn < 0) {
        return false;
    }
    const JsonTable& table = m_model->table();
    const int column = m_sortTableColumn;
    const JsonTable::Kind kind = table.columnKind(column);
    const bool ascii = table.columnIsAscii(column);
    bool restarted = false;
    if (m_keys.tableColumn != column || m_keys.kind != kind || m_keys.ascii != ascii) {
        // New rows changed how the column compares (now mixed, now with non-ASCII text): start over.
        restarted = m_keys.tableColumn == column && m_keys.built > 0;
        m_keys = SortKeys();
        m_keys.tableColumn = column;
        m_keys.kind = kind;
        m_keys.ascii = ascii;
    }
    if (m_keys.built >= rows) {
        return restarted;
    }
    m_keys.number.resize(static_cast<size_t>(rows));
    m_keys.family.resize(static_cast<size_t>(rows));
    if (!m_keys.ascii) {
        m_keys.folded.resize(static_cast<size_t>(rows));
    }
    for (int r = m_keys.built; r < rows; ++r) {
        const auto i = static_cast<size_t>(r);
        m_keys.number[i] = 0;
        if (table.isBlank(r, column)) {
            m_keys.family[i] = 0;
            continue;
        }
        const JsonTable::CellType type = table.cellType(r, column);
        const QByteArrayView text = table.cellUtf8(r, column);
        quint8 family = 2;
        double number = 0;
        switch (type) {
        case JsonTable::CellType::Integer:
        case JsonTable::CellType::Decimal:
            family = 1;
            std::from_chars(text.data(), text.data() + text.size(), number);
            break;
        case JsonTable::CellType::True:
        case JsonTable::CellType::False:
            if (kind == JsonTable::Kind::Boolean || kind == JsonTable::Kind::Mixed) {
                family = 1;
                number = type == JsonTable::CellType::True ? 1 : 0;
            }
            break;
        case JsonTable::CellType::Nested:
            family = 1;
            number = table.nestedCount(r, column);
            break;
        case JsonTable::CellType::Date:
        case JsonTable::CellType::DateTime:
            if (kind == JsonTable::Kind::Date || kind == JsonTable::Kind::DateTime) {
                qint64 ms = 0;
                if (TableText::parseIsoDateTime(text, &ms)) {
                    family = 1;
                    number = static_cast<double>(ms);
                }
            }
            break;
        default:
            break;
        }
        m_keys.family[i] = family;
        m_keys.number[i] = number;
        if (family == 2 && !m_keys.ascii) {
            // Accents and case do not decide the order (é sorts with e); the raw text breaks ties.
            QString key = QString::fromUtf8(text);
            if (!TableText::isAscii(text)) {
                key = key.normalized(QString::NormalizationForm_KD);
                key.removeIf([](QChar c) { return c.isMark(); });
            }
            m_keys.folded[i] = key.toCaseFolded();
        }
    }
    m_keys.built = rows;
    return restarted;
}

int TableFilter::compare(int a, int b) const
{
    const auto ia = static_cast<size_t>(a);
    const auto ib = static_cast<size_t>(b);
    const quint8 fa = m_keys.family[ia];
    const quint8 fb = m_keys.family[ib];
    if (fa != fb) {
        return fa < fb ? -1 : 1;
    }
    const JsonTable& table = m_model->table();
    const int column = m_sortTableColumn;
    if (fa == 1) {
        const double na = m_keys.number[ia];
        const double nb = m_keys.number[ib];
        if (na != nb) {
            return na < nb ? -1 : 1;
        }
        if (std::abs(na) >= kExactDoubleLimit && table.cellType(a, column) == JsonTable::CellType::Integer
            && table.cellType(b, column) == JsonTable::CellType::Integer) {
            return TableText::compareIntegerText(table.cellUtf8(a, column), table.cellUtf8(b, column));
        }
        return 0;
    }
    const QByteArrayView ta = table.cellUtf8(a, column);
    const QByteArrayView tb = table.cellUtf8(b, column);
    int c = m_keys.ascii ? TableText::naturalCompareAscii(ta, tb)
                         : TableText::naturalCompare(m_keys.folded[ia], m_keys.folded[ib]);
    if (c == 0) {
        c = compareBytes(ta, tb);
    }
    return c;
}

bool TableFilter::before(int a, int b) const
{
    const bool blankA = m_keys.family[static_cast<size_t>(a)] == 0;
    const bool blankB = m_keys.family[static_cast<size_t>(b)] == 0;
    if (blankA || blankB) {
        return !blankA && blankB; // empty cells last, whichever the direction
    }
    const int c = compare(a, b);
    return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
}

void TableFilter::sortRows(std::vector<int>& rows)
{
    if (!m_model || m_sortTableColumn < 0) {
        return;
    }
    ensureKeys(m_model->table().rowCount());
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) { return before(a, b); });
}

template <typename Change> void TableFilter::changeLayout(Change&& change, QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<std::pair<int, int>> sources; // model row, column
    sources.reserve(static_cast<size_t>(from.size()));
    for (const QModelIndex& index : from) {
        const bool valid = index.isValid() && index.row() < static_cast<int>(m_rows.size());
        sources.emplace_back(valid ? m_rows[static_cast<size_t>(index.row())] : -1, index.column());
    }
    change();
    QModelIndexList to;
    to.reserve(from.size());
    for (const auto& [row, column] : sources) {
        const int shown
            = (row >= 0 && row < static_cast<int>(m_shownAt.size())) ? m_shownAt[static_cast<size_t>(row)] : -1;
        to.append(shown >= 0 ? index(shown, column) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, hint);
}

void TableFilter::onSourceReset()
{
    m_keys = SortKeys();
    resolvePaths();
    rebuildIndex();
    endResetModel();
    emitCounts();
}

void TableFilter::onSourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || !m_model) {
        return;
    }
    m_shownAt.resize(static_cast<size_t>(m_model->rowCount()), -1);
    std::vector<int> added;
    for (int r = first; r <= last; ++r) {
        if (accepts(r)) {
            added.push_back(r);
        }
    }
    if (added.empty()) {
        emitCounts();
        return;
    }
    if (m_sortTableColumn >= 0 && ensureKeys(m_model->table().rowCount())) {
        changeLayout([this] { rebuildIndex(); }, QAbstractItemModel::NoLayoutChangeHint);
        emitCounts();
        return;
    }
    bool atEnd = m_sortTableColumn < 0 || m_rows.empty();
    if (!atEnd) {
        sortRows(added);
        atEnd = !before(added.front(), m_rows.back());
    }
    if (atEnd) {
        const int start = static_cast<int>(m_rows.size());
        beginInsertRows({}, start, start + static_cast<int>(added.size()) - 1);
        for (const int r : added) {
            m_shownAt[static_cast<size_t>(r)] = static_cast<int>(m_rows.size());
            m_rows.push_back(r);
        }
        endInsertRows();
    } else {
        changeLayout(
            [&] {
                std::vector<int> merged;
                merged.reserve(m_rows.size() + added.size());
                std::merge(m_rows.begin(), m_rows.end(), added.begin(), added.end(), std::back_inserter(merged),
                           [this](int a, int b) { return before(a, b); });
                m_rows = std::move(merged);
                for (size_t i = 0; i < m_rows.size(); ++i) {
                    m_shownAt[static_cast<size_t>(m_rows[i])] = static_cast<int>(i);
                }
            },
            QAbstractItemModel::NoLayoutChangeHint);
    }
    emitCounts();
}

QModelIndex TableFilter::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= static_cast<int>(m_rows.size())) {
        return {};
    }
    return m_model->index(m_rows[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TableFilter::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= static_cast<int>(m_shownAt.size())) {
        return {};
    }
    const int shown = m_shownAt[static_cast<size_t>(sourceIndex.row())];
    return shown < 0 ? QModelIndex() : index(shown, sourceIndex.column());
}

QModelIndex TableFilter::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= static_cast<int>(m_rows.size())
        || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex TableFilter::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex TableFilter::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int TableFilter::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TableFilter::columnCount(const QModelIndex& parent) const
{
    return (parent.isValid() || !m_model) ? 0 : m_model->columnCount();
}

bool TableFilter::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_rows.empty() && columnCount() > 0;
}

QVariant TableFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return m_model->headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole && section >= 0 && section < static_cast<int>(m_rows.size())) {
        return section + 1;
    }
    return {};
}
