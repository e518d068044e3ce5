#pragma once

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonValue>

#include <memory>
#include <vector>

// A parsed JSON document as a tree for a QTreeView: the members of the top-level object (or the
// items of the top-level array) are the top rows, and every object or array can be opened.
// Columns: Name (the member's name, or "[3]" for an item), Value (a short text: strings in quotes
// and cut after ValueTextLimit characters, "{12 fields}", "[30 items]", numbers, true/false/null)
// and Type ("object", "array", "string", "number", "boolean", "null").
//
// Nothing is built up front: a node exists only once the view has asked for its index (an
// opened parent asks for its visible rows only), and row counts come from the JSON itself. The
// values share the document's data, so a node costs a few dozen bytes. Parse the document off
// the UI thread (QJsonDocument::fromJson) and hand it over; member order is QJsonObject's
// (sorted by name).
//
// Roles: DisplayRole as above; ToolTipRole the value text up to ToolTipLimit characters;
// ValueRole the QJsonValue; PathRole a path such as `items[3].owner.login` (see path()).
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole + 1,
        PathRole,
    };

    static constexpr int ValueTextLimit = 200;
    static constexpr int ToolTipLimit = 2000;

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonDocument& document);
    void clear();
    QJsonDocument document() const { return m_document; }

    QJsonValue value(const QModelIndex& index) const;
    // `name`, `items[3].name`, `["a key with spaces"]`; "" for the top level.
    QString path(const QModelIndex& index) const;
    // How many nodes exist so far (for tests and for the curious: it grows as rows are shown).
    qint64 createdNodeCount() const { return m_createdNodes; }

    // The short texts of the Value and Type columns, for any JSON value.
    static QString valueText(const QJsonValue& value, int limit = ValueTextLimit);
    static QString typeName(const QJsonValue& value);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    Node* nodeFor(const QModelIndex& index) const;
    Node* child(Node* parent, int row) const;
    static int childCount(const QJsonValue& value);

    QJsonDocument m_document;
    std::unique_ptr<Node> m_root;
    mutable qint64 m_createdNodes = 0;
};
