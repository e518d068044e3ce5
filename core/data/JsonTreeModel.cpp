#include "JsonTreeModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <climits>

struct JsonTreeModel::Node
{
    Node* parent = nullptr;
    int row = 0;
    bool isItem = false; // an array item (no name)
    QString name;
    QJsonValue value;
    std::vector<std::unique_ptr<Node>> children; // sized when the first child is asked for
};

namespace {

QString quoted(const QString& text, int limit)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), limit) + 8);
    out.append(QLatin1Char('"'));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (out.size() >= limit + 1) {
            out.append(QChar(0x2026));
            return out;
        }
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '"':
            out.append(QLatin1String("\\\""));
            break;
        case '\\':
            out.append(QLatin1String("\\\\"));
            break;
        case '\n':
            out.append(QLatin1String("\\n"));
            break;
        case '\r':
            out.append(QLatin1String("\\r"));
            break;
        case '\t':
            out.append(QLatin1String("\\t"));
            break;
        default:
            out.append(c);
        }
    }
    out.append(QLatin1Char('"'));
    return out;
}

bool isPlainName(const QString& name)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    return identifier.match(name).hasMatch();
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument& document)
{
    beginResetModel();
    m_document = document;
    m_root = std::make_unique<Node>();
    if (document.isObject()) {
        m_root->value = document.object();
    } else if (document.isArray()) {
        m_root->value = document.array();
    }
    m_createdNodes = 0;
    endResetModel();
}

void JsonTreeModel::clear()
{
    setDocument(QJsonDocument());
}

int JsonTreeModel::childCount(const QJsonValue& value)
{
    if (value.isObject()) {
        return int(value.toObject().size());
    }
    if (value.isArray()) {
        return int(value.toArray().size());
    }
    return 0;
}

JsonTreeModel::Node* JsonTreeModel::nodeFor(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return m_root.get();
    }
    return static_cast<Node*>(index.internalPointer());
}

JsonTreeModel::Node* JsonTreeModel::child(Node* parent, int row) const
{
    const int count = childCount(parent->value);
    if (row < 0 || row >= count) {
        return nullptr;
    }
    if (parent->children.size() != std::size_t(count)) {
        parent->children.resize(std::size_t(count));
    }
    std::unique_ptr<Node>& slot = parent->children[std::size_t(row)];
    if (!slot) {
        slot = std::make_unique<Node>();
        slot->parent = parent;
        slot->row = row;
        if (parent->value.isObject()) {
            const QJsonObject object = parent->value.toObject();
            const auto it = object.constBegin() + row;
            slot->name = it.key();
            slot->value = it.value();
        } else {
            slot->isItem = true;
            slot->value = parent->value.toArray().at(row);
        }
        ++m_createdNodes;
    }
    return slot.get();
}

QJsonValue JsonTreeModel::value(const QModelIndex& index) const
{
    return index.isValid() ? nodeFor(index)->value : m_root->value;
}

QString JsonTreeModel::path(const QModelIndex& index) const
{
    QStringList parts;
    for (const Node* node = index.isValid() ? nodeFor(index) : nullptr; node && node->parent; node = node->parent) {
        if (node->isItem) {
            parts.prepend(QStringLiteral("[%1]").arg(node->row));
        } else if (isPlainName(node->name)) {
            parts.prepend(QString(QLatin1Char('.') + node->name));
        } else {
            parts.prepend(QString(QLatin1Char('[') + quoted(node->name, INT_MAX / 2) + QLatin1Char(']')));
        }
    }
    QString text = parts.join(QString());
    if (text.startsWith(QLatin1Char('.'))) {
        text.remove(0, 1);
    }
    return text;
}

QString JsonTreeModel::valueText(const QJsonValue& value, int limit)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const qsizetype n = value.toObject().size();
        return n == 1 ? tr("{1 field}") : tr("{%1 fields}").arg(n);
    }
    case QJsonValue::Array: {
        const qsizetype n = value.toArray().size();
        return n == 1 ? tr("[1 item]") : tr("[%1 items]").arg(n);
    }
    case QJsonValue::String:
        return quoted(value.toString(), limit);
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    Node* node = child(nodeFor(parent), row);
    return node ? createIndex(row, column, node) : QModelIndex();
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    Node* parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get()) {
        return {};
    }
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return childCount(nodeFor(parent)->value);
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node* node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->isItem ? QStringLiteral("[%1]").arg(node->row) : node->name;
        case ValueColumn:
            return valueText(node->value);
        case TypeColumn:
            return typeName(node->value);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            return path(index);
        }
        return valueText(node->value, ToolTipLimit);
    case ValueRole:
        return QVariant::fromValue(node->value);
    case PathRole:
        return path(index);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}
