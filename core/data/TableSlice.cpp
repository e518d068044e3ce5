#include "TableSlice.h"

#include "JsonTable.h"
#include "JsonTableModel.h"
#include "TableFilter.h"

TableSlice TableSlice::of(const QAbstractItemModel& model)
{
    TableSlice slice;
    const auto* tableModel = qobject_cast<const JsonTableModel*>(&model);
    const auto* filter = qobject_cast<const TableFilter*>(&model);
    if (filter) {
        tableModel = filter->tableModel();
    }
    if (!tableModel) {
        return slice;
    }
    slice.table = &tableModel->table();
    for (int c = 0; c < tableModel->columnCount(); ++c) {
        slice.columns.push_back(tableModel->tableColumn(c));
    }
    if (filter) {
        slice.rows.reserve(static_cast<size_t>(filter->rowCount()));
        for (int r = 0; r < filter->rowCount(); ++r) {
            slice.rows.push_back(filter->sourceRow(r));
        }
    } else {
        slice.rows.reserve(static_cast<size_t>(tableModel->rowCount()));
        for (int r = 0; r < tableModel->rowCount(); ++r) {
            slice.rows.push_back(r);
        }
    }
    return slice;
}

TableSlice TableSlice::of(const JsonTable& table)
{
    TableSlice slice;
    slice.table = &table;
    for (const int c : table.defaultColumnOrder()) {
        slice.columns.push_back(c);
    }
    slice.rows.reserve(static_cast<size_t>(table.rowCount()));
    for (int r = 0; r < table.rowCount(); ++r) {
        slice.rows.push_back(r);
    }
    return slice;
}
