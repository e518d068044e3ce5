#pragma once

#include <QStyledItemDelegate>

// How a JsonTableModel cell looks: dates and times in local time, booleans as a check mark or a
// cross, links underlined in the link colour (open with Enter, double-click or Ctrl+click), and
// "3 items" cells in the link colour (they open as a sub-table). Numbers are right-aligned by the
// model itself.
class TableCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The text a cell shows, as this delegate paints it.
    static QString shownText(const QModelIndex& index);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
