#pragma once

#include "JsonTable.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <limits>

// A JsonTable as a Qt model: the rows in the order they came, the visible columns in the chosen order.
//
// Roles: DisplayRole is the text on one line (line breaks become spaces, very long text is cut
// with "…"); EditRole is typed (qint64/double, bool, QDateTime, QDate, int for "3 items",
// QString; invalid when empty) for delegates that format; ToolTipRole the full text of long or
// multi-line cells; TextAlignmentRole right for numbers, centre for booleans (an int of
// Qt::Alignment); KindRole the column's JsonTable::Kind (int); CellTypeRole the cell's
// JsonTable::CellType (int); UrlRole a QUrl for http(s) cells; RawTextRole the exact text.
// Header: DisplayRole the column path (`owner.login`), ToolTipRole path and kind, KindRole.
//
// Columns: by default every column, in JsonTable::defaultColumnOrder(). A chosen layout (order
// and hidden columns, by path) survives new pages, can be saved with columnState() and restored
// with restoreColumnState() — also before the rows arrive; columns it does not name go last.
class JsonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1,
        CellTypeRole,
        UrlRole,
        RawTextRole,
        NestedCountRole, // int, -1 unless the cell is a nested list
    };

    static constexpr int DisplayLimit = 500; // characters shown in a cell before "…"

    explicit JsonTableModel(QObject* parent = nullptr);

    void setTable(JsonTable table);
    // More rows: a later page, or a batch from JsonTableBuilder. New columns appear in place.
    void appendRows(JsonTable&& rows);
    // The same in two steps, for a reader that merges many small batches but tells views less
    // often (each insertion makes a view lay out and repaint): storeRows() keeps the rows (new
    // columns appear at once), showPendingRows() inserts up to `maxRows` of the kept rows for views
    // and returns how many are still waiting. rowCount() counts only the rows shown.
    void storeRows(JsonTable&& rows);
    int showPendingRows(int maxRows = std::numeric_limits<int>::max());
    int pendingRows() const { return m_table.rowCount() - m_rowCount; }
    // Reads a later page (JSON body) and appends its rows.
    bool appendPage(const QByteArray& body, JsonTable::Error* error = nullptr);
    void clear(); // the rows go, the chosen column layout stays
    // Room for `rows` rows in all (JsonTableBuilder's estimate), and spare capacity given back
    // once the last rows are in.
    void reserveRows(qsizetype rows);
    void growForRows(qsizetype rows); // JsonTable::growForRows
    void squeeze();
    const JsonTable& table() const { return m_table; }

    // Model column → column of table(), and back (-1 when hidden).
    int tableColumn(int modelColumn) const;
    int modelColumn(int tableColumn) const;
    int modelColumn(const QString& path) const;
    QString columnPath(int modelColumn) const;
    JsonTable::Kind columnKind(int modelColumn) const;

    // For an index of this model or of a proxy over it (TableFilter): the list behind a "3 items"
    // cell as a table of its own (empty when the cell holds none), and the row's original JSON.
    JsonTable nestedTable(const QModelIndex& index) const;
    QByteArray rowJson(const QModelIndex& index) const;

    // Layout
    QStringList allColumns() const; // every path: visible ones in order, then hidden ones
    QStringList visibleColumns() const;
    void setVisibleColumns(const QStringList& pathsInOrder); // others are hidden
    void setColumnVisible(const QString& path, bool visible);
    bool isColumnVisible(const QString& path) const;
    void resetColumns(); // default order, all visible
    bool hasCustomColumns() const { return m_custom; }
    // {"version": 1, "order": [every path in order], "hidden": [paths]}
    QJsonObject columnState() const;
    void restoreColumnState(const QJsonObject& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool moveColumns(const QModelIndex& sourceParent, int sourceColumn, int count, const QModelIndex& destinationParent,
                     int destinationChild) override;

    // Text as DisplayRole shows it (one line, cut at DisplayLimit).
    static QString displayText(const QString& text);

signals:
    // The layout changed through setVisibleColumns, setColumnVisible, resetColumns or moveColumns:
    // time to save columnState().
    void columnsChangedByUser();

private:
    QList<int> fullOrder() const; // every table column, hidden ones included, in order
    QList<int> layout() const; // table columns to show, in order
    void applyLayout(); // reset with the new layout
    void insertNewColumns(); // after rows brought new columns: insert them, keep the rest
    void refreshKinds(const std::vector<JsonTable::Kind>& before);

    JsonTable m_table;
    int m_rowCount = 0;
    QList<int> m_visible; // table columns, in display order
    int m_knownColumns = 0; // table columns already placed (visible or hidden)
    bool m_custom = false;
    QStringList m_order; // chosen order (paths, hidden included); may name columns not there yet
    QSet<QString> m_hidden;
};
