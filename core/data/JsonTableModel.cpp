#include "JsonTableModel.h"

#include <QAbstractProxyModel>
#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace {

constexpr int kToolTipFrom = 60; // characters: shorter single-line cells need no tool tip
constexpr int kToolTipLimit = 4000;

QString kindName(JsonTable::Kind kind)
{
    switch (kind) {
    case JsonTable::Kind::Empty:
        return JsonTableModel::tr("empty");
    case JsonTable::Kind::Text:
        return JsonTableModel::tr("text");
    case JsonTable::Kind::Integer:
        return JsonTableModel::tr("whole number");
    case JsonTable::Kind::Decimal:
        return JsonTableModel::tr("number");
    case JsonTable::Kind::Boolean:
        return JsonTableModel::tr("yes/no");
    case JsonTable::Kind::DateTime:
        return JsonTableModel::tr("date and time");
    case JsonTable::Kind::Date:
        return JsonTableModel::tr("date");
    case JsonTable::Kind::Url:
        return JsonTableModel::tr("link");
    case JsonTable::Kind::Nested:
        return JsonTableModel::tr("list of items");
    case JsonTable::Kind::Mixed:
        return JsonTableModel::tr("mixed");
    }
    return {};
}

} // namespace

JsonTableModel::JsonTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void JsonTableModel::setTable(JsonTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_rowCount = m_table.rowCount();
    m_knownColumns = m_table.columnCount();
    m_visible = layout();
    endResetModel();
}

void JsonTableModel::clear()
{
    setTable(JsonTable());
}

void JsonTableModel::appendRows(JsonTable&& rows)
{
    storeRows(std::move(rows));
    showPendingRows();
}

void JsonTableModel::storeRows(JsonTable&& rows)
{
    std::vector<JsonTable::Kind> kinds;
    kinds.reserve(static_cast<size_t>(m_table.columnCount()));
    for (int c = 0; c < m_table.columnCount(); ++c) {
        kinds.push_back(m_table.columnKind(c));
    }
    m_table.append(std::move(rows));
    insertNewColumns();
    refreshKinds(kinds); // for the rows already shown
}

int JsonTableModel::showPendingRows(int maxRows)
{
    const int total = m_table.rowCount();
    if (total > m_rowCount && maxRows > 0) {
        const int last = m_rowCount + std::min(total - m_rowCount, maxRows) - 1;
        beginInsertRows({}, m_rowCount, last);
        m_rowCount = last + 1;
        endInsertRows();
    }
    return total - m_rowCount;
}

bool JsonTableModel::appendPage(const QByteArray& body, JsonTable::Error* error)
{
    JsonTable page;
    page.setItemsPath(m_table.itemsPath());
    const bool ok = page.appendPage(body, error);
    appendRows(std::move(page));
    return ok;
}

void JsonTableModel::reserveRows(qsizetype rows)
{
    m_table.reserveRows(rows);
}

void JsonTableModel::growForRows(qsizetype rows)
{
    m_table.growForRows(rows);
}

void JsonTableModel::squeeze()
{
    m_table.squeeze();
}

void JsonTableModel::refreshKinds(const std::vector<JsonTable::Kind>& before)
{
    bool changed = false;
    for (size_t c = 0; c < before.size(); ++c) {
        if (m_table.columnKind(static_cast<int>(c)) != before[c]) {
            changed = true;
            break;
        }
    }
    if (!changed || m_visible.isEmpty()) {
        return;
    }
    const int last = static_cast<int>(m_visible.size()) - 1;
    emit headerDataChanged(Qt::Horizontal, 0, last);
    if (m_rowCount > 0) {
        emit dataChanged(index(0, 0), index(m_rowCount - 1, last), {Qt::TextAlignmentRole, KindRole});
    }
}

QList<int> JsonTableModel::fullOrder() const
{
    const QList<int> defaults = m_table.defaultColumnOrder();
    if (!m_custom) {
        return defaults;
    }
    QList<int> order;
    std::vector<bool> placed(static_cast<size_t>(m_table.columnCount()), false);
    for (const QString& path : m_order) {
        const int c = m_table.columnIndex(path);
        if (c >= 0 && !placed[static_cast<size_t>(c)]) {
            placed[static_cast<size_t>(c)] = true;
            order.append(c);
        }
    }
    for (const int c : defaults) {
        if (!placed[static_cast<size_t>(c)]) {
            order.append(c);
        }
    }
    return order;
}

QList<int> JsonTableModel::layout() const
{
    QList<int> visible;
    for (const int c : fullOrder()) {
        if (!m_hidden.contains(m_table.columnPath(c))) {
            visible.append(c);
        }
    }
    return visible;
}

void JsonTableModel::insertNewColumns()
{
    if (m_table.columnCount() == m_knownColumns) {
        return;
    }
    const QList<int> desired = layout();
    m_knownColumns = m_table.columnCount();
    if (m_visible.isEmpty()) {
        if (!desired.isEmpty()) {
            beginInsertColumns({}, 0, static_cast<int>(desired.size()) - 1);
            m_visible = desired;
            endInsertColumns();
        }
        return;
    }
    // Existing columns stay where they are; each new one goes after its predecessor in the desired order.
    for (qsizetype i = 0; i < desired.size(); ++i) {
        const int column = desired[i];
        if (m_visible.contains(column)) {
            continue;
        }
        int position = 0;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const qsizetype at = m_visible.indexOf(desired[j]);
            if (at >= 0) {
                position = static_cast<int>(at) + 1;
                break;
            }
        }
        beginInsertColumns({}, position, position);
        m_visible.insert(position, column);
        endInsertColumns();
    }
}

void JsonTableModel::applyLayout()
{
    const QList<int> target = layout();
    const QSet<int> inTarget(target.begin(), target.end());
    const QSet<int> shown(m_visible.begin(), m_visible.end());
    // Same relative order for the columns that stay: remove and insert, so views keep their state.
    QList<int> keptOld;
    QList<int> keptNew;
    for (const int c : std::as_const(m_visible)) {
        if (inTarget.contains(c)) {
            keptOld.append(c);
        }
    }
    for (const int c : target) {
        if (shown.contains(c)) {
            keptNew.append(c);
        }
    }
    if (keptOld != keptNew) {
        beginResetModel();
        m_visible = target;
        endResetModel();
        return;
    }
    for (int i = static_cast<int>(m_visible.size()) - 1; i >= 0; --i) {
        if (!inTarget.contains(m_visible[i])) {
            beginRemoveColumns({}, i, i);
            m_visible.removeAt(i);
            endRemoveColumns();
        }
    }
    for (int j = 0; j < target.size(); ++j) {
        if (j >= m_visible.size() || m_visible[j] != target[j]) {
            beginInsertColumns({}, j, j);
            m_visible.insert(j, target[j]);
            endInsertColumns();
        }
    }
}

int JsonTableModel::tableColumn(int modelColumn) const
{
    return modelColumn >= 0 && modelColumn < m_visible.size() ? m_visible[modelColumn] : -1;
}

int JsonTableModel::modelColumn(int tableColumn) const
{
    return static_cast<int>(m_visible.indexOf(tableColumn));
}

int JsonTableModel::modelColumn(const QString& path) const
{
    const int c = m_table.columnIndex(path);
    return c < 0 ? -1 : modelColumn(c);
}

QString JsonTableModel::columnPath(int modelColumn) const
{
    const int c = tableColumn(modelColumn);
    return c < 0 ? QString() : m_table.columnPath(c);
}

JsonTable::Kind JsonTableModel::columnKind(int modelColumn) const
{
    const int c = tableColumn(modelColumn);
    return c < 0 ? JsonTable::Kind::Empty : m_table.columnKind(c);
}

namespace {

// Walks proxies down to `model`.
QModelIndex toModel(const QAbstractItemModel* model, QModelIndex index)
{
    while (index.isValid() && index.model() != model) {
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(index.model());
        if (!proxy) {
            return {};
        }
        index = proxy->mapToSource(index);
    }
    return index;
}

} // namespace

JsonTable JsonTableModel::nestedTable(const QModelIndex& index) const
{
    const QModelIndex own = toModel(this, index);
    if (!own.isValid() || own.row() >= m_rowCount) {
        return {};
    }
    return m_table.nestedTable(own.row(), tableColumn(own.column()));
}

QByteArray JsonTableModel::rowJson(const QModelIndex& index) const
{
    const QModelIndex own = toModel(this, index);
    if (!own.isValid() || own.row() >= m_rowCount) {
        return {};
    }
    return m_table.rowJson(own.row());
}

QStringList JsonTableModel::allColumns() const
{
    QStringList paths;
    for (const int c : fullOrder()) {
        paths.append(m_table.columnPath(c));
    }
    return paths;
}

QStringList JsonTableModel::visibleColumns() const
{
    QStringList paths;
    for (const int c : m_visible) {
        paths.append(m_table.columnPath(c));
    }
    return paths;
}

void JsonTableModel::setVisibleColumns(const QStringList& pathsInOrder)
{
    QStringList order = pathsInOrder;
    QSet<QString> hidden;
    const QSet<QString> shown(pathsInOrder.begin(), pathsInOrder.end());
    for (const QString& path : allColumns()) {
        if (!shown.contains(path)) {
            hidden.insert(path);
            order.append(path);
        }
    }
    for (const QString& path : std::as_const(m_order)) {
        if (!shown.contains(path) && !order.contains(path)) {
            order.append(path); // remembered for columns that are not there yet
            if (m_hidden.contains(path)) {
                hidden.insert(path);
            }
        }
    }
    m_custom = true;
    m_order = order;
    m_hidden = hidden;
    applyLayout();
    emit columnsChangedByUser();
}

void JsonTableModel::setColumnVisible(const QString& path, bool visible)
{
    if (visible != m_hidden.contains(path)) {
        return;
    }
    if (!m_custom) {
        m_order = allColumns();
        m_custom = true;
    }
    if (visible) {
        m_hidden.remove(path);
    } else {
        m_hidden.insert(path);
    }
    if (!m_order.contains(path)) {
        m_order.append(path);
    }
    applyLayout();
    emit columnsChangedByUser();
}

bool JsonTableModel::isColumnVisible(const QString& path) const
{
    return !m_hidden.contains(path);
}

void JsonTableModel::resetColumns()
{
    m_custom = false;
    m_order.clear();
    m_hidden.clear();
    applyLayout();
    emit columnsChangedByUser();
}

QJsonObject JsonTableModel::columnState() const
{
    QJsonObject state {{QStringLiteral("version"), 1}};
    if (!m_custom) {
        return state;
    }
    QStringList order = allColumns();
    for (const QString& path : m_order) {
        if (!order.contains(path)) {
            order.append(path);
        }
    }
    QStringList hidden(m_hidden.begin(), m_hidden.end());
    hidden.sort();
    state.insert(QStringLiteral("order"), QJsonArray::fromStringList(order));
    state.insert(QStringLiteral("hidden"), QJsonArray::fromStringList(hidden));
    return state;
}

void JsonTableModel::restoreColumnState(const QJsonObject& state)
{
    m_order.clear();
    m_hidden.clear();
    for (const QJsonValue& path : state.value(QStringLiteral("order")).toArray()) {
        if (path.isString()) {
            m_order.append(path.toString());
        }
    }
    for (const QJsonValue& path : state.value(QStringLiteral("hidden")).toArray()) {
        if (path.isString()) {
            m_hidden.insert(path.toString());
        }
    }
    m_custom = !m_order.isEmpty() || !m_hidden.isEmpty();
    applyLayout();
}

int JsonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int JsonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

QString JsonTableModel::displayText(const QString& text)
{
    const bool longText = text.size() > DisplayLimit;
    bool breaks = false;
    for (const QChar c : QStringView(text).left(DisplayLimit)) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            breaks = true;
            break;
        }
    }
    if (!longText && !breaks) {
        return text;
    }
    QString shown = longText ? text.left(DisplayLimit) : text;
    if (breaks) {
        shown.replace(QLatin1String("\r\n"), QLatin1String(" "));
        shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
        shown.replace(QLatin1Char('\r'), QLatin1Char(' '));
        shown.replace(QLatin1Char('\t'), QLatin1Char(' '));
    }
    if (longText) {
        shown.append(QChar(0x2026));
    }
    return shown;
}

QVariant JsonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= m_visible.size()) {
        return {};
    }
    const int row = index.row();
    const int column = m_visible[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(m_table.text(row, column));
    case Qt::EditRole:
        return m_table.value(row, column);
    case Qt::ToolTipRole: {
        const JsonTable::CellType type = m_table.cellType(row, column);
        if (type == JsonTable::CellType::Nested) {
            return {};
        }
        const QByteArrayView utf8 = m_table.cellUtf8(row, column);
        if (utf8.size() < kToolTipFrom && !utf8.contains('\n')) {
            return {};
        }
        const QString text = QString::fromUtf8(utf8);
        if (text.size() < kToolTipFrom && !text.contains(QLatin1Char('\n'))) {
            return {};
        }
        return text.size() > kToolTipLimit ? QString(text.left(kToolTipLimit) + QChar(0x2026)) : text;
    }
    case Qt::TextAlignmentRole:
        switch (m_table.columnKind(column)) {
        case JsonTable::Kind::Integer:
        case JsonTable::Kind::Decimal:
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        case JsonTable::Kind::Boolean:
            return static_cast<int>(Qt::AlignCenter);
        default:
            return {};
        }
    case KindRole:
        return static_cast<int>(m_table.columnKind(column));
    case CellTypeRole:
        return static_cast<int>(m_table.cellType(row, column));
    case UrlRole:
        if (m_table.cellType(row, column) == JsonTable::CellType::Url) {
            return QUrl(QString::fromUtf8(m_table.cellUtf8(row, column)));
        }
        return {};
    case RawTextRole:
        return m_table.cellType(row, column) == JsonTable::CellType::Nested
            ? QString::fromUtf8(m_table.nestedJson(row, column))
            : QString::fromUtf8(m_table.cellUtf8(row, column));
    case NestedCountRole:
        return m_table.nestedCount(row, column);
    default:
        return {};
    }
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const int column = tableColumn(section);
    if (column < 0) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return m_table.columnPath(column);
    case Qt::ToolTipRole:
        return JsonTableModel::tr("%1 (%2)").arg(m_table.columnPath(column), kindName(m_table.columnKind(column)));
    case KindRole:
        return static_cast<int>(m_table.columnKind(column));
    default:
        return {};
    }
}

Qt::ItemFlags JsonTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool JsonTableModel::moveColumns(const QModelIndex& sourceParent, int sourceColumn, int count,
                                 const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceColumn < 0
        || sourceColumn + count > m_visible.size() || destinationChild < 0 || destinationChild > m_visible.size()
        || (destinationChild >= sourceColumn && destinationChild <= sourceColumn + count)) {
        return false;
    }
    const QStringList before = allColumns();
    if (!beginMoveColumns({}, sourceColumn, sourceColumn + count - 1, {}, destinationChild)) {
        return false;
    }
    const QList<int> moving = m_visible.mid(sourceColumn, count);
    m_visible.remove(sourceColumn, count);
    const int insertAt = destinationChild > sourceColumn ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i) {
        m_visible.insert(insertAt + i, moving[i]);
    }
    endMoveColumns();

    // The new order: the visible columns as they are now, each hidden one after the column it followed.
    QStringList order = visibleColumns();
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QString& path = before[i];
        if (!m_hidden.contains(path)) {
            continue;
        }
        const qsizetype after = i > 0 ? order.indexOf(before[i - 1]) : -1;
        order.insert(after + 1, path);
    }
    for (const QString& path : std::as_const(m_order)) {
        if (!order.contains(path)) {
            order.append(path);
        }
    }
    m_order = order;
    m_custom = true;
    emit columnsChangedByUser();
    return true;
}
