#include "TableCellDelegate.h"

#include "data/JsonTable.h"
#include "data/JsonTableModel.h"

#include <QDateTime>
#include <QPalette>

QString TableCellDelegate::shownText(const QModelIndex& index)
{
    const auto type = static_cast<JsonTable::CellType>(index.data(JsonTableModel::CellTypeRole).toInt());
    switch (type) {
    case JsonTable::CellType::DateTime: {
        const QDateTime when = index.data(Qt::EditRole).toDateTime();
        if (when.isValid()) {
            const QDateTime local = when.toLocalTime();
            return local.toString(local.time().second() == 0 && local.time().msec() == 0
                                      ? QStringLiteral("yyyy-MM-dd HH:mm")
                                      : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        break;
    }
    case JsonTable::CellType::True:
        return QStringLiteral("\u2713"); // ✓
    case JsonTable::CellType::False:
        return QStringLiteral("\u2717"); // ✗
    default:
        break;
    }
    return index.data(Qt::DisplayRole).toString();
}

void TableCellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto type = static_cast<JsonTable::CellType>(index.data(JsonTableModel::CellTypeRole).toInt());
    switch (type) {
    case JsonTable::CellType::DateTime:
    case JsonTable::CellType::True:
    case JsonTable::CellType::False:
        option->text = shownText(index);
        break;
    case JsonTable::CellType::Url:
        option->font.setUnderline(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
        break;
    case JsonTable::CellType::Nested:
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
        break;
    default:
        break;
    }
}
