#pragma once

#include <vector>

class JsonTable;
class QAbstractItemModel;

// The rows and columns a model shows, as indexes into its JsonTable — what the exports read, so
// they copy stored text instead of asking the model for a QVariant per cell.
struct TableSlice
{
    const JsonTable* table = nullptr; // null when the model does not sit on a JsonTable
    std::vector<int> rows; // table rows, in the order shown
    std::vector<int> columns; // table columns, in the order shown

    // A JsonTableModel (all its rows, visible columns) or a TableFilter over one (the shown rows).
    static TableSlice of(const QAbstractItemModel& model);
    // Every row and column of a table, columns in the default order.
    static TableSlice of(const JsonTable& table);
};
