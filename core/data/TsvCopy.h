#pragma once

#include <QModelIndexList>
#include <QString>

// "Copy" for a table selection: tab-separated text a spreadsheet pastes into cells.
//
// The rows and columns that hold a selected cell, in the model's order, form the rectangle;
// cells of it that are not selected stay empty. Tabs and line breaks inside a cell become
// spaces. Lines are separated by "\n", with no line break after the last. Cells of a
// JsonTableModel / TableFilter give their full text (not the display cut), "3 items" as shown.
class TsvCopy
{
public:
    static QString fromIndexes(const QModelIndexList& indexes, bool withHeader = false);
    static QString cleanCell(QString text);
};
