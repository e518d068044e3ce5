#pragma once

#include <QCoreApplication>
#include <QString>

class JsonTable;
class QAbstractItemModel;
class QIODevice;
struct TableSlice;

// Tables as a JSON array, one element per shown row, in the order shown (a TableFilter gives
// the filtered, sorted rows; a JsonTableModel all rows).
//
// Original (the default): each row's own JSON exactly as the service sent it, every field
// included — hidden columns, nested objects and lists, numbers digit for digit. This is what
// "export the rows I filtered" should mean for data: nothing flattened away.
// Flattened: one object per row with the shown columns, in the shown order, keyed by column
// path ("owner.login"); numbers, booleans and null stay typed, lists stay JSON arrays, missing
// fields are left out. For tools that want exactly the table.
class JsonExport
{
    Q_DECLARE_TR_FUNCTIONS(JsonExport)

public:
    enum class Shape {
        Original,
        Flattened,
    };

    static bool write(const QAbstractItemModel& model, QIODevice& out, Shape shape = Shape::Original,
                      QString* error = nullptr);
    static bool write(const JsonTable& table, QIODevice& out, Shape shape = Shape::Original, QString* error = nullptr);
    static bool write(const TableSlice& slice, QIODevice& out, Shape shape, QString* error = nullptr);
};
