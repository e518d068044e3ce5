#pragma once

#include "JsonTable.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QPointer>

#include <vector>

class JsonTableModel;

// Search and sort over a JsonTableModel, fast enough for 100k rows: a flat index map from shown
// rows to model rows, filled by reading the table's stored text directly (no QVariant per cell).
//
// Search: case-insensitive substring of the trimmed search text, in every visible column or in
// one (by path, so it follows the column when columns move). Booleans match "true"/"false";
// "3 items" cells do not match.
// Sort: typed, by the column's kind — numbers by value (exact for long integers), dates and
// times chronologically, booleans false first, "3 items" by count, text naturally (file2 before
// file10), ignoring case and accents. Mixed columns: numbers before text. Empty cells always go last, in
// both directions; equal cells keep the order they came in.
// New rows (pages, batches) are filtered as they come and merged into the sorted order.
class TableFilter : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit TableFilter(QObject* parent = nullptr);

    // Only a JsonTableModel is accepted (anything else leaves the filter empty).
    void setSourceModel(QAbstractItemModel* model) override;
    JsonTableModel* tableModel() const { return m_model; }

    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    // A column of the source model to search in, or -1 for all visible columns.
    void setSearchColumn(int sourceColumn);
    int searchColumn() const;
    QString searchColumnPath() const { return m_searchPath; }

    int shownCount() const { return static_cast<int>(m_rows.size()); }
    int totalCount() const;

    // -1 for the order the rows came in.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_order; }

    // The model row shown at `row`.
    int sourceRow(int row) const { return m_rows[static_cast<size_t>(row)]; }

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countsChanged(int shown, int total);

private:
    struct SortKeys
    {
        int tableColumn = -1;
        JsonTable::Kind kind = JsonTable::Kind::Empty;
        bool ascii = true;
        std::vector<double> number; // per table row
        std::vector<quint8> family; // 0 empty, 1 number-like, 2 text
        std::vector<QString> folded; // text of non-ASCII columns, case-folded
        int built = 0;
    };

    void connectSource();
    bool accepts(int row) const;
    bool matches(int row, int tableColumn) const;
    bool ensureKeys(int rows); // true when keys built before had to be thrown away
    bool before(int a, int b) const;
    int compare(int a, int b) const;
    void sortRows(std::vector<int>& rows);
    std::vector<int> filteredRows();
    void rebuildIndex();
    template <typename Change> void changeLayout(Change&& change, QAbstractItemModel::LayoutChangeHint hint);
    void resolvePaths();
    void emitCounts();

    void onSourceRowsInserted(const QModelIndex& parent, int first, int last);
    void onSourceReset();

    QPointer<JsonTableModel> m_model;
    std::vector<int> m_rows; // shown row → model row
    std::vector<int> m_shownAt; // model row → shown row, -1 when filtered out

    QString m_search;
    QString m_needle; // case-folded
    QByteArray m_needleAscii; // lower case, when the needle is ASCII
    bool m_needleIsAscii = true;
    QString m_searchPath;

    int m_sortTableColumn = -1;
    QString m_sortPath;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    SortKeys m_keys;
    std::vector<QMetaObject::Connection> m_connections;
};
